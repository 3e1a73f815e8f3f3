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
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.RunState;

import java.util.Locale;

/**
 * Escorts go where they want to be by the routes their body can take (walks, jumps, ladders and chains, lifts),
 * over a navigation graph built for that body, so they take the player's way and keep out of molten steel. With
 * no way to their leader they wait where they are (escort.waiting) until there is one.
 */
public final class EscortSystem extends IteratingSystem {
    private final PathPlanner planner;
    private final EventLog events;
    private final RunState run;
    private final ObjectMap<Entity, PathFollower> followers = new ObjectMap<>();
    private ImmutableArray<Entity> elevators;

    public EscortSystem(int priority, PathPlanner planner, EventLog events, RunState run) {
        super(Family.all(FollowComponent.class, RouteComponent.class, CharacterComponent.class, TransformComponent.class,
                MoveIntentComponent.class, BodyComponent.class).get(), priority);
        this.planner = planner;
        this.events = events;
        this.run = run;
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        elevators = engine.getEntitiesFor(Family.all(ElevatorComponent.class).get());
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
        if (follow.urgency <= 0f) {
            route.path.clear();
            route.replanTicks = 0;
            return;
        }
        String name = Mappers.IDENTITY.get(entity).name;
        follower(entity, follow, body).travel(route, body, at, intent, follow.goalX, follow.goalFeet, follow.urgency, run.tick,
                name);
        boolean waiting = route.noWay && route.path.isEmpty();
        if (waiting && !follow.waiting) {
            events.emit(EventType.ESCORT_WAITING, name, String.format(Locale.ROOT, "no way to %.1f,%.1f; waiting at %.1f,%.1f",
                    follow.goalX, follow.goalFeet, at.x, at.y - body.height / 2f), at.x, at.y);
        }
        follow.waiting = waiting;
    }

    private PathFollower follower(Entity entity, FollowComponent follow, CharacterComponent body) {
        PathFollower follower = followers.get(entity);
        if (follower == null) {
            BodySteerable self = new BodySteerable(Mappers.BODY.get(entity).body, body.def.runSpeed, body.def.groundAccel,
                    body.def.width / 2f);
            follower = new PathFollower(planner, self, events, elevators, follow.def.route, EventType.ESCORT_STUCK);
            followers.put(entity, follower);
        }
        return follower;
    }
}
