package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.FollowDef;

/** Escorts keep up with their leader: walk when behind, run when far, jump up to it or over what blocks them. */
public final class FollowSystem extends IteratingSystem {
    public FollowSystem(int priority) {
        super(Family.all(FollowComponent.class, TransformComponent.class, MoveIntentComponent.class,
                CharacterComponent.class).get(), priority);
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        FollowComponent follow = Mappers.FOLLOW.get(entity);
        MoveIntentComponent intent = Mappers.INTENT.get(entity);
        intent.moveX = 0f;
        intent.jump = false;
        TransformComponent leader = follow.leader == null ? null : Mappers.TRANSFORM.get(follow.leader);
        if (leader == null) {
            return;
        }
        FollowDef def = follow.def;
        TransformComponent self = Mappers.TRANSFORM.get(entity);
        CharacterComponent body = Mappers.CHARACTER.get(entity);
        float dx = leader.x - self.x;
        float distance = Math.abs(dx);
        if (distance > def.distance) {
            float beyond = (distance - def.distance) / (def.runDistance - def.distance);
            float urgency = Math.min(1f, def.walkSpeedFraction + (1f - def.walkSpeedFraction) * beyond);
            intent.moveX = Math.signum(dx) * urgency;
        }
        boolean grounded = body.groundContacts > 0;
        float movedX = Math.abs(self.x - self.prevX);
        follow.blockedTicks = intent.moveX != 0f && grounded && movedX < def.blockedMovement ? follow.blockedTicks + 1 : 0;
        boolean leaderAbove = leader.y - self.y > def.jumpWhenLeaderAbove && distance < def.runDistance;
        if (grounded && (leaderAbove || follow.blockedTicks >= def.blockedTicksBeforeJump)) {
            intent.jump = true;
            follow.blockedTicks = 0;
        }
    }
}
