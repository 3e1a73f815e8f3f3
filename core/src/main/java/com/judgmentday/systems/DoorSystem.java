package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.DoorComponent;
import com.judgmentday.components.DoorOrder;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.KeyringComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ShapeComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.sim.RunState;
import com.judgmentday.sim.Simulation;

import java.util.Locale;

/**
 * A shut door opens when someone carrying its key touches it, when its trigger has fired ({@code trigger.fired} in
 * the log), or as a thrown switch ordered (its {@link DoorOrder}): its body stops blocking, the run notes it (the
 * simulation rebuilds its navigation then, so the T-1000 and John route through), and {@code door.opened} is told.
 * A roller shutter (its {@code opensTicks}) rises first, blocking until it is all the way up.
 */
public final class DoorSystem extends EntitySystem {
    /** How close a body must come to a door to touch it, metres. */
    private static final float TOUCH = 0.15f;
    private final EventLog events;
    private final RunState state;
    private ImmutableArray<Entity> doors;
    private ImmutableArray<Entity> carriers;
    /** How far through the event log it has looked for triggers firing. */
    private int read;

    public DoorSystem(int priority, EventLog events, RunState state) {
        super(priority);
        this.events = events;
        this.state = state;
    }

    @Override
    public void addedToEngine(Engine engine) {
        doors = engine.getEntitiesFor(Family.all(DoorComponent.class, ShapeComponent.class, BodyComponent.class).get());
        carriers = engine.getEntitiesFor(Family.all(KeyringComponent.class, CharacterComponent.class,
                TransformComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        openByTriggers();
        for (int i = 0; i < doors.size(); i++) {
            Entity door = doors.get(i);
            DoorComponent lock = Mappers.DOOR.get(door);
            if (lock.order != DoorOrder.NONE) {
                carryOut(door, lock);
            }
            boolean turned = !lock.crank || lock.cranked;
            lock.cranked = false;
            if (lock.rising && turned && ++lock.risen >= lock.opensTicks) {
                lock.rising = false;
                openNow(door, lock.risenBy);
            }
            if (lock.open || lock.key.isEmpty()) {
                continue;
            }
            Entity opener = carrierTouching(door, lock.key);
            if (opener != null) {
                open(door, Mappers.IDENTITY.get(opener).name);
            }
        }
    }

    /** Opens the doors whose trigger fired since it last looked (the stage runs after it: they open the next tick). */
    private void openByTriggers() {
        for (; read < events.events().size; read++) {
            GameEvent event = events.events().get(read);
            if (event.type != EventType.TRIGGER_FIRED) {
                continue;
            }
            for (int i = 0; i < doors.size(); i++) {
                Entity door = doors.get(i);
                DoorComponent lock = Mappers.DOOR.get(door);
                if (!lock.trigger.isEmpty() && lock.trigger.equals(event.what)) {
                    open(door, event.what);
                }
            }
        }
    }

    private void carryOut(Entity door, DoorComponent lock) {
        DoorOrder order = lock.order;
        lock.order = DoorOrder.NONE;
        if (order == DoorOrder.OPEN || order == DoorOrder.TOGGLE && !lock.open && !lock.rising) {
            open(door, "a switch");
        } else {
            close(door, "a switch");
        }
    }

    /**
     * Works a door (a key, a trigger, a switch, a beat): a roller shutter starts rising ({@code door.rising}) and opens
     * when it is all the way up; any other door opens at once. An open door stays open.
     */
    public void open(Entity door, String by) {
        DoorComponent lock = Mappers.DOOR.get(door);
        if (lock.open || lock.rising) {
            return;
        }
        if (lock.opensTicks > 0) {
            lock.rising = true;
            lock.risen = 0;
            lock.risenBy = by;
            IdentityComponent identity = Mappers.IDENTITY.get(door);
            events.event(EventType.DOOR_RISING).who(identity.id, identity.name).what(identity.name).detail(by)
                    .amount(lock.opensTicks / (float) Simulation.TICKS_PER_SECOND).emit();
            return;
        }
        openNow(door, by);
    }

    /**
     * Opens every door of that Name (lower case) at once, a rising one too: a checkpoint past its opening restarts with
     * it open.
     */
    public void openAtOnce(String name, String by) {
        for (int i = 0; i < doors.size(); i++) {
            Entity door = doors.get(i);
            DoorComponent lock = Mappers.DOOR.get(door);
            if (!lock.open && Mappers.IDENTITY.get(door).name.toLowerCase(Locale.ROOT).equals(name)) {
                lock.rising = false;
                lock.risen = lock.opensTicks;
                openNow(door, by);
            }
        }
    }

    /**
     * Opens it now: its body stops blocking, the run notes the opening (navigation is rebuilt without it) and
     * {@code door.opened} is told, naming who or what opened it.
     */
    private void openNow(Entity door, String by) {
        DoorComponent lock = Mappers.DOOR.get(door);
        lock.open = true;
        Mappers.BODY.get(door).body.setActive(false);
        state.openings.add(lock.objectId);
        IdentityComponent identity = Mappers.IDENTITY.get(door);
        events.event(EventType.DOOR_OPENED).who(identity.id, identity.name).what(identity.name).detail(by).emit();
    }

    /** Shuts an open door (a switch, a beat): it blocks again, and navigation goes round it again. A rising shutter drops. */
    public void close(Entity door, String by) {
        DoorComponent lock = Mappers.DOOR.get(door);
        if (lock.rising) {
            // Still blocking: it only drops back.
            lock.rising = false;
            lock.risen = 0;
        } else if (lock.open) {
            lock.open = false;
            Mappers.BODY.get(door).body.setActive(true);
            state.openings.removeValue(lock.objectId);
        } else {
            return;
        }
        IdentityComponent identity = Mappers.IDENTITY.get(door);
        events.event(EventType.DOOR_CLOSED).who(identity.id, identity.name).what(identity.name).detail(by).emit();
    }

    private Entity carrierTouching(Entity door, String key) {
        float[] v = Mappers.SHAPE.get(door).vertices;
        float left = Math.min(v[0], v[4]);
        float right = Math.max(v[0], v[4]);
        float bottom = Math.min(v[1], v[5]);
        float top = Math.max(v[1], v[5]);
        for (int i = 0; i < carriers.size(); i++) {
            Entity carrier = carriers.get(i);
            if (!Mappers.KEYRING.get(carrier).keys.contains(key, false)) {
                continue;
            }
            TransformComponent t = Mappers.TRANSFORM.get(carrier);
            CharacterComponent body = Mappers.CHARACTER.get(carrier);
            float half = body.def.width / 2f + TOUCH;
            if (t.x + half > left && t.x - half < right && t.y + body.height / 2f > bottom && t.y - body.height / 2f < top) {
                return carrier;
            }
        }
        return null;
    }
}
