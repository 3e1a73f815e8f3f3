package com.judgmentday.ai;

import com.judgmentday.content.Lines;
import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntityListener;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.ai.btree.BehaviorTree;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.HearingDef;
import com.judgmentday.content.PursuitDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.sim.RunState;

/**
 * Runs each T-1000's behaviour tree once a tick: it senses (sight, radio tips, gunshots), the tree picks
 * what to do, and the chosen task writes the movement intent. Counts its own cost for the report.
 */
public final class T1000AiSystem extends IteratingSystem {
    private final PathPlanner planner;
    private final World world;
    private final EventLog events;
    private final RunState run;
    private final PursuitDef pursuit;
    /** The run's trees: the T-1000's is read as the level is set up, and each T-1000 that arrives runs a clone. */
    private final TreeLibrary library;
    private final Lines lines;
    private final ObjectMap<Entity, BehaviorTree<T1000Brain>> trees = new ObjectMap<>();
    private ImmutableArray<Entity> people;
    private ImmutableArray<Entity> elevators;
    private ImmutableArray<Entity> characters;
    private final Hearing hearing;
    private ImmutableArray<Entity> controlled;
    private long nanos;
    /** Gives each T-1000 that arrives its own brain and tree. */
    private final EntityListener listener = new EntityListener() {
        @Override
        public void entityAdded(Entity entity) {
            brainFor(entity);
        }

        @Override
        public void entityRemoved(Entity entity) {
            trees.remove(entity);
        }
    };

    public T1000AiSystem(int priority, PathPlanner planner, World world, EventLog events, RunState run, PursuitDef pursuit,
                         TreeLibrary library, Lines lines, HearingDef hearing) {
        super(Family.all(T1000Component.class, CharacterComponent.class, TransformComponent.class, MoveIntentComponent.class,
                LiquidComponent.class, AppearanceComponent.class, BodyComponent.class).get(), priority);
        this.planner = planner;
        this.world = world;
        this.events = events;
        this.run = run;
        this.pursuit = pursuit;
        this.library = library;
        library.prepare(Navigation.TREE);
        this.lines = lines;
        this.hearing = new Hearing(events, world, hearing);
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        people = engine.getEntitiesFor(Family.all(PersonComponent.class).get());
        elevators = engine.getEntitiesFor(Family.all(ElevatorComponent.class).get());
        controlled = engine.getEntitiesFor(Family.all(ControlComponent.class).get());
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


    private BehaviorTree<T1000Brain> brainFor(Entity entity) {
        BehaviorTree<T1000Brain> tree = library.createBehaviorTree(Navigation.TREE,
                new T1000Brain(entity, pursuit, planner, world, events, people, elevators, lines));
        trees.put(entity, tree);
        return tree;
    }

    @Override
    public void update(float deltaTime) {
        long start = System.nanoTime();
        hearing.listen(characters);
        super.update(deltaTime);
        nanos += System.nanoTime() - start;
        events.count("aiTicks", 1);
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        BehaviorTree<T1000Brain> tree = trees.get(entity);
        if (tree == null) {
            // Added before this system (the listener only hears later arrivals).
            tree = brainFor(entity);
        }
        T1000Brain brain = tree.getObject();
        if (Mappers.CHARACTER.get(entity).heldTicks > 0) {
            // Held by a beat (pinning someone): it neither thinks nor winds up a blow until let go; a pose still ends.
            brain.holdPose();
            return;
        }
        T1000Component mind = Mappers.T1000.get(entity);
        FollowComponent quarry = mind.target == null ? null : Mappers.FOLLOW.get(mind.target);
        if (quarry != null && quarry.hiding && controlled.size() > 0) {
            // Its quarry hid (a beat's hide step) where it cannot find him: it hunts the player until he is called.
            mind.hiddenQuarry = mind.target;
            mind.target = controlled.first();
        }
        brain.tick = run.tick;
        listen(brain, entity);
        brain.perceive();
        tree.step();
    }

    /** A noise it hears this tick (anyone's shot, a blast, glass breaking) gives it somewhere to look. */
    private void listen(T1000Brain brain, Entity entity) {
        TransformComponent at = Mappers.TRANSFORM.get(entity);
        Body body = Mappers.BODY.get(entity).body;
        for (int i = 0; i < hearing.count(); i++) {
            if (hearing.hears(i, body, at.x, at.y)) {
                brain.hear(hearing.x(i), hearing.y(i));
            }
        }
    }

    /** Wall time spent thinking so far, nanoseconds (for the report; not part of the simulation). */
    public long nanos() {
        return nanos;
    }

    public PathPlanner planner() {
        return planner;
    }
}
