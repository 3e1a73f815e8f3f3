package com.judgmentday.ai;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.components.TransformComponent;

/**
 * The blackboard every agent's behaviour tree reads and acts through (the T-1000's brain and a person's extend it):
 * its entity, body, where it is, what it wants this tick, its route over its body's graph, and the tick. Tasks that
 * need no more than this (waitTicks) serve every tree. {@link BrainSystem} runs them all.
 */
public abstract class AgentBrain {
    protected final Entity entity;
    protected final CharacterComponent body;
    protected final TransformComponent at;
    protected final MoveIntentComponent intent;
    protected final RouteComponent route;
    protected final IdentityComponent who;
    /** The simulation's tick, set before each step of the tree. */
    protected long tick;
    /** Its tree steps every this many ticks, on the ticks its entity id picks (1: every tick). */
    private final int thinkTicks;

    protected AgentBrain(Entity entity) {
        this(entity, 1);
    }

    /** {@code thinkTicks}: its tree steps every this many ticks (it senses every tick). */
    protected AgentBrain(Entity entity, int thinkTicks) {
        this.thinkTicks = thinkTicks;
        this.entity = entity;
        this.body = Mappers.CHARACTER.get(entity);
        this.at = Mappers.TRANSFORM.get(entity);
        this.intent = Mappers.INTENT.get(entity);
        this.route = Mappers.ROUTE.get(entity);
        this.who = Mappers.IDENTITY.get(entity);
    }

    /**
     * Takes in what it perceives this tick, before its tree steps; false when it does not think this tick (out of the
     * fight, or held by a beat).
     */
    protected abstract boolean sense(Senses senses);

    /** Whether its tree steps this tick: every {@link #thinkTicks()} ticks, offset by its entity id. */
    protected final boolean thinksNow() {
        return thinkTicks == 1 || (tick + who.id) % thinkTicks == 0;
    }

    /** How many ticks pass from one step of its tree to the next: what a count kept in steps adds each step. */
    public int thinkTicks() {
        return thinkTicks;
    }

    /** The simulation's tick now: the clock tasks count by (never the wall clock). */
    public long tick() {
        return tick;
    }
}
