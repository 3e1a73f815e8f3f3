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
    private float goalX;
    private float goalY;

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
        boolean moved = Math.abs(x - goalX) + Math.abs(feetY - goalY) > pursuit.replanDistance;
        if (mind.path.isEmpty() || mind.pathIndex >= mind.path.size || (mind.replanTicks <= 0 && moved)) {
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
        goalX = x;
        goalY = feetY;
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
                if (grounded || body.climbing) {
                    intent.jump = Math.abs(at.x - edge.from.x) < 0.4f;
                    intent.moveX = intent.jump ? edge.vx / body.def.runSpeed : Math.signum(edge.from.x - at.x) * speed;
                } else {
                    intent.moveX = Math.signum(next.x - at.x) * Math.max(Math.abs(edge.vx) / body.def.runSpeed, 0.3f);
                }
                break;
            case DROP:
                intent.moveX = Math.signum(next.x - at.x) * Math.max(Math.abs(edge.vx) / body.def.runSpeed, 0.3f);
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
            graph.ban(edge, tick + Math.round(pursuit.banSeconds * 60f));
            events.emit(EventType.T1000_STUCK, name, "gave up the " + edge.kind.name().toLowerCase() + " at "
                    + Math.round(edge.from.x) + "," + Math.round(edge.from.y) + "; trying another route");
        }
        mind.path.clear();
        mind.stuckTicks = 0;
    }
}
