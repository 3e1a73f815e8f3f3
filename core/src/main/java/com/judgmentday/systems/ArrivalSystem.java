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
    private final SpawnDef spawn;
    private final Entity target;
    private final long arrivesAt;
    private boolean arrived;

    public ArrivalSystem(int priority, EntityFactory factory, EventLog events, RunState state, SpawnDef spawn, Entity target) {
        super(priority);
        this.factory = factory;
        this.events = events;
        this.state = state;
        this.spawn = spawn;
        this.target = target;
        this.arrivesAt = Math.round(spawn.delay * Simulation.TICKS_PER_SECOND);
        state.pursuersDue++;
    }

    @Override
    public void update(float deltaTime) {
        if (arrived || state.tick < arrivesAt) {
            return;
        }
        arrived = true;
        state.pursuersDue--;
        factory.t1000(spawn, spawn.look, target);
        events.emit(EventType.T1000_ARRIVED, "t1000", spawn.look, spawn.x, spawn.y);
    }
}
