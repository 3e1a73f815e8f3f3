package com.judgmentday.ai.people;

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
import com.judgmentday.ai.BodySteerable;
import com.judgmentday.ai.Hearing;
import com.judgmentday.ai.Sight;
import com.judgmentday.ai.Navigation;
import com.judgmentday.ai.PathFollower;
import com.judgmentday.ai.PathPlanner;
import com.judgmentday.ai.TreeLibrary;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.RoleDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.level.LevelDef;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.CollisionBits;
import com.judgmentday.level.PersonDef;
import com.judgmentday.sim.RunState;
import com.judgmentday.sim.Simulation;

/**
 * Runs the people who act (a role with a tree in tuning.json's roles: civilians) once a tick: each hears the noises
 * of the last tick (a shot, a blast, glass, another's scream) and sees its silent dangers (the T-1000's blade, someone
 * going down) in front of it, and is frightened by them, screaming once a fright,
 * calming after its role's time; then its role's tree, read once a level and cloned for each, decides what it does.
 * Each routes over its own body's graph, which the openings follower rebuilds when a door opens.
 */
public final class PeopleSystem extends IteratingSystem {
    private final LevelDef level;
    private final TuningDef tuning;
    private final ObjectMap<CharacterDef, PathPlanner> planners;
    private final EventLog events;
    private final RunState run;
    private final Hearing hearing;
    private final Sight sight;
    /** Whether the player's gun has a clear line to someone it covers. */
    private final ClosestHit line = new ClosestHit();
    private static final short THROUGH = CollisionBits.BARS | CollisionBits.CHARACTER;
    private final TreeLibrary library;
    private final ObjectMap<Entity, BehaviorTree<PersonBrain>> trees = new ObjectMap<>();
    private ImmutableArray<Entity> characters;
    private ImmutableArray<Entity> elevators;
    private ImmutableArray<Entity> controlled;
    private final World world;
    private final EntityListener listener = new EntityListener() {
        @Override
        public void entityAdded(Entity entity) {
        }

        @Override
        public void entityRemoved(Entity entity) {
            trees.remove(entity);
        }
    };

    public PeopleSystem(int priority, LevelDef level, TuningDef tuning, ObjectMap<CharacterDef, PathPlanner> planners,
                        TreeLibrary library, World world, EventLog events, RunState run) {
        super(Family.all(PersonComponent.class, AwarenessComponent.class, RouteComponent.class, CharacterComponent.class,
                TransformComponent.class, MoveIntentComponent.class, BodyComponent.class).get(), priority);
        this.level = level;
        this.tuning = tuning;
        this.planners = planners;
        this.events = events;
        this.run = run;
        this.hearing = new Hearing(events, world, tuning.hearing);
        this.sight = new Sight(events, world);
        this.world = world;
        this.library = library;
        for (PersonDef person : level.people) {
            // Each tree a person of the level will run is read now, not in the tick it first acts.
            RoleDef role = tuning.roles.get(person.role);
            if (role != null) {
                library.prepare(role.tree);
            }
        }
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        characters = engine.getEntitiesFor(Family.all(CharacterComponent.class, TransformComponent.class,
                IdentityComponent.class).get());
        elevators = engine.getEntitiesFor(Family.all(ElevatorComponent.class).get());
        controlled = engine.getEntitiesFor(Family.all(ControlComponent.class, TransformComponent.class).get());
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
        hearing.listen(characters);
        sight.look(characters);
        super.update(deltaTime);
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        HealthComponent health = Mappers.HEALTH.get(entity);
        if (health != null && health.out()) {
            return;
        }
        RoleDef role = tuning.roles.get(Mappers.PERSON.get(entity).role);
        perceive(entity, role);
        BehaviorTree<PersonBrain> tree = trees.get(entity);
        if (tree == null) {
            tree = brainFor(entity, role);
        }
        tree.getObject().begin(run.tick);
        tree.step();
    }

    /**
     * Its awareness rises with what it hears (by the noise's loudness there; not its own noise) and sees (to full), and
     * decays to calm over its role's calmSeconds; at the role's alarm level it is alarmed, screaming once a fright if
     * its role screams, until it is calm again.
     */
    private void perceive(Entity entity, RoleDef role) {
        AwarenessComponent awareness = Mappers.AWARENESS.get(entity);
        IdentityComponent who = Mappers.IDENTITY.get(entity);
        TransformComponent at = Mappers.TRANSFORM.get(entity);
        awareness.level = Math.max(0f, awareness.level - 1f / Math.max(1f, role.calmSeconds * Simulation.TICKS_PER_SECOND));
        if (awareness.alarmed && awareness.level == 0f) {
            awareness.alarmed = false;
            awareness.screamed = false;
            events.event(EventType.PERSON_CALMED).who(who).at(at.x, at.y).emit();
        }
        Body own = Mappers.BODY.get(entity).body;
        for (int i = 0; i < hearing.count(); i++) {
            float loudness = hearing.source(i) == who.id ? 0f : hearing.loudness(i, own, at.x, at.y);
            if (loudness > 0f) {
                notice(awareness, loudness, hearing.x(i), hearing.y(i));
            }
        }
        int facing = Mappers.CHARACTER.get(entity).facing;
        for (int i = 0; i < sight.count(); i++) {
            if (sight.source(i) != who.id && sight.sees(i, own, at.x, at.y, facing, role.sight)) {
                notice(awareness, 1f, sight.x(i), sight.y(i));
            }
        }
        awareness.alarmed |= awareness.level >= role.alarm;
        if (role.loadout.size > 0 && !Mappers.WEAPON.has(entity) && !awareness.surrendered) {
            // Disarmed: covered by the player's gun, it comes to give up; uncovered, it thinks better of it.
            float step = 1f / Math.max(1f, role.surrenderSeconds * Simulation.TICKS_PER_SECOND);
            boolean covered = covered(own, at, role);
            awareness.surrender = Math.max(0f, Math.min(1f, awareness.surrender + (covered ? step : -step)));
            if (awareness.surrender >= 1f) {
                awareness.surrendered = true;
                events.event(EventType.PERSON_SURRENDERED).who(who).at(at.x, at.y).emit();
            }
        }
        if (awareness.alarmed && !awareness.screamed && role.screams) {
            awareness.screamed = true;
            float feet = at.y - Mappers.CHARACTER.get(entity).height / 2f;
            events.event(EventType.PERSON_SCREAMED).who(who).at(at.x, feet).emit();
        }
    }

    /** The one the player plays faces it with a gun, within the role's range, nothing solid between. */
    private boolean covered(Body own, TransformComponent at, RoleDef role) {
        Entity player = controlled.size() == 0 ? null : controlled.first();
        WeaponComponent gun = player == null ? null : Mappers.WEAPON.get(player);
        if (gun == null || gun.slots.size == 0) {
            return false;
        }
        TransformComponent there = Mappers.TRANSFORM.get(player);
        float dx = at.x - there.x;
        float dy = at.y - there.y;
        return dx * Mappers.CHARACTER.get(player).facing > 0f && dx * dx + dy * dy <= role.range * role.range
                && !line.cast(world, own, THROUGH, at.x, at.y, there.x, there.y);
    }

    private static void notice(AwarenessComponent awareness, float how, float x, float y) {
        awareness.level = Math.min(1f, awareness.level + how);
        awareness.dangerX = x;
        awareness.dangerY = y;
    }

    private BehaviorTree<PersonBrain> brainFor(Entity entity, RoleDef role) {
        CharacterComponent body = Mappers.CHARACTER.get(entity);
        PathPlanner planner = planners.get(body.def);
        if (planner == null) {
            // The first person of this body to act builds its graph (the level's cache keeps it for later runs).
            planner = Navigation.walker(level, body.def, tuning);
            planners.put(body.def, planner);
        }
        BodySteerable self = new BodySteerable(Mappers.BODY.get(entity).body, body.def.runSpeed, body.def.groundAccel,
                body.def.width / 2f);
        PathFollower follower = new PathFollower(planner, self, events, elevators, tuning.follow.route, EventType.PERSON_STUCK);
        if (role.loadout.size > 0 && !Mappers.WEAPON.has(entity)) {
            // An armed role carries its weapons from the first tick it acts.
            WeaponComponent weapons = new WeaponComponent();
            for (String name : role.loadout) {
                weapons.slots.add(new WeaponSlot(tuning.weapon(name)));
            }
            entity.add(weapons);
        }
        BehaviorTree<PersonBrain> tree = library.createBehaviorTree(role.tree, new PersonBrain(entity, follower, role,
                level.width, world, controlled));
        trees.put(entity, tree);
        return tree;
    }
}
