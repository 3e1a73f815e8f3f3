package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.FollowDef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure ECS: whether John wants to catch up with his leader, and how hard, from positions alone. */
class FollowSystemTest {
    private final FollowDef def = new FollowDef();
    private Engine engine;
    private TransformComponent leader;
    private FollowComponent follow;

    @BeforeEach
    void setUp() {
        engine = new Engine();
        engine.addSystem(new FollowSystem(0));
        Entity leaderEntity = new Entity();
        leader = new TransformComponent();
        leaderEntity.add(leader);
        engine.addEntity(leaderEntity);

        Entity johnEntity = new Entity();
        CharacterComponent johnBody = new CharacterComponent();
        johnBody.def = new CharacterDef();
        johnBody.height = 1.4f;
        TransformComponent john = new TransformComponent();
        john.y = 0.7f;
        follow = new FollowComponent();
        follow.leader = leaderEntity;
        follow.def = def;
        johnEntity.add(john);
        johnEntity.add(johnBody);
        johnEntity.add(follow);
        engine.addEntity(johnEntity);
    }

    @Test
    void staysPutWhenCloseOnTheSameFloor() {
        leader.x = def.distance - 0.5f;
        engine.update(1 / 60f);
        assertThat(follow.urgency).isZero();
    }

    @Test
    void walksTowardALeaderALittleAheadAndRunsWhenFar() {
        leader.x = def.distance + 0.5f;
        engine.update(1 / 60f);
        float walking = follow.urgency;
        leader.x = def.runDistance + 5f;
        engine.update(1 / 60f);
        assertThat(walking).isGreaterThan(0f).isLessThan(1f);
        assertThat(follow.urgency).isEqualTo(1f);
        assertThat(follow.goalX).isEqualTo(leader.x);
    }

    @Test
    void aLeaderOverheadIsToBeReachedEvenWhenCloseAcross() {
        leader.x = 0.5f;
        leader.y = 5f;
        engine.update(1 / 60f);
        assertThat(follow.urgency).isPositive();
        assertThat(follow.goalFeet).as("the leader's feet (no body: its centre)").isEqualTo(5f);
    }
}
