package com.judgmentday.ai;

import com.badlogic.gdx.ai.steer.SteeringAcceleration;
import com.badlogic.gdx.ai.steer.behaviors.Arrive;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.Vector2;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.PursuitDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Simulation;

import java.util.Locale;

/**
 * Moves a body along a planned route by writing its intent: gdx-ai Arrive steering along walks and pours,
 * the take-off speed of a jump or drop, Up and Down on climbs. Re-plans on a rhythm or when the goal has
 * moved, and gives up a route (banning the edge for a while) when it makes no progress.
 */
final class PathFollower {
    /** Closer than this horizontally (and vertically) to a waypoint, it is reached, metres. */
    private static final float REACHED_X = 0.3f;
    private static final float REACHED_Y = 0.6f;
    private static final float CLIMB_REACHED_Y = 0.1f;
    /** How near the take-off node a jump starts, metres. */
    private static final float TAKE_OFF = 0.4f;
    /** Walk waypoints looked ahead along a straight run, so Arrive only slows at the run's end. */
    private static final int LOOK_AHEAD = 12;
    /** Arrive's time to reach the speed it wants, seconds. */
    private static final float ARRIVE_TIME = 0.1f;
    /** Progress smaller than this does not count against being stuck, metres. */
    private static final float PROGRESS = 0.1f;

    private final PathPlanner planner;
    private final NavGraph graph;
    private final BodySteerable self;
    private final Waypoint waypoint = new Waypoint();
    private final Arrive<Vector2> arrive;
    private final SteeringAcceleration<Vector2> steering = new SteeringAcceleration<>(new Vector2());
    private final EventLog events;

    PathFollower(PathPlanner planner, BodySteerable self, EventLog events) {
        this.planner = planner;
        this.graph = planner.graph();
        this.self = self;
        this.events = events;
        this.arrive = new Arrive<>(self, waypoint).setArrivalTolerance(0.05f).setDecelerationRadius(0.6f)
                .setTimeToTarget(ARRIVE_TIME);
    }

    /** One tick of travelling toward (x, feetY) at a fraction of top speed; true once there. */
    boolean travel(T1000Component mind, CharacterComponent body, TransformComponent at, MoveIntentComponent intent,
                   float x, float feetY, float speed, PursuitDef pursuit, long tick, String name) {
        float myFeet = at.y - body.def.height / 2f;
        if (Math.abs(x - at.x) < REACHED_X && Math.abs(feetY - myFeet) < REACHED_Y) {
            mind.path.clear();
            return true;
        }
        mind.replanTicks--;
        boolean moved = Math.abs(x - mind.plannedX) + Math.abs(feetY - mind.plannedY) > pursuit.replanDistance;
        boolean footing = body.groundContacts > 0 || body.climbing;
        boolean routeDone = mind.path.isEmpty() || mind.pathIndex >= mind.path.size;
        // Plan from footing only (in mid-air the nearest place is under the jump), and after a failed plan
        // wait the usual rhythm rather than search the whole graph again every tick.
        if (footing && mind.replanTicks <= 0 && (routeDone || moved)) {
            plan(mind, at.x, myFeet, x, feetY, tick, pursuit);
        }
        if (mind.path.isEmpty()) {
            // No route known: head for it anyway and let stuck detection and replanning find one.
            intent.moveX = Math.signum(x - at.x) * speed;
            return false;
        }
        advance(mind, at.x, myFeet);
        if (mind.pathIndex >= mind.path.size) {
            intent.moveX = Math.signum(x - at.x) * speed * 0.5f;
            return false;
        }
        NavNode next = graph.node(mind.path.get(mind.pathIndex));
        NavEdge edge = mind.pathIndex > 0 ? graph.edge(mind.path.get(mind.pathIndex - 1), next.index) : null;
        steer(body, at, myFeet, intent, next, edge, runEnd(mind), speed);
        checkStuck(mind, at.x, myFeet, next, edge, tick, pursuit, name);
        return false;
    }

    private void plan(T1000Component mind, float fromX, float fromFeet, float x, float feetY, long tick, PursuitDef pursuit) {
        mind.replanTicks = pursuit.replanTicks;
        mind.plannedX = x;
        mind.plannedY = feetY;
        int from = graph.nearest(fromX, fromFeet);
        mind.goalNode = graph.nearest(x, feetY);
        planner.plan(from, mind.goalNode, tick, mind.path);
        mind.pathIndex = mind.path.size > 1 ? 1 : 0;
        mind.bestDistance = Float.MAX_VALUE;
        mind.stuckTicks = 0;
    }

    /** Skips every waypoint already reached (a rung must be reached exactly: it is where the climb ends). */
    private void advance(T1000Component mind, float x, float feetY) {
        while (mind.pathIndex < mind.path.size) {
            NavNode node = graph.node(mind.path.get(mind.pathIndex));
            NavEdge into = mind.pathIndex > 0 ? graph.edge(mind.path.get(mind.pathIndex - 1), node.index) : null;
            float reachY = into != null && into.kind == NavEdgeKind.CLIMB ? CLIMB_REACHED_Y : REACHED_Y;
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
    private NavNode runEnd(T1000Component mind) {
        int end = mind.pathIndex;
        int direction = 0;
        for (int i = mind.pathIndex + 1; i < mind.path.size && i <= mind.pathIndex + LOOK_AHEAD; i++) {
            NavEdge edge = graph.edge(mind.path.get(i - 1), mind.path.get(i));
            int step = Integer.signum(edge.to.cellX - edge.from.cellX);
            if ((edge.kind != NavEdgeKind.WALK && edge.kind != NavEdgeKind.POUR) || (direction != 0 && step != direction)) {
                break;
            }
            direction = step;
            end = i;
        }
        return graph.node(mind.path.get(end));
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
                    boolean ready = Math.abs(edge.vx) < 1f || Math.signum(vx) == Math.signum(edge.vx) || body.climbing;
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

    /** The intent that flies the edge at the speed it was planned at, whatever slows the body now. */
    private static float flownSpeed(CharacterComponent body, NavEdge edge) {
        return MathUtils.clamp(edge.vx / (body.def.runSpeed * body.speedScale), -1f, 1f);
    }

    private void checkStuck(T1000Component mind, float x, float feetY, NavNode next, NavEdge edge, long tick,
                            PursuitDef pursuit, String name) {
        float distance = Math.abs(next.x - x) + Math.abs(next.y - feetY);
        if (distance < mind.bestDistance - PROGRESS) {
            mind.bestDistance = distance;
            mind.stuckTicks = 0;
            return;
        }
        if (++mind.stuckTicks < pursuit.stuckTicks) {
            return;
        }
        if (edge != null) {
            graph.ban(edge, tick + Math.round(pursuit.banSeconds * Simulation.TICKS_PER_SECOND));
            events.emit(EventType.T1000_STUCK, name, "gave up the " + edge.kind.name().toLowerCase(Locale.ROOT) + " at "
                    + Math.round(edge.from.x) + "," + Math.round(edge.from.y) + "; trying another route");
        }
        mind.path.clear();
        mind.stuckTicks = 0;
        mind.replanTicks = 0;
    }
}
