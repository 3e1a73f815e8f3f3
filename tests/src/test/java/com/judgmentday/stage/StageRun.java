package com.judgmentday.stage;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;

/** A test level of the stage (tests/src/test/resources/levels/stage), stepped by hand, and what happened in it. */
final class StageRun implements AutoCloseable {
    static final ActionSet NOTHING = new ActionSet();
    static final ActionSet RIGHT = new ActionSet().add(Action.RIGHT);
    final Simulation simulation;

    StageRun(String level) {
        this(Scenario.level("src/test/resources/levels/stage/" + level + ".tmx").simulation());
    }

    StageRun(Simulation simulation) {
        this.simulation = simulation;
    }

    StageRun step(int ticks, ActionSet actions) {
        for (int i = 0; i < ticks && simulation.outcome() == com.judgmentday.sim.Outcome.RUNNING; i++) {
            simulation.step(actions);
        }
        return this;
    }

    StageRun idle(int ticks) {
        return step(ticks, NOTHING);
    }

    /** The entity a report calls {@code name} ("civilian#4"). */
    com.badlogic.ashley.core.Entity named(String name) {
        for (com.badlogic.ashley.core.Entity entity : simulation.engine().getEntities()) {
            if (com.judgmentday.components.Mappers.IDENTITY.has(entity)
                    && com.judgmentday.components.Mappers.IDENTITY.get(entity).name.equals(name)) {
                return entity;
            }
        }
        throw new AssertionError("no " + name);
    }

    /** Every event of a type so far. */
    Array<GameEvent> all(EventType type) {
        Array<GameEvent> found = new Array<>();
        for (GameEvent event : simulation.events().events()) {
            if (event.type == type) {
                found.add(event);
            }
        }
        return found;
    }

    /** The tick the first event of a type came at, or -1. */
    long tickOf(EventType type) {
        GameEvent event = simulation.events().first(type);
        return event == null ? -1 : event.tick;
    }

    @Override
    public void close() {
        simulation.dispose();
    }
}
