package com.judgmentday.ai;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.ai.steer.SteeringAcceleration;
import com.badlogic.gdx.ai.steer.behaviors.Arrive;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.Vector2;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.RouteDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.nav.NavEdge;
import com.judgmentday.nav.NavEdgeKind;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavNode;
import com.judgmentday.nav.TerrainGrid;
import com.judgmentday.sim.Simulation;

/**
 * Moves a body along a planned route by writing its intent: gdx-ai Arrive steering along walks and pours,
 * the take-off speed of a jump or drop, Up and Down on climbs, waiting for and riding lifts. Re-plans on a rhythm
 * or when the goal has moved, and gives up a route (banning the edge for a while) when it makes no progress. Any
 * agent can use one: the T-1000 hunting, John following.
 */
public final class PathFollower {
    /** Closer than this horizontally (and vertically) to a waypoint, it is reached, metres. */
    private static final float REACHED_X = 0.3f;
    private static final float REACHED_Y = 0.6f;
    private static final float CLIMB_REACHED_Y = 0.1f;
    /** Feet this close to the car's top stand on it, metres. */
    private static final float ON_CAR = 0.3f;
    /** How far from the shaft it waits for a car, metres. */
    private static final float SHAFT_MARGIN = 0.1f;
    /** A car this close to a stop is there, metres. */
    private static final float CAR_THERE = 0.1f;
    /** Slower than this counts as standing: a standing jump steers in the air, m/s. */
    private static final float STANDING = 0.5f;
    /** How near the take-off node a jump starts, metres. */
    private static final float TAKE_OFF = 0.4f;
    /** Walk waypoints looked ahead along a straight run, so Arrive only slows at the run's end. */
    private static final int LOOK_AHEAD = 12;
    /** Arrive's time to reach the speed it wants, seconds. */
    private static final float ARRIVE_TIME = 0.1f;
    /** Progress smaller than this does not count against being stuck, metres. */
    private static final float PROGRESS = 0.1f;

    private final PathPlanner planner;
    private final BodySteerable self;
    private final Waypoint waypoint = new Waypoint();
    private final Arrive<Vector2> arrive;
    private final SteeringAcceleration<Vector2> steering = new SteeringAcceleration<>(new Vector2());
    private final EventLog events;
    /** The level's elevators, in level order (nodes name them by index). */
    private final ImmutableArray<Entity> elevators;
    private final RouteDef figures;
    /** What it reports when it gives a route up. */
    private final EventType stuck;
    /** Ticks from one call of {@link #travel} to the next while travelling: its agent's thinking step. */
    private final int stepTicks;

    public PathFollower(PathPlanner planner, BodySteerable self, EventLog events, ImmutableArray<Entity> elevators,
                        RouteDef figures, EventType stuck) {
        this(planner, self, events, elevators, figures, stuck, 1);
    }

    /** For an agent that travels every {@code stepTicks} ticks (its tree steps that often): its counts go by ticks. */
    public PathFollower(PathPlanner planner, BodySteerable self, EventLog events, ImmutableArray<Entity> elevators,
                        RouteDef figures, EventType stuck, int stepTicks) {
        this.stepTicks = stepTicks;
        this.elevators = elevators;
        this.figures = figures;
        this.stuck = stuck;
        this.planner = planner;
        this.self = self;
        this.events = events;
        this.arrive = new Arrive<>(self, waypoint).setArrivalTolerance(0.05f).setDecelerationRadius(0.6f)
                .setTimeToTarget(ARRIVE_TIME);
    }

    /** One step of travelling (a tick, or its agent's thinking step) toward (x, feetY) at a fraction of top speed; true once there. */
    public boolean travel(RouteComponent mind, CharacterComponent body, TransformComponent at, MoveIntentComponent intent,
                          float x, float feetY, float speed, long tick, IdentityComponent who) {
        float myFeet = at.y - body.height / 2f;
        if (Math.abs(x - at.x) < REACHED_X && Math.abs(feetY - myFeet) < REACHED_Y) {
            mind.path.clear();
            return true;
        }
        mind.replanTicks -= stepTicks;
        boolean moved = Math.abs(x - mind.plannedX) + Math.abs(feetY - mind.plannedY) > figures.replanDistance;
        boolean footing = body.groundContacts > 0 || body.climbing;
        boolean routeDone = mind.path.isEmpty() || mind.pathIndex >= mind.path.size;
        // Plan from footing only (in mid-air the nearest place is under the jump), and after a failed plan
        // wait the usual rhythm rather than search the whole graph again every tick.
        if (footing && mind.replanTicks <= 0 && (routeDone || moved)) {
            plan(mind, at.x, myFeet, x, feetY, tick);
        }
        if (mind.path.isEmpty()) {
            // No route known: a hunter heads for it anyway and lets stuck detection and replanning find one.
            intent.moveX = figures.pressOn ? Math.signum(x - at.x) * speed : 0f;
            return false;
        }
        advance(mind, at.x, myFeet);
        if (mind.pathIndex >= mind.path.size) {
            intent.moveX = Math.signum(x - at.x) * speed * 0.5f;
            return false;
        }
        NavNode next = planner.graph().node(mind.path.get(mind.pathIndex));
        NavEdge edge = mind.pathIndex > 0 ? planner.graph().edge(mind.path.get(mind.pathIndex - 1), next.index) : null;
        if (edge != null && edge.kind == NavEdgeKind.ELEVATOR) {
            mind.stuckTicks = 0;
            if (onCar(edge.from.elevator(), at.x, myFeet)) {
                // Riding: stand where the route leaves the car until the car reaches that end.
                intent.moveX = MathUtils.clamp((next.x - at.x) * 2f, -0.3f, 0.3f);
            } else {
                waitForCar(edge.from.elevator(), edge.from.stop(), edge.from.x, at.x, myFeet, body, intent);
            }
            return false;
        }
        if (next.carOnly() && !carAt(next.elevator(), next.stop()) && !onCar(next.elevator(), at.x, myFeet)) {
            mind.stuckTicks = 0;
            waitForCar(next.elevator(), next.stop(), next.x, at.x, myFeet, body, intent);
            return false;
        }
        // Flatten to pour through a low gap (under a door), and stay flat until clear of it.
        intent.squeeze = next.squeeze() || (edge != null && edge.from.squeeze());
        steer(body, at, myFeet, intent, next, edge, runEnd(mind), speed);
        checkStuck(mind, at.x, myFeet, next, edge, tick, who);
        return false;
    }

    private void plan(RouteComponent mind, float fromX, float fromFeet, float x, float feetY, long tick) {
        mind.replanTicks = figures.replanTicks;
        mind.plannedX = x;
        mind.plannedY = feetY;
        int from = planner.graph().nearest(fromX, fromFeet);
        mind.goalNode = planner.graph().nearest(x, feetY);
        mind.noWay = !planner.plan(from, mind.goalNode, tick, mind);
        mind.pathIndex = mind.path.size > 1 ? 1 : 0;
        mind.bestDistance = Float.MAX_VALUE;
        mind.stuckTicks = 0;
    }

    /** Skips every waypoint already reached (a rung must be reached exactly: it is where the climb ends). */
    private void advance(RouteComponent mind, float x, float feetY) {
        while (mind.pathIndex < mind.path.size) {
            NavNode node = planner.graph().node(mind.path.get(mind.pathIndex));
            NavEdge into = mind.pathIndex > 0 ? planner.graph().edge(mind.path.get(mind.pathIndex - 1), node.index) : null;
            // A rung, or the far end of a ride, must be reached exactly: the next move starts from there.
            boolean exact = into != null && (into.kind == NavEdgeKind.CLIMB || into.kind == NavEdgeKind.ELEVATOR);
            float reachY = exact ? CLIMB_REACHED_Y : REACHED_Y;
            if (Math.abs(node.x - x) < REACHED_X && Math.abs(node.y - feetY) < reachY) {
                mind.pathIndex++;
                mind.bestDistance = Float.MAX_VALUE;
                mind.stuckTicks = 0;
            } else {
                return;
            }
        }
    }

    /** The last node of the straight walk that starts at the next waypoint. */
    private NavNode runEnd(RouteComponent mind) {
        int end = mind.pathIndex;
        int direction = 0;
        for (int i = mind.pathIndex + 1; i < mind.path.size && i <= mind.pathIndex + LOOK_AHEAD; i++) {
            NavEdge edge = planner.graph().edge(mind.path.get(i - 1), mind.path.get(i));
            int step = Integer.signum(edge.to.cellX - edge.from.cellX);
            if ((edge.kind != NavEdgeKind.WALK && edge.kind != NavEdgeKind.POUR) || (direction != 0 && step != direction)) {
                break;
            }
            direction = step;
            end = i;
        }
        return planner.graph().node(mind.path.get(end));
    }

    private void steer(CharacterComponent body, TransformComponent at, float feetY, MoveIntentComponent intent, NavNode next,
                       NavEdge edge, NavNode walkTo, float speed) {
        if (body.climbing && next.y > feetY + 0.05f) {
            // Still on the ladder below where the route leaves it: keep climbing first.
            intent.moveY = 1f;
        }
        NavEdgeKind kind = edge == null ? NavEdgeKind.WALK : edge.kind;
        boolean grounded = body.groundContacts > 0;
        switch (kind) {
            case JUMP:
                float flown = flownSpeed(body, edge);
                if (grounded || body.climbing) {
                    float vx = self.getLinearVelocity().x;
                    // Take off at the node, and only once already moving the way the jump goes.
                    boolean ready = Math.abs(edge.vx) < 1f || Math.abs(vx) < STANDING || Math.signum(vx) == Math.signum(edge.vx)
                            || body.climbing;
                    intent.jump = ready && Math.abs(at.x - edge.from.x) < TAKE_OFF;
                    intent.moveX = intent.jump || !ready ? flown : Math.signum(edge.from.x - at.x) * speed;
                } else {
                    intent.moveX = flown;
                }
                break;
            case DROP:
                intent.moveX = Math.abs(edge.vx) < 0.5f ? Math.signum(next.x - at.x) * 0.3f : flownSpeed(body, edge);
                break;
            case CLIMB:
                intent.moveY = Math.signum(next.y - feetY);
                intent.moveX = MathUtils.clamp((next.x - at.x) * 2f, -0.5f, 0.5f);
                break;
            default:
                self.setMaxLinearSpeed(body.def.runSpeed * speed);
                waypoint.set(walkTo.x, at.y);
                arrive.calculateSteering(steering);
                // Arrive answers with an acceleration toward the velocity it wants; the intent is that velocity.
                float wanted = self.getLinearVelocity().x + steering.linear.x * ARRIVE_TIME;
                intent.moveX = MathUtils.clamp(wanted / body.def.runSpeed, -speed, speed);
                if (!grounded && !body.climbing && next.y > feetY + 0.3f) {
                    intent.moveX = Math.signum(next.x - at.x) * speed;
                }
                break;
        }
    }

    /** Standing on the car (wherever it is). */
    private boolean onCar(int elevator, float x, float feetY) {
        Entity lift = elevators.get(elevator);
        ElevatorComponent car = Mappers.ELEVATOR.get(lift);
        TransformComponent where = Mappers.TRANSFORM.get(lift);
        return Math.abs(x - where.x) < car.width / 2f && Math.abs(feetY - (where.y + car.height / 2f)) < ON_CAR;
    }

    /**
     * Waits at a landing: boards once the car is there, and otherwise stands clear of the shaft (a car
     * won't come down on anyone).
     */
    private void waitForCar(int elevator, int stop, float boardX, float x, float feetY, CharacterComponent body,
                            MoveIntentComponent intent) {
        if (carAt(elevator, stop)) {
            intent.moveX = MathUtils.clamp((boardX - x) * 2f, -0.5f, 0.5f);
            return;
        }
        ElevatorComponent car = Mappers.ELEVATOR.get(elevators.get(elevator));
        float shaftX = car.path[stop * 2];
        float clear = car.width / 2f + body.def.width / 2f + SHAFT_MARGIN;
        if (Math.abs(x - shaftX) >= clear) {
            return;
        }
        // Step out to whichever side has footing, the nearer first.
        float near = x < shaftX ? -1f : 1f;
        if (standsAt(shaftX + near * clear, feetY)) {
            intent.moveX = near * 0.5f;
        } else if (standsAt(shaftX - near * clear, feetY)) {
            intent.moveX = -near * 0.5f;
        }
    }

    /** Somewhere a body can stand with its centre at x, feet at feetY. */
    private boolean standsAt(float x, float feetY) {
        TerrainGrid grid = planner.graph().grid();
        int column = grid.column(x);
        int row = grid.row(feetY);
        return planner.graph().nodeAt(column, row) >= 0;
    }

    /** The car of an elevator stands at (or within a hair of) one of its stops. */
    private boolean carAt(int elevator, int stop) {
        Entity lift = elevators.get(elevator);
        ElevatorComponent car = Mappers.ELEVATOR.get(lift);
        TransformComponent where = Mappers.TRANSFORM.get(lift);
        return Math.abs(where.x - car.path[stop * 2]) < CAR_THERE
                && Math.abs(where.y - car.height / 2f - car.path[stop * 2 + 1]) < CAR_THERE;
    }

    /** The intent that flies the edge at the speed it was planned at, whatever slows the body now. */
    private static float flownSpeed(CharacterComponent body, NavEdge edge) {
        return MathUtils.clamp(edge.vx / (body.def.runSpeed * body.speedScale), -1f, 1f);
    }

    private void checkStuck(RouteComponent mind, float x, float feetY, NavNode next, NavEdge edge, long tick, IdentityComponent who) {
        float distance = Math.abs(next.x - x) + Math.abs(next.y - feetY);
        if (distance < mind.bestDistance - PROGRESS) {
            mind.bestDistance = distance;
            mind.stuckTicks = 0;
            return;
        }
        mind.stuckTicks += stepTicks;
        if (mind.stuckTicks < figures.stuckTicks) {
            return;
        }
        if (edge != null) {
            PathPlanner.ban(mind, edge, tick, tick + Math.round(figures.banSeconds * Simulation.TICKS_PER_SECOND));
            events.event(stuck).who(who).what(edge.kind.id).at(edge.from.x, edge.from.y).text("gave up the ").text(edge.kind.id)
                    .text(" at ").text(Math.round(edge.from.x)).text(",").text(Math.round(edge.from.y))
                    .text("; trying another route").emit();
        }
        mind.path.clear();
        mind.stuckTicks = 0;
        mind.replanTicks = 0;
    }

    /** The graph it routes over (its planner's, for its body). */
    public NavGraph graph() {
        return planner.graph();
    }
}
