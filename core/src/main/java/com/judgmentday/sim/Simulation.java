package com.judgmentday.sim;

import com.badlogic.ashley.core.Engine;
import com.judgmentday.events.EventType;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntityListener;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.T1000Component;
import com.judgmentday.systems.ArrivalSystem;
import com.badlogic.gdx.math.RandomXS128;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Box2D;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.Disposable;
import com.badlogic.gdx.utils.ObjectMap;
import com.badlogic.gdx.utils.IntMap;
import com.badlogic.gdx.utils.GdxNativesLoader;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.content.TuningDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.physics.BodyFactory;
import com.judgmentday.physics.ContactRecorder;
import com.judgmentday.ai.Navigation;
import com.judgmentday.ai.PathPlanner;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.PursuitDef;
import com.judgmentday.stage.Stage;
import com.judgmentday.stage.StageState;

/**
 * The game as a deterministic library: one level, one seed, and {@link #step(ActionSet)} advancing exactly
 * one 1/60 s tick. It owns its ECS engine, Box2D world, random generator, clock and gdx-ai messaging,
 * and knows nothing of graphics, input devices or audio. The window, the headless runner and every test
 * drive this same step.
 */
public final class Simulation implements Disposable {
    public static final int TICKS_PER_SECOND = 60;
    public static final float STEP_SECONDS = 1f / TICKS_PER_SECOND;

    private final LevelDef level;
    private final long seed;
    private final Engine engine = new Engine();
    private final World world;
    private final RandomXS128 random;
    private final TickTimepiece timepiece = new TickTimepiece();
    private final TickMessageDispatcher messages = new TickMessageDispatcher(timepiece);
    private final EventLog events = new EventLog();
    private final RunState state = new RunState();
    private final ContactRecorder contacts = new ContactRecorder();
    private final BodyFactory bodies;
    private final EntityFactory factory;
    /** The character receiving the player's actions (it carries the ControlComponent); see {@link #control}. */
    private Entity controlled;
    private final Entity john;
    private final ImmutableArray<Entity> t1000s;
    private final ImmutableArray<Entity> characters;
    /** Escorts, for a switch of control to hand over (made with the simulation: no family is made mid-step). */
    private final ImmutableArray<Entity> followers;
    private final Navigation navigation;
    /** The T-1000's figures at the run's difficulty. */
    private final PursuitDef pursuit;
    /** Routes over each escort's own body's graph (John's, and any character a beat gives orders), by body. */
    private final ObjectMap<CharacterDef, PathPlanner> escortRoutes;
    /** Builds navigation again when a door opens or a breakable breaks. */
    private final OpeningsFollower openingsFollower;
    private final ActionSet none = new ActionSet();
    /** The level's triggers, beats and objectives, and where they stand. */
    private final Stage stage;

    public Simulation(LevelDef level, TuningDef tuning, long seed) {
        this(level, tuning, seed, null);
    }

    /** A simulation that starts the player (and John beside it) at the named checkpoint; null: the spawn. */
    public Simulation(LevelDef level, TuningDef tuning, long seed, String checkpoint) {
        this(level, tuning, seed, checkpoint, null);
    }

    /** At a checkpoint (null: the spawn) and a difficulty (null: tuning's default: the T-1000's pursuit figures). */
    public Simulation(LevelDef level, TuningDef tuning, long seed, String checkpoint, String difficulty) {
        this(level, tuning, seed, checkpoint, difficulty, null);
    }

    /** As above; {@code cast}: who was controlled when the checkpoint was taken, and where the others stood. */
    public Simulation(LevelDef level, TuningDef tuning, long seed, String checkpoint, String difficulty, CheckpointCast cast) {
        GdxNativesLoader.load();
        Box2D.init();
        this.level = level;
        this.seed = seed;
        this.random = new RandomXS128(seed);
        this.world = new World(new Vector2(0f, tuning.gravity), true);
        // No filter of ours: Box2D's own (the same rule, on the same filter data) then decides in native code, instead
        // of gdx calling back into Java, and looking both fixtures up in a map, for every pair the broad phase finds.
        world.setContactFilter(null);
        world.setContactListener(contacts);
        this.bodies = new BodyFactory(world);
        this.factory = new EntityFactory(engine, bodies, tuning);
        this.pursuit = tuning.pursuit(difficulty);
        this.navigation = level.spawn(SpawnDef.Kind.T1000) == null ? null : Navigation.build(level, tuning, pursuit);
        this.escortRoutes = Navigation.escortWalkers(level, tuning);
        this.stage = new Stage(level, state, events, new IntMap<>(), checkpoint);
        this.openingsFollower = new OpeningsFollower(level, tuning, navigation == null ? null : navigation.planner,
                escortRoutes, engine);
        new SystemOrder(engine, world, random, events, state, contacts, bodies, factory, level, tuning)
                .install(pursuit, navigation, escortRoutes, stage, checkpoint, this::control);
        engine.addEntityListener(Family.all(BodyComponent.class).get(), new EntityListener() {
            @Override
            public void entityAdded(Entity entity) { }

            @Override
            public void entityRemoved(Entity entity) {
                BodyComponent body = Mappers.BODY.get(entity);
                bodies.destroy(body.body);
                // gdx pools Body objects: a stale reference could later point at someone else's body.
                body.body = null;
            }
        });

        LevelPopulator.Cast made = LevelPopulator.populate(level, tuning, factory, checkpoint, stage.objects);
        if (made.t1000HeldBack) {
            state.pursuersDue++;
        }
        controlled = made.player;
        ControlTransfer.takeUp(bodies, controlled);
        john = made.john;
        stage.guard();
        t1000s = engine.getEntitiesFor(Family.all(T1000Component.class).get());
        characters = engine.getEntitiesFor(Family.all(CharacterComponent.class).get());
        followers = engine.getEntitiesFor(Family.all(FollowComponent.class).get());
        events.event(EventType.LEVEL_STARTED).what(level.id).detail(level.id).emit();
        if (t1000s.size() > 0) {
            SpawnDef spawn = level.spawn(SpawnDef.Kind.T1000);
            events.event(EventType.T1000_ARRIVED).who(Mappers.IDENTITY.get(t1000s.first())).what(spawn.look)
                    .at(spawn.x, spawn.y).detail(spawn.look).emit();
        }
        engine.getSystem(ArrivalSystem.class).expect(made.pendingT1000, made.hunted, made.pendingPeople);
        CheckpointStart.apply(level.before, this, events);
        if (checkpoint != null) {
            CheckpointStart.apply(level.checkpoint(checkpoint), this, events);
        }
        if (cast != null) {
            cast.restore(this);
        }
    }

    /** Advances exactly one tick with the player's actions for it. */
    public void step(ActionSet actions) {
        state.tick++;
        events.setTick(state.tick);
        // A beat may take the controls away for a moment: the player's actions wait.
        Mappers.INPUT.get(controlled).current.setAll(stage.state.locked() ? none : actions);
        timepiece.update(STEP_SECONDS);
        messages.update();
        engine.update(STEP_SECONDS);
        openingsFollower.follow(state);
    }

    /**
     * The invulnerability assist: from the next tick, the controlled character and its allies (John) take no
     * damage (see HealthSystem).
     */
    public void setInvulnerable(boolean invulnerable) {
        state.invulnerable = invulnerable;
    }

    public boolean invulnerable() {
        return state.invulnerable;
    }

    /**
     * Beats jump to their end state while this is set (a held key in the window; a flag for the bot and tests):
     * from the next tick, running beats finish at once and let go of the camera and the controls.
     */
    public void setSkippingBeats(boolean skipping) {
        stage.state.skipping = skipping;
    }

    /** Where the level's triggers, beats and objectives stand: the camera framing, the controls lock, the objective on screen. */
    public StageState stage() {
        return stage.state;
    }

    /** The level's objectives (its own, or the defaults when it names none), in the order {@link #stage()} counts them. */
    public com.badlogic.gdx.utils.Array<com.judgmentday.stage.ObjectiveDef> objectives() {
        return stage.objectives;
    }

    /** The exit the controlled character stands in that lets them out now, or null. */
    public String exitReached() {
        return state.exitReached;
    }

    /** T-1000s still to enter (their spawn's delay not up). */
    public int pursuersDue() {
        return state.pursuersDue;
    }

    /** Ticks stepped so far. */
    public long tick() {
        return state.tick;
    }

    public Outcome outcome() {
        return state.outcome;
    }

    /** People and T-1000s whose spawn's delay is not up yet. */
    public int arrivalsDue() {
        return state.arrivalsDue;
    }

    /** The doors opened and breakables broken so far, by map object id, in order. */
    public com.badlogic.gdx.utils.IntArray openings() {
        return state.openings;
    }

    /** Where the exit the level was won by leads (an id or a map's path); empty when it names none. */
    public String nextLevel() {
        return state.next;
    }

    /** Why the run ended, in words for the player ("John caught by the T-1000"); empty while it runs. */
    public String outcomeReason() {
        return state.reason;
    }

    public LevelDef level() {
        return level;
    }

    /** The T-1000's figures at the run's difficulty (what a blow must carry to knock it back, its speeds...). */
    public PursuitDef pursuit() {
        return pursuit;
    }

    public long seed() {
        return seed;
    }

    public Engine engine() {
        return engine;
    }

    public World world() {
        return world;
    }

    /** The one factory of this world's bodies (it knows which are queued for destruction). */
    public BodyFactory bodies() {
        return bodies;
    }

    public EventLog events() {
        return events;
    }

    public TickMessageDispatcher messages() {
        return messages;
    }

    /** The simulation's gdx-ai clock (whole ticks). */
    public TickTimepiece timepiece() {
        return timepiece;
    }

    /** The seeded generator every random decision draws on. */
    RandomXS128 random() {
        return random;
    }

    /** Everyone who died this run, in order. */
    public com.badlogic.gdx.utils.Array<Casualty> casualties() {
        return state.casualties;
    }

    /** The character the player's actions move now (the camera, HUD, sound and checkpoints follow it). */
    public Entity controlled() {
        return controlled;
    }

    /** The character whose report name is {@code name} ("sarah", "t800"), or null: whom a beat switches to. */
    public Entity character(String name) {
        for (int i = 0; i < characters.size(); i++) {
            if (Mappers.IDENTITY.get(characters.get(i)).name.equals(name)) {
                return characters.get(i);
            }
        }
        return null;
    }

    /**
     * Brings a character (a tuning name: "sarah") into the level standing at (x, y), by its def's rules and not
     * controlled (a beat's spawn step; {@link #control} hands it the player's actions).
     */
    public Entity spawnCharacter(String character, float x, float y) {
        return factory.standing(character, x, y);
    }

    /**
     * Moves the player's control to another character from the next tick (a beat's switch-character step): it
     * takes the input and its loadout, escorts follow it, a T-1000 hunting the old one hunts it; emits
     * control.switched. The one left behind stops where it stands.
     */
    public void control(Entity character) {
        if (character == controlled) {
            return;
        }
        Entity previous = controlled;
        ControlTransfer.move(factory, bodies, previous, character, followers, t1000s);
        controlled = character;
        engine.getSystem(ArrivalSystem.class).retarget(previous, character);
        events.event(EventType.CONTROL_SWITCHED).who(Mappers.IDENTITY.get(character)).whom(Mappers.IDENTITY.get(previous))
                .detail("from " + Mappers.IDENTITY.get(previous).name).emit();
    }

    /** The T-1000, or null when the level has none (or it has not entered yet). */
    public Entity t1000() {
        return t1000s.size() == 0 ? null : t1000s.first();
    }

    /** The T-1000's navigation (graph, planner), or null when the level has no T-1000. */
    public Navigation navigation() {
        return navigation;
    }

    /** The planner an escort of that body routes over, or null when nobody of that body is an escort here. */
    public PathPlanner escortRoutes(CharacterDef body) {
        return escortRoutes.get(body);
    }

    /** John, or null when the level has no John. */
    public Entity john() {
        return john;
    }

    @Override
    public void dispose() {
        engine.removeAllEntities();
        bodies.flushDestroyed();
        world.dispose();
    }
}
