package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.input.Action;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure ECS: a bare Engine, one system, a hand-made entity. */
class PlayerControlSystemTest {
    private Engine engine;
    private InputComponent input;
    private MoveIntentComponent intent;

    @BeforeEach
    void setUp() {
        engine = new Engine();
        engine.addSystem(new PlayerControlSystem(0));
        Entity player = new Entity();
        input = new InputComponent();
        intent = new MoveIntentComponent();
        player.add(input);
        player.add(intent);
        engine.addEntity(player);
    }

    @Test
    void holdingRightWantsFullSpeedRight() {
        input.current.add(Action.RIGHT);
        engine.update(1 / 60f);
        assertThat(intent.moveX).isEqualTo(1f);
    }

    @Test
    void holdingLeftAndRightTogetherCancelsOut() {
        input.current.add(Action.LEFT).add(Action.RIGHT);
        engine.update(1 / 60f);
        assertThat(intent.moveX).isZero();
    }

    @Test
    void jumpIsAPressNotAHold() {
        input.current.add(Action.JUMP);
        engine.update(1 / 60f);
        assertThat(intent.jump).isTrue();
        engine.update(1 / 60f);
        assertThat(intent.jump).as("still held on the next tick").isFalse();
        input.current.clear();
        engine.update(1 / 60f);
        input.current.add(Action.JUMP);
        engine.update(1 / 60f);
        assertThat(intent.jump).as("pressed again").isTrue();
    }

    @Test
    void fireAndReloadFollowTheirButtons() {
        input.current.add(Action.FIRE);
        engine.update(1 / 60f);
        assertThat(intent.fire).isTrue();
        assertThat(intent.reload).isFalse();
        input.current.clear();
        input.current.add(Action.RELOAD);
        engine.update(1 / 60f);
        assertThat(intent.fire).isFalse();
        assertThat(intent.reload).isTrue();
    }
}
