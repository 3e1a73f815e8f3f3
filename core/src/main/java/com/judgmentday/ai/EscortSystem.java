package com.judgmentday.ai;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.HazardDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavNode;
import com.judgmentday.sim.RunState;

import java.util.Locale;

/**
 * Escorts go where they want to be by the routes their body can take (walks, jumps, ladders and chains, lifts),
 * over a navigation graph built for that body, so they take the player's way and keep out of molten steel; they
 * wait at the edge of a spill spreading across their floor, and get onto the lift their leader stands on. With no way to their leader they wait where they are
 * (escort.waiting) until there is one.
 */
public final class EscortSystem extends IteratingSystem {
    /** How far ahead of his body an escort keeps from a spill (it may still spread a little), metres. */
    private static final float LOOK_AHEAD = 1.2f;
    /** A spill this close to his feet's height lies on his floor, metres. */
    private static final float FLOOR_TOLERANCE = 0.6f;
    /** How far (in cells) he looks for a cool place beside a leader standing in a glow. */
    private static final int COOL_SEARCH = 80;
    /** Feet this close to a car's top stand on it, metres. */
    private static final float ON_CAR = 0.3f;
    /** The least hurry with which he gets out of a glow. */
    private static final float COOL_OFF_SPEED = 0.6f;
    /** A planner over each escort body's graph (John's, Sarah's), shared with the openings follower. */
    private final ObjectMap<CharacterDef, PathPlanner> planners;
    private final LevelDef level;
    private final TuningDef tuning;
    private final EventLog events;
    private final RunState run;
    private final ObjectMap<Entity, PathFollower> followers = new ObjectMap<>();
    private ImmutableArray<Entity> elevators;
    private ImmutableArray<Entity> spills;

    public EscortSystem(int priority, ObjectMap<CharacterDef, PathPlanner> planners, LevelDef level, TuningDef tuning,
                        EventLog events, RunState run) {
        super(Family.all(FollowComponent.class, RouteComponent.class, CharacterComponent.class, TransformComponent.class,
                MoveIntentComponent.class, BodyComponent.class).get(), priority);
        this.planners = planners;
        this.level = level;
        this.tuning = tuning;
        this.events = events;
        this.run = run;
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        elevators = engine.getEntitiesFor(Family.all(ElevatorComponent.class).get());
        spills = engine.getEntitiesFor(Family.all(HazardComponent.class, ZoneComponent.class).get());
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        FollowComponent follow = Mappers.FOLLOW.get(entity);
        RouteComponent route = Mappers.ROUTE.get(entity);
        CharacterComponent body = Mappers.CHARACTER.get(entity);
        TransformComponent at = Mappers.TRANSFORM.get(entity);
        MoveIntentComponent intent = Mappers.INTENT.get(entity);
        intent.moveX = 0f;
        intent.moveY = 0f;
        intent.jump = false;
        float feet = at.y - body.height / 2f;
        NavGraph graph = follower(entity, follow, body).graph();
        int here = graph.nearest(at.x, feet);
        boolean hot = here >= 0 && graph.node(here).heat() >= 0;
        Entity leaderCar = carUnder(follow.leader);
        boolean boarding = leaderCar != null && carUnder(entity) != leaderCar;
        if (follow.urgency <= 0f && !hot && !boarding) {
            route.path.clear();
            route.replanTicks = 0;
            follow.waiting = false;
            return;
        }
        // He never waits where the glow of fire or molten steel would cook him: beside a leader standing in it, he
        // goes to the nearest cool place instead.
        float goalX = follow.goalX;
        float goalFeet = follow.goalFeet;
        float speed = follow.urgency;
        if (boarding) {
            // The leader is on a lift: he gets on it too rather than be left below.
            TransformComponent car = Mappers.TRANSFORM.get(leaderCar);
            ElevatorComponent lift = Mappers.ELEVATOR.get(leaderCar);
            goalX = car.x;
            goalFeet = car.y + lift.height / 2f;
            speed = 1f;
        }
        int goal = graph.nearest(goalX, goalFeet);
        if (goal >= 0 && graph.node(goal).heat() >= 0) {
            int cool = coolNear(graph, goal);
            if (cool >= 0) {
                goalX = graph.node(cool).x;
                goalFeet = graph.node(cool).y;
            }
        }
        boolean there = follower(entity, follow, body).travel(route, body, at, intent, goalX, goalFeet,
                hot ? Math.max(speed, COOL_OFF_SPEED) : speed, run.tick, Mappers.IDENTITY.get(entity));
        if (there && !hot) {
            intent.moveX = 0f;
        }
        float out = spillUnderfoot(at, body);
        if (out != 0f) {
            // A spill spread under him: he steps out by its nearer edge.
            intent.moveX = out;
            intent.jump = false;
        } else if (!intent.jump && intent.moveX != 0f && spillAhead(at, body, intent.moveX)) {
            // A spill he can see across the floor: he waits at its edge (a leap over it is still taken).
            intent.moveX = 0f;
        }
        boolean waiting = route.noWay && route.path.isEmpty();
        if (waiting && !follow.waiting) {
            events.event(EventType.ESCORT_WAITING).who(Mappers.IDENTITY.get(entity)).at(at.x, at.y)
                    .detail(String.format(Locale.ROOT, "no way to %.1f,%.1f; waiting at %.1f,%.1f",
                            follow.goalX, follow.goalFeet, at.x, at.y - body.height / 2f)).emit();
        }
        follow.waiting = waiting;
    }

    /**
     * Liquid spreading over the floor just ahead (a nitrogen spill, an overflow of molten steel), which the
     * navigation graph can't know of: it runs and sets while the level plays.
     */
    private boolean spillAhead(TransformComponent at, CharacterComponent body, float moveX) {
        float feet = at.y - body.height / 2f;
        float front = at.x + Math.signum(moveX) * (body.def.width / 2f + LOOK_AHEAD);
        float back = at.x - Math.signum(moveX) * body.def.width / 2f;
        float left = Math.min(front, back);
        float right = Math.max(front, back);
        for (int i = 0; i < spills.size(); i++) {
            Entity entity = spills.get(i);
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            ZoneComponent zone = Mappers.ZONE.get(entity);
            boolean inIt = at.x + body.def.width / 2f > zone.x && at.x - body.def.width / 2f < zone.x + zone.width;
            if (spreads(hazard) && zone.width > 0f && !inIt && right > zone.x && left < zone.x + zone.width
                    && Math.abs(zone.y - feet) < FLOOR_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** The lift car the body stands on, or null. */
    private Entity carUnder(Entity who) {
        TransformComponent at = who == null ? null : Mappers.TRANSFORM.get(who);
        CharacterComponent body = who == null ? null : Mappers.CHARACTER.get(who);
        if (at == null || body == null) {
            return null;
        }
        float feet = at.y - body.height / 2f;
        for (int i = 0; i < elevators.size(); i++) {
            Entity car = elevators.get(i);
            TransformComponent where = Mappers.TRANSFORM.get(car);
            ElevatorComponent lift = Mappers.ELEVATOR.get(car);
            if (Math.abs(at.x - where.x) < lift.width / 2f && Math.abs(feet - (where.y + lift.height / 2f)) < ON_CAR) {
                return car;
            }
        }
        return null;
    }

    /** The nearest place to a node where lingering doesn't burn (on its floor, then a step up or down), or -1. */
    private static int coolNear(NavGraph graph, int index) {
        NavNode node = graph.node(index);
        for (int dx = 0; dx <= COOL_SEARCH; dx++) {
            for (int dy = 0; dy <= 2; dy++) {
                for (int sign = 1; sign >= -1; sign -= 2) {
                    for (int up = 1; up >= -1; up -= 2) {
                        int at = graph.nodeAt(node.cellX + sign * dx, node.cellY + up * dy);
                        if (at >= 0 && graph.node(at).heat() < 0 && graph.node(at).fire() < 0) {
                            return at;
                        }
                    }
                }
            }
        }
        return -1;
    }

    /** Standing in a spill on his floor: the way out by its nearer edge (-1 or 1); otherwise 0. */
    private float spillUnderfoot(TransformComponent at, CharacterComponent body) {
        float feet = at.y - body.height / 2f;
        for (int i = 0; i < spills.size(); i++) {
            Entity entity = spills.get(i);
            ZoneComponent zone = Mappers.ZONE.get(entity);
            if (spreads(Mappers.HAZARD.get(entity)) && zone.width > 0f && at.x > zone.x && at.x < zone.x + zone.width
                    && Math.abs(zone.y - feet) < FLOOR_TOLERANCE) {
                return at.x - zone.x < zone.x + zone.width - at.x ? -1f : 1f;
            }
        }
        return 0f;
    }

    private static boolean spreads(HazardComponent hazard) {
        return hazard.kind == HazardDef.Kind.NITROGEN || hazard.litres > 0f;
    }

    private PathFollower follower(Entity entity, FollowComponent follow, CharacterComponent body) {
        PathFollower follower = followers.get(entity);
        if (follower == null) {
            BodySteerable self = new BodySteerable(Mappers.BODY.get(entity).body, body.def.runSpeed, body.def.groundAccel,
                    body.def.width / 2f);
            PathPlanner planner = planners.get(body.def);
            if (planner == null) {
                // Navigation.escortWalkers built one for each body the level's steps give orders; a body none named
                // (an escort handed over by a later control step) gets its graph now, once.
                planner = Navigation.walker(level, body.def, tuning);
                planners.put(body.def, planner);
            }
            follower = new PathFollower(planner, self, events, elevators, follow.def.route, EventType.ESCORT_STUCK);
            followers.put(entity, follower);
        }
        return follower;
    }
}
