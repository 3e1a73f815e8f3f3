package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.level.PersonDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.sim.EntityFactory;
import com.judgmentday.sim.RunState;
import com.judgmentday.sim.Simulation;

/**
 * Brings in whoever a spawn's delay holds back when it is up, on the tick clock: the T-1000's head start for the
 * player, a guard who walks in later. What is still due is in the run's state (and so its hash).
 */
public final class ArrivalSystem extends EntitySystem {
    private final EntityFactory factory;
    private final EventLog events;
    private final RunState state;
    /** Who is due, in the order they were expected (ties enter in that order). */
    private final Array<Due> due = new Array<>(false, 4, Due.class);

    /** One arrival: its tick and what enters. */
    private static final class Due {
        long at;
        SpawnDef t1000;
        Entity hunted;
        PersonDef person;
    }

    public ArrivalSystem(int priority, EntityFactory factory, EventLog events, RunState state) {
        super(priority);
        this.factory = factory;
        this.events = events;
        this.state = state;
    }

    /** Whoever the cast step held back: a T-1000 (or null) hunting {@code hunted}, and people. */
    public void expect(SpawnDef t1000, Entity hunted, Array<PersonDef> people) {
        if (t1000 != null) {
            expect(t1000, hunted);
        }
        for (PersonDef person : people) {
            expect(person);
        }
    }

    /** A T-1000 to bring in at its spawn once the spawn's delay is up, hunting {@code hunted}. */
    public void expect(SpawnDef arriving, Entity hunted) {
        Due arrival = at(arriving.delay);
        arrival.t1000 = arriving;
        arrival.hunted = hunted;
        state.pursuersDue++;
    }

    /** A person to bring in where they stand once their delay is up. */
    public void expect(PersonDef arriving) {
        at(arriving.delay).person = arriving;
    }

    private Due at(float delaySeconds) {
        Due arrival = new Due();
        arrival.at = Math.round(delaySeconds * Simulation.TICKS_PER_SECOND);
        due.add(arrival);
        state.arrivalsDue++;
        return arrival;
    }

    /** The player's control moved from one character to another: a T-1000 still due hunts the new one instead. */
    public void retarget(Entity from, Entity to) {
        for (int i = 0; i < due.size; i++) {
            if (due.get(i).hunted == from) {
                due.get(i).hunted = to;
            }
        }
    }

    @Override
    public void update(float deltaTime) {
        for (int i = 0; i < due.size; i++) {
            Due arrival = due.get(i);
            if (state.tick < arrival.at) {
                continue;
            }
            due.removeIndex(i--);
            state.arrivalsDue--;
            if (arrival.t1000 != null) {
                state.pursuersDue--;
                Entity t1000 = factory.t1000(arrival.t1000, arrival.t1000.look, arrival.hunted);
                events.event(EventType.T1000_ARRIVED).who(Mappers.IDENTITY.get(t1000)).what(arrival.t1000.look)
                        .at(arrival.t1000.x, arrival.t1000.y).detail(arrival.t1000.look).emit();
            } else {
                factory.person(arrival.person);
            }
        }
    }
}
