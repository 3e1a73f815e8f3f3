package com.judgmentday.bot;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.utils.IntArray;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.ai.BodySteerable;
import com.judgmentday.ai.PathFollower;
import com.judgmentday.ai.PathPlanner;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.RouteDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.SolidDef;
import com.judgmentday.nav.NavGraphBuilder;
import com.judgmentday.sim.Simulation;

/**
 * Walks the bot over the navigation graph built for the body it plays (the validator's and John's model of where a
 * body can go), with the route keeping of the game's own agents ({@link PathFollower}: re-plans, gives up an edge that
 * makes no progress), and turns the analogue wish into the keys a player holds: Left, Right or neither, whichever
 * brings the speed nearest the one wanted this tick; Up and Down on ladders; Jump as a fresh press.
 */
final class Legs {
    private final Simulation simulation;
    private final TuningDef tuning;
    private final RouteDef figures;
    private final RouteComponent route = new RouteComponent();
    private final MoveIntentComponent intent = new MoveIntentComponent();
    /** The bot's own notes (edges given up); never the game's event log, which the report and triggers read. */
    private final EventLog notes = new EventLog(16);
    private final IntArray openings = new IntArray();
    /** The level's lifts, in level order (graph nodes name them by index). */
    private final ImmutableArray<Entity> lifts;
    /** A way of walking for each body the bot may be handed, made as it starts: a graph and A*'s records are no tick's work. */
    private final ObjectMap<CharacterDef, Walker> walkers = new ObjectMap<>();
    private CharacterDef builtFor;
    private PathPlanner planner;
    private PathFollower follower;
    private BodySteerable self;
    private boolean jumpHeld;
    private int givenUp;
    private long buildNanos;

    Legs(Simulation simulation, TuningDef tuning, RouteDef figures) {
        this.simulation = simulation;
        this.tuning = tuning;
        this.figures = figures;
        this.lifts = simulation.engine().getEntitiesFor(Family.all(ElevatorComponent.class).get());
        for (SolidDef solid : simulation.level().solids) {
            if (solid.door || solid.breakable) {
                openings.add(solid.objectId);
            }
        }
        long start = System.nanoTime();
        for (Entity character : simulation.engine().getEntitiesFor(Family.all(CharacterComponent.class).get())) {
            CharacterDef body = Mappers.CHARACTER.get(character).def;
            if (body.playable && !walkers.containsKey(body)) {
                walkers.put(body, new Walker(body, character));
            }
        }
        buildNanos += System.nanoTime() - start;
    }

    /**
     * How one body walks: its planner over the graph built for it, hopeful (every door and breakable counted open, as a
     * player heads for the way out expecting to open the door, the key on the way, or shoot the window; the bot meets
     * them when it gets there), its steering and its route keeping.
     */
    private final class Walker {
        final PathPlanner planner;
        final BodySteerable self;
        final PathFollower follower;

        Walker(CharacterDef body, Entity entity) {
            planner = new PathPlanner(NavGraphBuilder.build(simulation.level(), body, tuning, false, openings),
                    Math.max(body.runSpeed, body.jumpSpeed));
            self = new BodySteerable(Mappers.BODY.get(entity).body, body.runSpeed, body.groundAccel, body.width / 2f);
            follower = new PathFollower(planner, self, notes, lifts, figures, EventType.ESCORT_STUCK);
        }
    }

    /**
     * One tick toward (x, feetY): the keys go into {@code out}; true once there. The graph is built for the body played
     * (again when a beat hands the bot another character).
     */
    boolean go(BotView view, float x, float feetY, long tick, ActionSet out) {
        prepare(view);
        intent.clear();
        boolean there = follower.travel(route, view.body, view.at, intent, x, feetY, 1f, tick, Mappers.IDENTITY.get(view.me));
        if (notes.events().size > 0) {
            givenUp += notes.events().size;
            notes.clear();
        }
        keys(view, out);
        return there;
    }

    /** Stands still (brakes on the ground, hangs on a ladder) and forgets the route. */
    void hold(BotView view, ActionSet out) {
        intent.clear();
        route.path.clear();
        route.replanTicks = 0;
        keys(view, out);
    }

    /** Jumps now, with the direction held (a fresh press, as {@link #go} makes). */
    void hop(ActionSet out) {
        boolean jump = !jumpHeld;
        out.set(Action.JUMP, jump);
        jumpHeld = jump;
    }

    /** Whether the next move of the route boards a lift (the bot waits for its escort first). */
    boolean boardingLift(BotView view) {
        if (planner == null || route.pathIndex >= route.path.size) {
            return false;
        }
        int next = route.path.get(route.pathIndex);
        return planner.graph().node(next).elevator() >= 0 && !onLift(view);
    }

    /** The route's planner (for tests and the report), or null before the first move. */
    PathPlanner planner() {
        return planner;
    }

    /** Time spent building graphs so far, nanoseconds. */
    long buildNanos() {
        return buildNanos;
    }

    /** Edges given up so far. */
    int givenUp() {
        return givenUp;
    }

    private boolean onLift(BotView view) {
        for (int i = 0; i < lifts.size(); i++) {
            ElevatorComponent car = Mappers.ELEVATOR.get(lifts.get(i));
            com.judgmentday.components.TransformComponent where = Mappers.TRANSFORM.get(lifts.get(i));
            if (Math.abs(view.at.x - where.x) < car.width / 2f && Math.abs(view.feet() - (where.y + car.height / 2f)) < 0.3f) {
                return true;
            }
        }
        return false;
    }

    /** The planner and the steering for the body played, made again when a beat hands the bot another character. */
    private void prepare(BotView view) {
        CharacterDef body = view.body.def;
        if (planner == null || body != builtFor) {
            long start = System.nanoTime();
            builtFor = body;
            Walker walker = walkers.get(body);
            if (walker == null) {
                walker = new Walker(body, view.me);
                walkers.put(body, walker);
            }
            planner = walker.planner;
            self = walker.self;
            follower = walker.follower;
            route.path.clear();
            route.replanTicks = 0;
            buildNanos += System.nanoTime() - start;
        }
        self.setBody(Mappers.BODY.get(view.me).body);
    }

    /** The wish as keys: the horizontal key whose effect this tick lands nearest the speed wanted. */
    private void keys(BotView view, ActionSet out) {
        CharacterComponent body = view.body;
        float vx = view.velocity.x;
        if (body.climbing) {
            press(out, Math.abs(intent.moveX) > 0.3f ? Math.signum(intent.moveX) : 0f);
        } else {
            boolean grounded = view.grounded();
            float top = body.def.runSpeed * body.speedScale;
            float ground = grounded ? body.groundSpeed : 0f;
            float wanted = MathUtils.clamp(intent.moveX, -1f, 1f) * top + ground;
            float change = (grounded ? body.def.groundAccel : body.def.airAccel) * Simulation.STEP_SECONDS;
            float best = Float.MAX_VALUE;
            float key = 0f;
            for (int k = 0; k >= -1 && k <= 1; k = k == 0 ? 1 : k == 1 ? -1 : 2) {
                float target = k * top + ground;
                boolean steers = k != 0 || grounded;
                float next = steers ? vx + MathUtils.clamp(target - vx, -change, change) : vx;
                float miss = Math.abs(next - wanted);
                if (miss < best - 1e-4f) {
                    best = miss;
                    key = k;
                }
            }
            press(out, key);
        }
        if (intent.moveY > 0.3f) {
            out.add(Action.UP);
        } else if (intent.moveY < -0.3f) {
            out.add(Action.DOWN);
        }
        // A jump is a press: held from last tick it would not jump again, so let go for a tick first.
        boolean jump = intent.jump && !jumpHeld;
        out.set(Action.JUMP, jump);
        jumpHeld = jump;
    }

    private static void press(ActionSet out, float key) {
        if (key > 0f) {
            out.add(Action.RIGHT);
        } else if (key < 0f) {
            out.add(Action.LEFT);
        }
    }
}
