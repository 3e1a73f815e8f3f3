package com.judgmentday.ai;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntityListener;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.ai.btree.BehaviorTree;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.sim.RunState;

/**
 * Every agent's mind, one system for all: each T-1000 and each person whose role has a tree. Once a tick it gathers
 * what can be perceived (hearing, sight: {@link Senses}); then each agent senses through its own brain, and, unless it
 * is out of the fight or held by a beat, steps its behaviour tree (read once a run, cloned per agent: {@link Minds}):
 * every tick, or for a role that thinks less often ({@code thinkTicks}), on its own ticks, spread by entity id.
 * Counts its own cost for the report.
 */
public final class BrainSystem extends IteratingSystem {
    private final Minds minds;
    private final Senses senses;
    private final RunState run;
    private final EventLog events;
    private final ObjectMap<Entity, BehaviorTree<? extends AgentBrain>> trees = new ObjectMap<>();
    private ImmutableArray<Entity> characters;
    private long nanos;
    /** Reads this thread's allocation when the benchmark asks (it costs a little itself); null: not measured. */
    private com.sun.management.ThreadMXBean allocation;
    private long bytes;
    private final EntityListener listener = new EntityListener() {
        @Override
        public void entityAdded(Entity entity) {
        }

        @Override
        public void entityRemoved(Entity entity) {
            trees.remove(entity);
        }
    };

    public BrainSystem(int priority, Minds minds, Senses senses, EventLog events, RunState run) {
        super(Family.all(CharacterComponent.class, TransformComponent.class, MoveIntentComponent.class, BodyComponent.class)
                .one(T1000Component.class, AwarenessComponent.class).get(), priority);
        this.minds = minds;
        this.senses = senses;
        this.events = events;
        this.run = run;
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        characters = engine.getEntitiesFor(Family.all(CharacterComponent.class, TransformComponent.class,
                IdentityComponent.class).get());
        engine.addEntityListener(getFamily(), listener);
    }

    @Override
    public void removedFromEngine(Engine engine) {
        super.removedFromEngine(engine);
        engine.removeEntityListener(listener);
        trees.clear();
    }

    @Override
    public void update(float deltaTime) {
        long before = allocation == null ? 0L : allocation.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        senses.update(characters);
        super.update(deltaTime);
        nanos += System.nanoTime() - start;
        if (allocation != null) {
            bytes += allocation.getCurrentThreadAllocatedBytes() - before;
        }
        events.count("aiTicks", 1);
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        BehaviorTree<? extends AgentBrain> tree = trees.get(entity);
        if (tree == null) {
            tree = minds.create(entity);
            if (tree == null) {
                return;
            }
            trees.put(entity, tree);
        }
        AgentBrain brain = tree.getObject();
        brain.tick = run.tick;
        if (brain.sense(senses) && brain.thinksNow()) {
            tree.step();
        }
    }

    /** From now on counts the bytes thinking allocates ({@link #bytes}): the benchmark's, not the game's. */
    public void measureAllocation() {
        allocation = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    }

    /** Bytes thinking allocated since {@link #measureAllocation} (for the report; not part of the simulation). */
    public long bytes() {
        return bytes;
    }

    /** Wall time spent thinking so far, nanoseconds (for the report; not part of the simulation). */
    public long nanos() {
        return nanos;
    }
}
