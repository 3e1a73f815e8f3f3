package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.sim.EntityFactory;
import com.judgmentday.sim.RunState;
import com.judgmentday.sim.Simulation;

/** Brings the T-1000 in at its spawn when the spawn's delay is up: the head start a level gives the player. */
public final class ArrivalSystem extends EntitySystem {
    private final EntityFactory factory;
    private final EventLog events;
    private final RunState state;
    private SpawnDef spawn;
    private Entity target;
    private long arrivesAt;

    public ArrivalSystem(int priority, EntityFactory factory, EventLog events, RunState state) {
        super(priority);
        this.factory = factory;
        this.events = events;
        this.state = state;
    }

    /** A T-1000 to bring in at its spawn once the spawn's delay is up, hunting {@code target}. */
    public void expect(SpawnDef arriving, Entity hunted) {
        spawn = arriving;
        target = hunted;
        arrivesAt = Math.round(arriving.delay * Simulation.TICKS_PER_SECOND);
        state.pursuersDue++;
    }

    /** The player's control moved from one character to another: a T-1000 still due hunts the new one instead. */
    public void retarget(Entity from, Entity to) {
        if (target == from) {
            target = to;
        }
    }

    @Override
    public void update(float deltaTime) {
        if (spawn == null || state.tick < arrivesAt) {
            return;
        }
        SpawnDef arriving = spawn;
        spawn = null;
        state.pursuersDue--;
        factory.t1000(arriving, arriving.look, target);
        events.emit(EventType.T1000_ARRIVED, "t1000", arriving.look, arriving.x, arriving.y);
    }
}
