package com.judgmentday.sim;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventLog;
import com.judgmentday.level.AreaDef;
import com.judgmentday.systems.Arms;
import com.judgmentday.systems.DoorSystem;

/**
 * A run started at a checkpoint begins with what its map object says the story did before it: the characters it
 * names one-armed, and those whose emergency power reroute is spent (at the health it brings back, so their next
 * shutdown is final), and the doors it names open. Characters not in the level are passed by.
 */
final class CheckpointStart {
    private CheckpointStart() {
    }

    static void apply(AreaDef checkpoint, Simulation simulation, EventLog events) {
        for (String name : checkpoint.opened) {
            simulation.engine().getSystem(DoorSystem.class).openAtOnce(name, "the story so far");
        }
        for (String name : checkpoint.oneArmed) {
            Entity character = simulation.character(name);
            if (character != null && Arms.catchable(Mappers.CHARACTER.get(character).def)) {
                Arms.lose(character, events);
            }
        }
        for (String name : checkpoint.rebooted) {
            Entity character = simulation.character(name);
            HealthComponent health = character == null ? null : Mappers.HEALTH.get(character);
            if (health != null && Mappers.CHARACTER.get(character).def.shutdown != null) {
                health.shutdowns = Math.max(1, health.shutdowns);
                health.health = health.max * Mappers.CHARACTER.get(character).def.shutdown.health;
            }
        }
    }
}
