package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.DoorComponent;
import com.judgmentday.components.DoorOrder;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.SwitchComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;

/**
 * The controlled character throws the switch within its reach when Interact is pressed (a press, not a hold): the
 * lever moves, {@code switch.thrown} is told, and each door it names gets the switch's order for DoorSystem to carry
 * out this tick. A switch that works once stays thrown. A crank's shutters rise only on the ticks Interact is held at
 * it, firing or not (its first press sets them going, as any switch's): the one who winds it is tied to it.
 */
public final class SwitchSystem extends EntitySystem {
    private final EventLog events;
    private ImmutableArray<Entity> switches;
    private ImmutableArray<Entity> doors;
    private ImmutableArray<Entity> controlled;
    /** The doors a crank works have been told so (once, as play begins: whatever opens them, they rise by the crank). */
    private boolean cranksMarked;

    public SwitchSystem(int priority, EventLog events) {
        super(priority);
        this.events = events;
    }

    @Override
    public void addedToEngine(Engine engine) {
        switches = engine.getEntitiesFor(Family.all(SwitchComponent.class, ZoneComponent.class).get());
        doors = engine.getEntitiesFor(Family.all(DoorComponent.class, IdentityComponent.class).get());
        controlled = engine.getEntitiesFor(Family.all(ControlComponent.class, InputComponent.class,
                CharacterComponent.class, TransformComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        if (!cranksMarked) {
            cranksMarked = true;
            markCranked();
        }
        if (controlled.size() == 0 || switches.size() == 0) {
            return;
        }
        Entity who = controlled.first();
        turnCranks(who);
        if (!interactPressed(who)) {
            return;
        }
        for (int i = 0; i < switches.size(); i++) {
            Entity entity = switches.get(i);
            SwitchComponent lever = Mappers.SWITCH.get(entity);
            if (canThrow(who, entity)) {
                throwSwitch(entity, lever, who);
                return;
            }
        }
    }

    /** Each door a crank works rises only as it is wound, from the start (not from the crank's first press). */
    private void markCranked() {
        for (int i = 0; i < switches.size(); i++) {
            SwitchComponent lever = Mappers.SWITCH.get(switches.get(i));
            if (lever.crank) {
                crank(lever, false);
            }
        }
    }

    /** The doors {@code lever} names rise by a crank ({@code turned}: and it is turned this tick). */
    private void crank(SwitchComponent lever, boolean turned) {
        for (int j = 0; j < doors.size(); j++) {
            Entity door = doors.get(j);
            if (names(lever.doors, Mappers.IDENTITY.get(door).name)) {
                DoorComponent lock = Mappers.DOOR.get(door);
                lock.crank = true;
                lock.cranked |= turned;
            }
        }
    }

    /**
     * Interact held at a crank: the shutters it works rise this tick. Firing as well does not stop it: round 19's tester,
     * told to let go to fight, turned from the button and died three times, then found he could hold on and fire.
     */
    private void turnCranks(Entity who) {
        InputComponent input = Mappers.INPUT.get(who);
        HealthComponent health = Mappers.HEALTH.get(who);
        if (!input.current.has(Action.INTERACT) || health != null && health.out()) {
            return;
        }
        for (int i = 0; i < switches.size(); i++) {
            Entity entity = switches.get(i);
            SwitchComponent lever = Mappers.SWITCH.get(entity);
            if (lever.crank && within(who, Mappers.ZONE.get(entity), lever.reach)) {
                crank(lever, true);
            }
        }
    }

    private void throwSwitch(Entity entity, SwitchComponent lever, Entity who) {
        lever.on = !lever.on;
        IdentityComponent thrower = Mappers.IDENTITY.get(who);
        events.event(EventType.SWITCH_THROWN).who(thrower.id, thrower.name).what(Mappers.IDENTITY.get(entity).name)
                .amount(lever.on ? 1 : 0).emit();
        for (int i = 0; i < doors.size(); i++) {
            Entity door = doors.get(i);
            if (names(lever.doors, Mappers.IDENTITY.get(door).name)) {
                Mappers.DOOR.get(door).order = lever.action;
            }
        }
    }

    private static boolean names(String[] doors, String name) {
        for (String door : doors) {
            if (door.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A crank within {@code who}'s reach: Interact held there winds the shutters it works. */
    public static boolean canTurn(Entity who, Entity lever) {
        SwitchComponent what = Mappers.SWITCH.get(lever);
        return what.crank && within(who, Mappers.ZONE.get(lever), what.reach);
    }

    /** The switch can still be thrown, and {@code who} stands within its reach (the HUD says so: press Interact). */
    public static boolean canThrow(Entity who, Entity lever) {
        SwitchComponent what = Mappers.SWITCH.get(lever);
        return !(what.once && what.on) && within(who, Mappers.ZONE.get(lever), what.reach);
    }

    private static boolean within(Entity who, ZoneComponent zone, float reach) {
        TransformComponent t = Mappers.TRANSFORM.get(who);
        CharacterComponent body = Mappers.CHARACTER.get(who);
        float halfWidth = body.def.width / 2f + reach;
        float halfHeight = body.height / 2f + reach;
        return t.x + halfWidth > zone.x && t.x - halfWidth < zone.x + zone.width
                && t.y + halfHeight > zone.y && t.y - halfHeight < zone.y + zone.height;
    }

    /**
     * The player pressed Interact this tick (not held from the last), able to act. Read before PlayerControlSystem,
     * while the input's previous actions are still last tick's.
     */
    static boolean interactPressed(Entity who) {
        InputComponent input = Mappers.INPUT.get(who);
        HealthComponent health = Mappers.HEALTH.get(who);
        return input.current.has(Action.INTERACT) && !input.previous.has(Action.INTERACT) && (health == null || !health.out());
    }
}
