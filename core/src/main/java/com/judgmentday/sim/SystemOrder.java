package com.judgmentday.sim;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.math.RandomXS128;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.ai.EscortSystem;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.ai.Navigation;
import com.judgmentday.ai.PathPlanner;
import com.judgmentday.ai.BrainSystem;
import com.judgmentday.ai.Minds;
import com.judgmentday.ai.Senses;
import com.judgmentday.ai.TreeLibrary;
import com.judgmentday.content.PursuitDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.physics.BodyFactory;
import com.judgmentday.physics.ContactRecorder;
import com.judgmentday.stage.BeatSystem;
import com.judgmentday.stage.ObjectiveSystem;
import com.judgmentday.stage.Stage;
import com.judgmentday.stage.StepActions;
import com.judgmentday.stage.TriggerSystem;
import com.judgmentday.systems.ArrivalSystem;
import com.judgmentday.systems.BladeSystem;
import com.judgmentday.systems.BoundsSystem;
import com.judgmentday.systems.BreakableSystem;
import com.judgmentday.systems.CaughtSystem;
import com.judgmentday.systems.CheckpointSystem;
import com.judgmentday.systems.ContactsReadSystem;
import com.judgmentday.systems.ConveyorSystem;
import com.judgmentday.systems.CrusherSystem;
import com.judgmentday.systems.DisarmSystem;
import com.judgmentday.systems.DoorSystem;
import com.judgmentday.systems.ElevatorSystem;
import com.judgmentday.systems.ExitSystem;
import com.judgmentday.systems.FollowSystem;
import com.judgmentday.systems.FragmentSystem;
import com.judgmentday.systems.GroundSensorSystem;
import com.judgmentday.systems.HangSystem;
import com.judgmentday.systems.HealthSystem;
import com.judgmentday.systems.HoldSystem;
import com.judgmentday.systems.VolleySystem;
import com.judgmentday.systems.HeatSystem;
import com.judgmentday.systems.ImpactSystem;
import com.judgmentday.systems.LadderSensorSystem;
import com.judgmentday.systems.LiquidBodySystem;
import com.judgmentday.systems.LiquidFormSystem;
import com.judgmentday.systems.LoadSystem;
import com.judgmentday.systems.MaterialSystem;
import com.judgmentday.systems.MeleeSystem;
import com.judgmentday.systems.MimicrySystem;
import com.judgmentday.systems.MovementSystem;
import com.judgmentday.systems.PhysicsSystem;
import com.judgmentday.systems.PickupSystem;
import com.judgmentday.systems.PlatformSystem;
import com.judgmentday.systems.PlayerControlSystem;
import com.judgmentday.systems.ProjectileSystem;
import com.judgmentday.systems.GasSystem;
import com.judgmentday.systems.SwitchSystem;
import com.judgmentday.systems.WeaponSystem;
import com.judgmentday.systems.WinchSystem;

import java.util.function.Consumer;

import static com.judgmentday.sim.Simulation.TICKS_PER_SECOND;

/** The system order of one tick, in one place (see {@link Phase}): what a new {@link Simulation} installs. */
final class SystemOrder {
    private final Engine engine;
    private final World world;
    private final RandomXS128 random;
    private final EventLog events;
    private final RunState state;
    private final ContactRecorder contacts;
    private final BodyFactory bodies;
    private final EntityFactory factory;
    private final LevelDef level;
    private final TuningDef tuning;

    SystemOrder(Engine engine, World world, RandomXS128 random, EventLog events, RunState state, ContactRecorder contacts,
                BodyFactory bodies, EntityFactory factory, LevelDef level, TuningDef tuning) {
        this.engine = engine;
        this.world = world;
        this.random = random;
        this.events = events;
        this.state = state;
        this.contacts = contacts;
        this.bodies = bodies;
        this.factory = factory;
        this.level = level;
        this.tuning = tuning;
    }

    /**
     * Adds every system at its priority. {@code navigation} is null in a level without a T-1000; {@code escortRoutes}
     * holds a planner for each escort's body; {@code control} hands the player to another character (a beat's step).
     */
    void install(PursuitDef pursuit, Navigation navigation, ObjectMap<CharacterDef, PathPlanner> escortRoutes, Stage stage,
                 String checkpoint, Consumer<Entity> control) {
        // The run's behaviour trees: each file read once, every agent running a clone.
        TreeLibrary trees = new TreeLibrary();
        engine.addSystem(new ArrivalSystem(Phase.SENSE.priority - 1, factory, events, state));
        engine.addSystem(new GroundSensorSystem(Phase.SENSE.priority, contacts));
        engine.addSystem(new LadderSensorSystem(Phase.SENSE.priority + 1, contacts));
        engine.addSystem(new ExitSystem(Phase.SENSE.priority + 2, contacts, state, events));
        engine.addSystem(new ImpactSystem(Phase.SENSE.priority + 3, contacts, events));
        engine.addSystem(new ContactsReadSystem(Phase.SENSE.priority + 4, contacts));
        engine.addSystem(new DisarmSystem(Phase.INPUT.priority - 2, events));
        engine.addSystem(new SwitchSystem(Phase.INPUT.priority - 1, events));
        engine.addSystem(new PlayerControlSystem(Phase.INPUT.priority));
        engine.addSystem(new FollowSystem(Phase.AI.priority));
        engine.addSystem(new EscortSystem(Phase.AI.priority + 1, escortRoutes, level, tuning, events, state));
        engine.addSystem(new MimicrySystem(Phase.AI.priority + 2, pursuit.touchDistance, tuning.patternedMaterials, events));
        Senses senses = new Senses(engine, events, world, tuning.hearing);
        Minds minds = new Minds(engine, level, tuning, pursuit, navigation == null ? null : navigation.planner,
                escortRoutes, trees, world, events, senses, factory);
        engine.addSystem(new BrainSystem(Phase.AI.priority + 3, minds, senses, events, state));
        // After the escorts' AI: a beat's volley outranks following.
        engine.addSystem(new VolleySystem(Phase.AI.priority + 4, events));
        engine.addSystem(new LiquidFormSystem(Phase.MOVEMENT.priority - 1, bodies, world, events));
        // After every intent is written (the player's and the AI's), before any is applied.
        engine.addSystem(new HoldSystem(Phase.MOVEMENT.priority - 5));
        engine.addSystem(new CaughtSystem(Phase.MOVEMENT.priority - 4, events));
        engine.addSystem(new PlatformSystem(Phase.MOVEMENT.priority - 3));
        engine.addSystem(new ConveyorSystem(Phase.MOVEMENT.priority - 2));
        engine.addSystem(new MovementSystem(Phase.MOVEMENT.priority, events));
        engine.addSystem(new ElevatorSystem(Phase.MOVEMENT.priority + 1,
                Math.round(tuning.elevatorWaitSeconds * TICKS_PER_SECOND), world));
        engine.addSystem(new CrusherSystem(Phase.MOVEMENT.priority + 2, events));
        engine.addSystem(new DoorSystem(Phase.MOVEMENT.priority + 3, events, state));
        engine.addSystem(new WinchSystem(Phase.MOVEMENT.priority + 4, world, events));
        // After the winch moved the hook: whoever hangs from a load goes with it.
        engine.addSystem(new HangSystem(Phase.MOVEMENT.priority + 5, events));
        engine.addSystem(new BreakableSystem(Phase.COMBAT.priority + 8, bodies, events, state));
        engine.addSystem(new LoadSystem(Phase.COMBAT.priority + 9, bodies, events));
        engine.addSystem(new PickupSystem(Phase.COMBAT.priority - 2, tuning, events));
        engine.addSystem(new MeleeSystem(Phase.COMBAT.priority - 1, world, events));
        Ordnance ordnance = new Ordnance(factory);
        engine.addSystem(new WeaponSystem(Phase.COMBAT.priority, world, random, events, ordnance, tuning.damage));
        engine.addSystem(new ProjectileSystem(Phase.COMBAT.priority + 1, world, events, level.thrownProtest, ordnance));
        engine.addSystem(new GasSystem(Phase.COMBAT.priority + 10, tuning.damage, tuning.roles, events));
        engine.addSystem(new BladeSystem(Phase.COMBAT.priority + 2, pursuit, tuning.damage, world, events, state));
        engine.addSystem(new LiquidBodySystem(Phase.COMBAT.priority + 3, pursuit, events));
        engine.addSystem(new HeatSystem(Phase.COMBAT.priority + 4, tuning.heat, world, events));
        engine.addSystem(new HealthSystem(Phase.COMBAT.priority + 5, tuning.damage, events, state, level.protests));
        // Pieces before material: a limb strains from the tick after the body froze, not the tick it froze.
        engine.addSystem(new FragmentSystem(Phase.COMBAT.priority + 6, tuning.t1000Material, events, factory, bodies,
                random));
        engine.addSystem(new MaterialSystem(Phase.COMBAT.priority + 7, tuning.t1000Material, events));
        engine.addSystem(new PhysicsSystem(Phase.PHYSICS.priority, world, bodies, tuning));
        engine.addSystem(new CheckpointSystem(Phase.PHYSICS.priority + 1, level, checkpoint, events));
        engine.addSystem(new BoundsSystem(Phase.PHYSICS.priority + 2, level, events, state));
        engine.addSystem(new TriggerSystem(Phase.STAGE.priority, stage));
        engine.addSystem(new BeatSystem(Phase.STAGE.priority + 1, stage,
                new StepActions(stage, engine, factory, tuning.t1000Material, tuning.follow, control)));
        engine.addSystem(new ObjectiveSystem(Phase.STAGE.priority + 2, stage));
    }
}
