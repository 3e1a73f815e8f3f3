package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.ExitComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.Material;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.physics.ContactRecord;
import com.judgmentday.physics.ContactRecorder;
import com.judgmentday.physics.FixtureRole;
import com.judgmentday.physics.FixtureTag;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.RunState;

/**
 * Notes when the player stands in an exit that lets them out ({@link RunState#exitReached}): every escort who follows (John)
 * there too, and, for an exit that opens once the T-1000 is gone, every T-1000 destroyed. Until then the player
 * is told why, once each time they step in. Whether that wins is the objective system's call.
 */
public final class ExitSystem extends EntitySystem {
    /** How far from the exit an escort may be and still count as there, metres. */
    private static final float ESCORT_REACH = 2f;
    private final ContactRecorder contacts;
    private final RunState state;
    private final EventLog events;
    private ImmutableArray<Entity> escorts;
    private ImmutableArray<Entity> pursuers;
    private ImmutableArray<Entity> exits;
    private ImmutableArray<Entity> controlled;
    /** The character played when last looked: a new one may already stand in an exit. */
    private Entity played;
    /** The exit the player stands in, or null, and the player. */
    private Entity occupied;
    private Entity occupant;
    private boolean told;
    /** The escort the exit waits for when {@link #shut} last found one lagging, else null (the T-1000 is about). */
    private Entity awaited;

    public ExitSystem(int priority, ContactRecorder contacts, RunState state, EventLog events) {
        super(priority);
        this.contacts = contacts;
        this.state = state;
        this.events = events;
    }

    @Override
    public void addedToEngine(Engine engine) {
        escorts = engine.getEntitiesFor(Family.all(FollowComponent.class, TransformComponent.class).get());
        pursuers = engine.getEntitiesFor(Family.all(LiquidComponent.class).get());
        exits = engine.getEntitiesFor(Family.all(ExitComponent.class, ZoneComponent.class).get());
        controlled = engine.getEntitiesFor(Family.all(ControlComponent.class, TransformComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        if (state.outcome != Outcome.RUNNING) {
            return;
        }
        for (int i = 0; i < contacts.size(); i++) {
            ContactRecord record = contacts.get(i);
            FixtureTag zone = record.withRole(FixtureRole.ZONE);
            if (zone == null || Mappers.IDENTITY.get(zone.entity).kind != EntityKind.EXIT) {
                continue;
            }
            FixtureTag visitor = record.other(zone);
            if (visitor.role != FixtureRole.BODY) {
                continue;
            }
            if (record.begin && Mappers.CONTROL.has(visitor.entity)) {
                occupy(zone.entity, visitor.entity);
            } else if (!record.begin && occupied == zone.entity && occupant == visitor.entity) {
                occupied = null;
            }
        }
        followControl();
        boolean shut = occupied != null && shut(occupied);
        if (occupied == null || shut) {
            state.exitReached = null;
        }
        if (occupied == null) {
            return;
        }
        if (!shut) {
            IdentityComponent exit = Mappers.IDENTITY.get(occupied);
            if (!exit.name.equals(state.exitReached)) {
                state.exitReached = exit.name;
                state.next = Mappers.EXIT.get(occupied) == null ? "" : Mappers.EXIT.get(occupied).next;
                IdentityComponent who = Mappers.IDENTITY.get(occupant);
                events.event(EventType.LEVEL_EXIT).who(who.id, who.name).what(exit.name).detail(exit.name).emit();
            }
        } else if (!told) {
            told = true;
            IdentityComponent exit = Mappers.IDENTITY.get(occupied);
            events.event(EventType.EXIT_WAITING).who(exit.id, exit.name).what(exit.name).detail(why()).emit();
        }
    }

    /**
     * Only the character played counts: one left standing in an exit no longer does, and one taken over while
     * standing in an exit is in it (no contact begins for it then).
     */
    private void followControl() {
        Entity now = controlled.size() == 0 ? null : controlled.first();
        if (now == played) {
            return;
        }
        played = now;
        occupied = null;
        if (now == null) {
            return;
        }
        TransformComponent at = Mappers.TRANSFORM.get(now);
        CharacterComponent body = Mappers.CHARACTER.get(now);
        float halfWidth = body == null ? 0f : body.def.width / 2f;
        float halfHeight = body == null ? 0f : body.height / 2f;
        for (int i = 0; i < exits.size(); i++) {
            ZoneComponent area = Mappers.ZONE.get(exits.get(i));
            if (at.x + halfWidth > area.x && at.x - halfWidth < area.x + area.width
                    && at.y + halfHeight > area.y && at.y - halfHeight < area.y + area.height) {
                occupy(exits.get(i), now);
                return;
            }
        }
    }

    private void occupy(Entity exit, Entity visitor) {
        occupied = exit;
        occupant = visitor;
        told = false;
    }

    /**
     * Whether the exit won't let the player out yet (asked every tick the player stands in it, so it makes no text:
     * {@link #why} does, when the player is told).
     */
    private boolean shut(Entity exit) {
        awaited = null;
        ExitComponent rule = Mappers.EXIT.get(exit);
        if (rule != null && rule.whenPursuerGone) {
            if (state.pursuersDue > 0) {
                return true;
            }
            for (int i = 0; i < pursuers.size(); i++) {
                if (Mappers.LIQUID.get(pursuers.get(i)).material != Material.MELTED) {
                    return true;
                }
            }
        }
        ZoneComponent area = Mappers.ZONE.get(exit);
        for (int i = 0; i < escorts.size(); i++) {
            Entity escort = escorts.get(i);
            TransformComponent at = Mappers.TRANSFORM.get(escort);
            HealthComponent health = Mappers.HEALTH.get(escort);
            float gapX = Math.max(0f, Math.max(area.x - at.x, at.x - (area.x + area.width)));
            float gapY = Math.max(0f, Math.max(area.y - at.y, at.y - (area.y + area.height)));
            // One told to stay or hide follows no one out: the exit does not wait for it.
            FollowComponent follow = Mappers.FOLLOW.get(escort);
            boolean follows = follow.leader != null && !follow.hiding;
            if (follows && (health == null || !health.dead) && (gapX > ESCORT_REACH || gapY > ESCORT_REACH)) {
                awaited = escort;
                return true;
            }
        }
        return false;
    }

    /** Why the exit {@link #shut} is shut. */
    private String why() {
        return awaited == null ? "not while the T-1000 is out there" : "not without " + Mappers.CHARACTER.get(awaited).def.title;
    }
}
