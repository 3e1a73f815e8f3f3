package com.judgmentday.ai;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.ai.btree.BehaviorTree;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.ai.people.PersonBrain;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MeleeComponent;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.PursuitDef;
import com.judgmentday.content.RoleDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.PersonDef;
import com.judgmentday.sim.EntityFactory;

/**
 * Makes an agent's mind the first tick it thinks: its brain (the blackboard: the T-1000's or a person's) and a clone of
 * its tree from the run's library, each tree read as the level is set up. People route over their own body's graph,
 * built by the first of that body to need it.
 */
public final class Minds {
    private final LevelDef level;
    private final TuningDef tuning;
    private final PursuitDef pursuit;
    /** The T-1000's planner; null in a level built without one (nothing then thinks for a T-1000). */
    private final PathPlanner hunterPlanner;
    private final ObjectMap<CharacterDef, PathPlanner> planners;
    private final TreeLibrary library;
    private final World world;
    private final EventLog events;
    private final Senses senses;
    private final ImmutableArray<Entity> people;
    private final ImmutableArray<Entity> elevators;
    /** Makes an armed role's weapons, as it makes anyone's. */
    private final EntityFactory factory;

    public Minds(Engine engine, LevelDef level, TuningDef tuning, PursuitDef pursuit, PathPlanner hunterPlanner,
                 ObjectMap<CharacterDef, PathPlanner> planners, TreeLibrary library, World world, EventLog events,
                 Senses senses, EntityFactory factory) {
        this.level = level;
        this.tuning = tuning;
        this.pursuit = pursuit;
        this.hunterPlanner = hunterPlanner;
        this.planners = planners;
        this.library = library;
        this.world = world;
        this.events = events;
        this.senses = senses;
        this.factory = factory;
        this.people = engine.getEntitiesFor(Family.all(PersonComponent.class).get());
        this.elevators = engine.getEntitiesFor(Family.all(ElevatorComponent.class).get());
        if (hunterPlanner != null) {
            library.prepare(Navigation.TREE);
        }
        for (PersonDef person : level.people) {
            RoleDef role = tuning.roles.get(person.role);
            if (role != null) {
                library.prepare(role.tree);
            }
        }
    }

    /** The entity's tree, its brain the tree's object; null when nothing thinks for it. */
    BehaviorTree<? extends AgentBrain> create(Entity entity) {
        if (Mappers.T1000.has(entity)) {
            if (hunterPlanner == null || !Mappers.LIQUID.has(entity) || !Mappers.APPEARANCE.has(entity)) {
                return null;
            }
            hunterPlanner.fit(Mappers.ROUTE.get(entity));
            return library.createBehaviorTree(Navigation.TREE, new T1000Brain(entity, pursuit, hunterPlanner, world,
                    events, people, elevators, level.lines));
        }
        RoleDef role = tuning.roles.get(Mappers.PERSON.get(entity).role);
        if (role == null || !Mappers.ROUTE.has(entity)) {
            return null;
        }
        CharacterComponent body = Mappers.CHARACTER.get(entity);
        PathPlanner planner = planners.get(body.def);
        if (planner == null) {
            // The first person of this body to act builds its graph (the level's cache keeps it for later runs).
            planner = Navigation.walker(level, body.def, tuning);
            planners.put(body.def, planner);
        }
        planner.fit(Mappers.ROUTE.get(entity));
        BodySteerable self = new BodySteerable(Mappers.BODY.get(entity).body, body.def.runSpeed, body.def.groundAccel,
                body.def.width / 2f);
        PathFollower follower = new PathFollower(planner, self, events, elevators, tuning.follow.route, EventType.PERSON_STUCK,
                role.thinkTicks);
        if (role.loadout.size > 0 && !Mappers.WEAPON.has(entity)) {
            // An armed role carries its weapons from the first tick it acts.
            entity.add(factory.loadout(role.loadout));
        }
        if (role.melee != null && !Mappers.MELEE.has(entity)) {
            // A role's blow (a guard's baton), struck through the same system as anyone's.
            entity.add(new MeleeComponent(role.melee));
        }
        return library.createBehaviorTree(role.tree, new PersonBrain(entity, follower, role, level.width, world, events,
                senses, level.covers, people));
    }
}
