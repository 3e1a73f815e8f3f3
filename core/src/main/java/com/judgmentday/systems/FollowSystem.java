package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.FollowDef;

/**
 * Escorts decide whether to catch up with their leader: stay put when close on the same floor, walk when a
 * little behind, run when far; one a beat sent to hide heads for its hiding place instead and stays there. Where
 * they go and how (walks, jumps, ladders, lifts) is their route's business.
 */
public final class FollowSystem extends IteratingSystem {
    /** Within this of the hiding place's centre, across, it is there. */
    private static final float HIDE_REACH = 0.4f;

    public FollowSystem(int priority) {
        super(Family.all(FollowComponent.class, TransformComponent.class, CharacterComponent.class).get(), priority);
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        FollowComponent follow = Mappers.FOLLOW.get(entity);
        follow.urgency = 0f;
        if (follow.hiding) {
            hide(entity, follow);
            return;
        }
        TransformComponent leader = follow.leader == null ? null : Mappers.TRANSFORM.get(follow.leader);
        if (leader == null) {
            if (follow.toPlace) {
                toPlace(entity, follow);
            }
            return;
        }
        FollowDef def = follow.def;
        TransformComponent self = Mappers.TRANSFORM.get(entity);
        CharacterComponent leaderBody = Mappers.CHARACTER.get(follow.leader);
        follow.goalX = leader.x;
        follow.goalFeet = leader.y - (leaderBody == null ? 0f : leaderBody.height / 2f);
        float myFeet = self.y - Mappers.CHARACTER.get(entity).height / 2f;
        float across = Math.abs(leader.x - self.x);
        float rise = Math.abs(follow.goalFeet - myFeet);
        if (across <= def.distance && rise < def.sameFloor) {
            return;
        }
        float behind = across + (rise < def.sameFloor ? 0f : rise);
        float beyond = Math.max(0f, behind - def.distance) / (def.runDistance - def.distance);
        follow.urgency = Math.min(1f, def.walkSpeedFraction + (1f - def.walkSpeedFraction) * beyond);
    }

    /** Runs for the place a stay step named, and stays once there (in the open, not hidden). */
    private static void toPlace(Entity entity, FollowComponent follow) {
        follow.toPlace = !atGoal(entity, follow);
        follow.urgency = follow.toPlace ? 1f : 0f;
    }

    /** Runs for the hiding place, then crouches there. */
    private static void hide(Entity entity, FollowComponent follow) {
        follow.goalX = follow.hideX;
        follow.goalFeet = follow.hideFeet;
        follow.hidden = atGoal(entity, follow);
        follow.urgency = follow.hidden ? 0f : 1f;
    }

    /** At its goal: within reach of its x, on its floor. */
    private static boolean atGoal(Entity entity, FollowComponent follow) {
        TransformComponent self = Mappers.TRANSFORM.get(entity);
        float myFeet = self.y - Mappers.CHARACTER.get(entity).height / 2f;
        return Math.abs(follow.goalX - self.x) <= HIDE_REACH && Math.abs(follow.goalFeet - myFeet) < follow.def.sameFloor;
    }
}
