package com.judgmentday.screens;

import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The press that chose Play or Resume doesn't also jump or fire: held keys count only after release. */
class HeldActionsTest {
    @Test
    void whatWasHeldCountsOnlyOnceReleasedAndNewPressesCountAtOnce() {
        HeldActions held = new HeldActions();
        ActionSet tick = new ActionSet().add(Action.JUMP).add(Action.FIRE);
        held.filter(tick);
        assertThat(tick.isEmpty()).as("still held from the menu").isTrue();

        tick = new ActionSet().add(Action.FIRE);
        held.filter(tick);
        assertThat(tick.has(Action.FIRE)).as("fire never let go").isFalse();

        tick = new ActionSet().add(Action.JUMP);
        held.filter(tick);
        assertThat(tick.has(Action.JUMP)).as("jump was released a tick ago: a new press").isTrue();

        held.holdAll();
        tick = new ActionSet().add(Action.JUMP);
        held.filter(tick);
        assertThat(tick.has(Action.JUMP)).as("held again as play resumes").isFalse();
    }

    @Test
    void handedAnotherCharacterTheKeysHeldForTheLastCountOnlyOnceLetGo() {
        // M22a held D through the hand-over to Sarah at the pool, and the moment its lock ended she walked into the heat.
        HeldActions held = new HeldActions();
        Object t800 = new Object();
        Object sarah = new Object();
        held.follow(t800);
        held.filter(new ActionSet());
        ActionSet tick = new ActionSet().add(Action.RIGHT);
        held.follow(t800);
        held.filter(tick);
        assertThat(tick.has(Action.RIGHT)).as("the T-800's run").isTrue();
        tick = new ActionSet().add(Action.RIGHT);
        held.follow(sarah);
        held.filter(tick);
        assertThat(tick.has(Action.RIGHT)).as("still held as Sarah is handed the keys").isFalse();
        held.follow(sarah);
        held.filter(new ActionSet());
        tick = new ActionSet().add(Action.RIGHT);
        held.follow(sarah);
        held.filter(tick);
        assertThat(tick.has(Action.RIGHT)).as("pressed again: hers").isTrue();
    }
}
