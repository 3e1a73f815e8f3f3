package com.judgmentday.ai.people;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.utils.FloatArray;
import com.judgmentday.ai.PathFollower;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MeleeComponent;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.RoleDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Simulation;

/**
 * What a person does against the one the player plays, as its role allows: a guard calls for help, chases, grabs and
 * clubs; an officer takes cover and, with shots landing close, backs away. The actions a person's tree calls through
 * {@link PersonBrain#fight()}; each writes the person's intent and says what it is doing.
 */
final class PersonFight {
    /** Closer than this to a point it runs to, it is there, metres. */
    private static final float THERE = 0.4f;
    private final Entity entity;
    private final CharacterComponent body;
    private final TransformComponent at;
    private final MoveIntentComponent intent;
    private final RouteComponent route;
    private final IdentityComponent who;
    private final AwarenessComponent awareness;
    private final PathFollower follower;
    private final RoleDef role;
    private final FloatArray covers;
    private final EventLog events;
    private final float width;
    private final int grabTicks;
    private final int grabCooldownTicks;

    PersonFight(Entity entity, PathFollower follower, RoleDef role, FloatArray covers, float width, EventLog events) {
        this.entity = entity;
        this.body = Mappers.CHARACTER.get(entity);
        this.at = Mappers.TRANSFORM.get(entity);
        this.intent = Mappers.INTENT.get(entity);
        this.route = Mappers.ROUTE.get(entity);
        this.who = Mappers.IDENTITY.get(entity);
        this.awareness = Mappers.AWARENESS.get(entity);
        this.follower = follower;
        this.role = role;
        this.covers = covers;
        this.width = width;
        this.events = events;
        this.grabTicks = Math.round(role.grabSeconds * Simulation.TICKS_PER_SECOND);
        this.grabCooldownTicks = Math.round(role.grabCooldownSeconds * Simulation.TICKS_PER_SECOND);
    }

    /** Once a fright, if its role calls: a shout others hear (a guard's radio, an officer's call), from where it stands. */
    void callForHelp() {
        if (role.calls && !awareness.called) {
            awareness.called = true;
            events.event(EventType.PERSON_CALLED).who(who).at(at.x, feet()).emit();
        }
    }

    /** The one the player plays is within its blow's reach in front of it, on its floor. */
    boolean inReach(Entity player) {
        if (player == null || role.melee == null && role.grabSeconds <= 0f) {
            return false;
        }
        TransformComponent there = Mappers.TRANSFORM.get(player);
        CharacterComponent theirs = Mappers.CHARACTER.get(player);
        float reach = body.def.width / 2f + theirs.def.width / 2f + (role.melee == null ? 0.6f : role.melee.range);
        return Math.abs(there.x - at.x) <= reach && Math.abs(there.y - theirs.height / 2f - feet()) < 0.6f;
    }

    /** Runs at the one the player plays, over its graph. */
    void chase(Entity player, long tick) {
        if (player == null) {
            stop("stand");
            return;
        }
        TransformComponent there = Mappers.TRANSFORM.get(player);
        CharacterComponent theirs = Mappers.CHARACTER.get(player);
        follower.travel(route, body, at, intent, there.x, there.y - theirs.height / 2f, 1f, tick, who);
        settle("chase");
    }

    /** Grabs and holds the one the player plays (one that can be held), when its role grabs and it may again. */
    boolean grab(Entity player) {
        CharacterComponent theirs = player == null ? null : Mappers.CHARACTER.get(player);
        if (theirs == null || grabTicks == 0 || awareness.grabCooldown > 0 || !theirs.def.grabbable || theirs.heldTicks > 0) {
            return false;
        }
        face(player);
        theirs.heldTicks = grabTicks;
        awareness.grabCooldown = grabTicks + grabCooldownTicks;
        events.event(EventType.PERSON_GRABBED).who(who).whom(Mappers.IDENTITY.get(player)).at(at.x, at.y)
                .detail("holds them " + role.grabSeconds + " s").emit();
        stop("grab");
        return true;
    }

    /** Strikes its blow at the one the player plays, a press each time it may strike again; false without a blow. */
    boolean club(Entity player) {
        MeleeComponent melee = Mappers.MELEE.get(entity);
        if (melee == null || player == null) {
            return false;
        }
        face(player);
        stop("club");
        intent.melee = !melee.wasFiring && melee.cooldown == 0;
        return true;
    }

    /**
     * Runs to the nearest cover point within its role's coverRange that faces the one the player plays; false when
     * there is none, or it is there already (then it shoots from it).
     */
    boolean takeCover(Entity player, long tick) {
        if (player == null || role.coverRange <= 0f) {
            return false;
        }
        float side = Mappers.TRANSFORM.get(player).x >= at.x ? 1f : -1f;
        if (awareness.cover >= 0 && covers.items[3 * awareness.cover + 2] != side) {
            // The quarry went round: this cover no longer faces it.
            awareness.cover = -1;
            awareness.inCover = false;
        }
        if (awareness.cover < 0) {
            awareness.cover = nearestCover(side);
        }
        if (awareness.cover < 0) {
            return false;
        }
        float x = covers.items[3 * awareness.cover];
        float y = covers.items[3 * awareness.cover + 1];
        if (Math.abs(x - at.x) < THERE && Math.abs(y - feet()) < 0.6f) {
            if (!awareness.inCover) {
                awareness.inCover = true;
                awareness.coverTicks = 0;
                events.event(EventType.PERSON_TOOK_COVER).who(who).at(x, y).emit();
            }
            return false;
        }
        awareness.inCover = false;
        follower.travel(route, body, at, intent, x, y, 1f, tick, who);
        if (route.noWay && route.path.isEmpty()) {
            awareness.cover = -1;
            return false;
        }
        settle("take cover");
        return true;
    }

    /** Shots landed close: it backs away from the one the player plays, and stays there while suppressed. */
    void retreat(long tick) {
        boolean there = follower.travel(route, body, at, intent, awareness.retreatX, feet(), 1f, tick, who);
        if (there || route.noWay && route.path.isEmpty()) {
            intent.clear();
        }
        settle("retreat");
    }

    /** Where it backs away to when suppressed now: its role's retreat away from the one the player plays. */
    void suppressed(Entity player) {
        float away = player == null || at.x >= Mappers.TRANSFORM.get(player).x ? 1f : -1f;
        awareness.retreatX = MathUtils.clamp(at.x + away * role.retreat, THERE, width - THERE);
        awareness.cover = -1;
        awareness.inCover = false;
        events.event(EventType.PERSON_SUPPRESSED).who(who).at(at.x, at.y).emit();
    }

    private int nearestCover(float side) {
        int best = -1;
        float bestDistance = role.coverRange;
        for (int i = 0; i < covers.size / 3; i++) {
            float distance = Math.abs(covers.items[3 * i] - at.x) + Math.abs(covers.items[3 * i + 1] - feet());
            if (covers.items[3 * i + 2] == side && distance <= bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void face(Entity player) {
        body.facing = Mappers.TRANSFORM.get(player).x >= at.x ? 1 : -1;
    }

    private void stop(String task) {
        intent.clear();
        route.path.clear();
        settle(task);
    }

    private void settle(String task) {
        awareness.cowering = false;
        awareness.aimTicks = 0;
        awareness.task = task;
    }

    private float feet() {
        return at.y - body.height / 2f;
    }
}
