package com.judgmentday.ai.people;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.utils.FloatArray;
import com.judgmentday.ai.AgentBrain;
import com.judgmentday.ai.Hearing;
import com.judgmentday.ai.Senses;
import com.judgmentday.ai.Sight;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.ai.PathFollower;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.content.RoleDef;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.CollisionBits;
import com.judgmentday.sim.Simulation;

/**
 * A person's blackboard, which its role's tree reads and acts through: what it knows (its awareness), its body and
 * route, and the few things it can do (run from danger along its graph, cower, stand).
 */
public final class PersonBrain extends AgentBrain {
    /** Closer than this it sees whoever it is, whichever way it faces, metres. */
    private static final float BESIDE = 2f;
    /** Its eyes (and a target's chest) above the body's centre, metres. */
    private static final float EYES = 0.5f;
    /** What eyes see through: bodies and bars. */
    private static final short THROUGH = CollisionBits.BARS | CollisionBits.CHARACTER;
    /** Closer than this to where it would run, there is nowhere further to run, metres. */
    private static final float NOWHERE = 0.5f;
    private final AwarenessComponent awareness;
    private final PathFollower follower;
    private final RoleDef role;
    /** The level's width, metres: nobody runs out of it. */
    private final float width;
    /** The path it patrols (x, feet y pairs), or none. */
    private final float[] path;
    /** Whom the player plays (the one an armed person shoots at). */
    private final Senses senses;
    private final World world;
    private final EventLog events;
    private final ClosestHit eyes = new ClosestHit();
    private final int aimTicks;

    private final PersonFight fight;
    private final PersonSquad squad;
    private final int suppressedTicks;

    public PersonBrain(Entity entity, PathFollower follower, RoleDef role, float width, World world, EventLog events,
                       Senses senses, FloatArray covers, ImmutableArray<Entity> people) {
        super(entity, role.thinkTicks);
        this.awareness = Mappers.AWARENESS.get(entity);
        this.follower = follower;
        this.role = role;
        this.width = width;
        this.path = Mappers.PERSON.get(entity).patrol;
        this.world = world;
        this.events = events;
        this.senses = senses;
        this.aimTicks = Math.max(1, Math.round(role.aimSeconds * Simulation.TICKS_PER_SECOND));
        this.suppressedTicks = Math.round(role.suppressedSeconds * Simulation.TICKS_PER_SECOND);
        this.fight = new PersonFight(entity, follower, role, covers, width, events);
        this.squad = new PersonSquad(entity, role, covers, people, events);
    }

    /** What it does against the one the player plays (a guard's chase and blows, an officer's cover). */
    PersonFight fight() {
        return fight;
    }

    /** What it does with others of its role (SWAT's pairs and tear gas). */
    PersonSquad squad() {
        return squad;
    }

    /** The one the player plays, or null (none, or one that is no suspect: its def's {@code suspect}). */
    Entity player() {
        Entity played = senses.player();
        return played == null || !Mappers.CHARACTER.get(played).def.suspect ? null : played;
    }

    boolean suppressed() {
        return role.retreat > 0f && awareness.suppressedTicks > 0;
    }

    /**
     * Out of the fight it does not think. Otherwise its awareness rises with what it hears (by the noise's loudness
     * there; not its own noise) and sees (to full), and decays to calm over its role's calmSeconds; at the role's alarm
     * level it is alarmed, screaming once a fright if its role screams, until it is calm again. Then, before the tree
     * decides, it wants nothing yet this tick; on a tick its tree does not step, it holds its course and lets go of
     * what it pressed.
     */
    @Override
    protected boolean sense(Senses senses) {
        HealthComponent health = Mappers.HEALTH.get(entity);
        if (health != null && health.out()) {
            return false;
        }
        awareness.level = Math.max(0f, awareness.level - 1f / Math.max(1f, role.calmSeconds * Simulation.TICKS_PER_SECOND));
        if (awareness.grabCooldown > 0) {
            awareness.grabCooldown--;
        }
        if (awareness.suppressedTicks > 0) {
            awareness.suppressedTicks--;
        }
        if (awareness.gasCooldown > 0) {
            awareness.gasCooldown--;
        }
        if (awareness.alarmed && awareness.level == 0f) {
            awareness.alarmed = false;
            awareness.screamed = false;
            awareness.called = false;
            awareness.cover = -1;
            awareness.inCover = false;
            events.event(EventType.PERSON_CALMED).who(who).at(at.x, at.y).emit();
        }
        Body own = Mappers.BODY.get(entity).body;
        Hearing hearing = senses.hearing;
        for (int i = 0; i < hearing.count(); i++) {
            if (hearing.source(i) == who.id) {
                continue;
            }
            // Loud enough to raise it to full awareness however muffled: whether a wall stands between changes nothing,
            // so no ray is cast for it (a ray per listener and noise was a tenth of the crowd's tick).
            float least = hearing.leastLoudness(i, at.x, at.y);
            float loudness = least > 0f && awareness.level + least >= 1f ? least : hearing.loudness(i, own, at.x, at.y);
            if (loudness > 0f) {
                notice(loudness, hearing.x(i), hearing.y(i));
            }
        }
        Sight sight = senses.sight;
        for (int i = 0; i < sight.count(); i++) {
            if (sight.source(i) != who.id && sight.sees(i, own, at.x, at.y, body.facing, role.sight)) {
                notice(1f, sight.x(i), sight.y(i));
            }
        }
        Entity player = player();
        if (role.retreat > 0f && player != null && armed()) {
            // The player's shots landing close suppress it: it backs away (its tree's retreat) for a while.
            int shooter = Mappers.IDENTITY.get(player).id;
            for (int i = 0; i < senses.impacts(); i++) {
                if (senses.impactNear(i, shooter, at.x, at.y, role.suppressedRadius + body.height / 2f)) {
                    if (awareness.suppressedTicks == 0) {
                        fight.suppressed(player);
                    }
                    awareness.suppressedTicks = suppressedTicks;
                    notice(1f, Mappers.TRANSFORM.get(player).x, Mappers.TRANSFORM.get(player).y);
                    break;
                }
            }
        }
        awareness.alarmed |= awareness.level >= role.alarm;
        if (role.loadout.size > 0 && !armed() && !awareness.surrendered) {
            // Disarmed: covered by the player's gun, it comes to give up; uncovered, it thinks better of it.
            float step = 1f / Math.max(1f, role.surrenderSeconds * Simulation.TICKS_PER_SECOND);
            awareness.surrender = Math.max(0f, Math.min(1f, awareness.surrender + (covered(own) ? step : -step)));
            if (awareness.surrender >= 1f) {
                awareness.surrendered = true;
                events.event(EventType.PERSON_SURRENDERED).who(who).at(at.x, at.y).emit();
            }
        }
        if (awareness.alarmed && !awareness.screamed && role.screams) {
            awareness.screamed = true;
            events.event(EventType.PERSON_SCREAMED).who(who).at(at.x, at.y - body.height / 2f).emit();
        }
        if (thinksNow()) {
            intent.clear();
        } else {
            intent.release();
        }
        return true;
    }

    /** The one the player plays faces it with a gun, within the role's range, nothing solid between. */
    private boolean covered(Body own) {
        Entity player = player();
        WeaponComponent gun = player == null ? null : Mappers.WEAPON.get(player);
        if (gun == null || gun.slots.size == 0) {
            return false;
        }
        TransformComponent there = Mappers.TRANSFORM.get(player);
        float dx = at.x - there.x;
        float dy = at.y - there.y;
        return dx * Mappers.CHARACTER.get(player).facing > 0f && dx * dx + dy * dy <= role.range * role.range
                && !eyes.cast(world, own, THROUGH, at.x, at.y, there.x, there.y);
    }

    private void notice(float how, float x, float y) {
        awareness.level = Math.min(1f, awareness.level + how);
        awareness.dangerX = x;
        awareness.dangerY = y;
    }

    /** It carries a gun, or the blow its role strikes with (a guard's baton): not yet disarmed. */
    boolean armed() {
        return Mappers.WEAPON.has(entity) || Mappers.MELEE.has(entity);
    }

    boolean surrendered() {
        return awareness.surrendered;
    }

    /** Hands up where it stands (drawn so): it acts no more. */
    void surrender() {
        intent.clear();
        route.path.clear();
        awareness.cowering = false;
        awareness.aimTicks = 0;
        awareness.task = "surrender";
    }

    boolean frightened() {
        return awareness.alarmed;
    }

    /** Runs along its graph away from the danger; false when it is far enough already or has nowhere to run. */
    boolean flee() {
        float away = at.x >= awareness.dangerX ? 1f : -1f;
        if (Math.abs(at.x - awareness.dangerX) >= role.flee) {
            return false;
        }
        float goal = MathUtils.clamp(awareness.dangerX + away * role.flee, NOWHERE, width - NOWHERE);
        if (Math.abs(goal - at.x) < NOWHERE) {
            return false;
        }
        follower.travel(route, body, at, intent, goal, at.y - body.height / 2f, 1f, tick, who);
        if (route.noWay && route.path.isEmpty()) {
            intent.clear();
            return false;
        }
        awareness.cowering = false;
        awareness.task = "flee";
        return true;
    }

    /**
     * It sees the one the player plays within its range: in front of it (or beside it, already aimed at, or running to
     * cover from it, its back turned), with nothing between.
     */
    boolean seesPlayer() {
        Entity player = player();
        TransformComponent there = player == null ? null : Mappers.TRANSFORM.get(player);
        if (there == null) {
            return false;
        }
        float dx = there.x - at.x;
        float dy = there.y - at.y;
        float distance2 = dx * dx + dy * dy;
        if (distance2 > role.range * role.range
                || dx * body.facing < 0f && awareness.aimTicks == 0 && awareness.cover < 0 && distance2 > BESIDE * BESIDE) {
            return false;
        }
        return !eyes.cast(world, Mappers.BODY.get(entity).body, THROUGH, at.x, at.y + EYES, there.x, there.y + EYES);
    }

    /** Faces the one the player plays and aims; once it has aimed its role's time (the tell), it fires, and aims again. */
    void shoot() {
        squad.drawGun();
        if (squad.holdingGas()) {
            // The canister just thrown is still in hand: nothing to fire until the gun is back.
            intent.fire = false;
            return;
        }
        Entity target = player();
        TransformComponent there = Mappers.TRANSFORM.get(target);
        route.path.clear();
        body.facing = there.x >= at.x ? 1 : -1;
        awareness.aimX = there.x;
        awareness.aimY = there.y;
        awareness.cowering = false;
        awareness.task = "shoot";
        WeaponComponent weapon = Mappers.WEAPON.get(entity);
        if (weapon.reloading > 0) {
            awareness.aimTicks = 0;
            return;
        }
        if (awareness.aimTicks >= aimTicks && !weapon.wasFiring) {
            intent.fire = true;
            awareness.aimTicks = 0;
        } else {
            // Counted in ticks aimed so far, whether it thinks every tick or less often.
            awareness.aimTicks += thinkTicks();
        }
    }

    /** Runs to where the danger was, and stands there once it is. */
    void investigate() {
        boolean there = follower.travel(route, body, at, intent, awareness.dangerX, awareness.dangerY, 1f, tick, who);
        if (there) {
            intent.clear();
        }
        awareness.cowering = false;
        awareness.aimTicks = 0;
        awareness.task = "investigate";
    }

    /** Walks to the next point of its path, turning back at either end; false when it has no path. */
    boolean patrol() {
        if (path.length < 4) {
            return false;
        }
        int points = path.length / 2;
        int leg = Math.min(Math.max(awareness.leg, 0), points - 1);
        boolean there = follower.travel(route, body, at, intent, path[2 * leg], path[2 * leg + 1], role.patrolSpeed, tick,
                who);
        if (there) {
            if (leg + awareness.legStep < 0 || leg + awareness.legStep >= points) {
                awareness.legStep = -awareness.legStep;
            }
            awareness.leg = leg + awareness.legStep;
            route.path.clear();
        }
        awareness.cowering = false;
        awareness.aimTicks = 0;
        awareness.task = "patrol";
        return true;
    }

    void cower() {
        intent.clear();
        route.path.clear();
        awareness.cowering = true;
        awareness.aimTicks = 0;
        awareness.task = "cower";
    }

    void stand() {
        intent.clear();
        route.path.clear();
        awareness.cowering = false;
        awareness.aimTicks = 0;
        awareness.task = "stand";
    }
}
