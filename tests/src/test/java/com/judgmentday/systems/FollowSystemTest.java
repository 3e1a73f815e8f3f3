package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.FollowDef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure ECS: John's following decisions from positions alone. */
class FollowSystemTest {
    private final FollowDef def = new FollowDef();
    private Engine engine;
    private TransformComponent leader;
    private TransformComponent john;
    private CharacterComponent johnBody;
    private MoveIntentComponent intent;

    @BeforeEach
    void setUp() {
        engine = new Engine();
        engine.addSystem(new FollowSystem(0));
        Entity leaderEntity = new Entity();
        leader = new TransformComponent();
        leaderEntity.add(leader);
        engine.addEntity(leaderEntity);

        Entity johnEntity = new Entity();
        john = new TransformComponent();
        johnBody = new CharacterComponent();
        johnBody.def = new CharacterDef();
        johnBody.groundContacts = 1;
        intent = new MoveIntentComponent();
        FollowComponent follow = new FollowComponent();
        follow.leader = leaderEntity;
        follow.def = def;
        johnEntity.add(john);
        johnEntity.add(johnBody);
        johnEntity.add(intent);
        johnEntity.add(follow);
        engine.addEntity(johnEntity);
    }

    @Test
    void staysPutWhenCloseEnough() {
        leader.x = def.distance - 0.5f;
        engine.update(1 / 60f);
        assertThat(intent.moveX).isZero();
        assertThat(intent.jump).isFalse();
    }

    @Test
    void walksTowardALeaderAheadAndRunsWhenFar() {
        leader.x = def.distance + 0.5f;
        engine.update(1 / 60f);
        float walking = intent.moveX;
        leader.x = def.runDistance + 5f;
        moveJohnBy(0.1f);
        engine.update(1 / 60f);
        assertThat(walking).isGreaterThan(0f).isLessThan(1f);
        assertThat(intent.moveX).isEqualTo(1f);
    }

    @Test
    void followsToTheLeftToo() {
        leader.x = -10f;
        engine.update(1 / 60f);
        assertThat(intent.moveX).isEqualTo(-1f);
    }

    @Test
    void jumpsUpToALeaderStandingHigherNearby() {
        leader.x = 3f;
        leader.y = def.jumpWhenLeaderAbove + 0.5f;
        engine.update(1 / 60f);
        assertThat(intent.jump).isTrue();
    }

    @Test
    void doesNotJumpInTheAir() {
        johnBody.groundContacts = 0;
        leader.x = 3f;
        leader.y = def.jumpWhenLeaderAbove + 0.5f;
        engine.update(1 / 60f);
        assertThat(intent.jump).isFalse();
    }

    @Test
    void jumpsOverWhatBlocksItAfterAFewTicks() {
        leader.x = 20f;
        for (int tick = 1; tick < def.blockedTicksBeforeJump; tick++) {
            engine.update(1 / 60f);
            assertThat(intent.jump).as("tick %d", tick).isFalse();
        }
        engine.update(1 / 60f);
        assertThat(intent.jump).isTrue();
    }

    private void moveJohnBy(float dx) {
        john.prevX = john.x;
        john.x += dx;
    }
}
