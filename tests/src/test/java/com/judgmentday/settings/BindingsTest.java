package com.judgmentday.settings;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.controls.KeyMenuInput;
import com.judgmentday.controls.PadMenuInput;
import com.judgmentday.input.Action;
import com.judgmentday.menu.BindingItem;
import com.judgmentday.menu.MenuFlow;
import com.judgmentday.menu.Page;
import com.judgmentday.support.FakePad;
import com.judgmentday.support.RecordingHost;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebinding: a key or button another action (or the game) already uses is refused with a message, never swapped. */
class BindingsTest {
    private final Bindings keys = Bindings.keyboardDefaults();
    private final Bindings pad = Bindings.gamepadDefaults();

    @Test
    void aKeyAnotherActionUsesIsRefusedAndNothingChanges() {
        String refused = keys.bind(Action.JUMP, 0, Keys.K);

        assertThat(refused).isEqualTo("K is already bound to alt fire; choose another, or clear it there first");
        assertThat(keys.code(Action.JUMP, 0)).isEqualTo(Keys.SPACE);
        assertThat(keys.actionOf(Keys.K)).isEqualTo(Action.ALT_FIRE);
    }

    @Test
    void keysTheGameKeepsAreRefused() {
        assertThat(keys.bind(Action.FIRE, 1, Keys.ESCAPE)).startsWith("Escape is kept for pause and back");
        assertThat(keys.bind(Action.FIRE, 1, Keys.P)).startsWith("P is kept for freezing the simulation");
        assertThat(keys.code(Action.FIRE, 1)).isEqualTo(Keys.CONTROL_LEFT);
    }

    @Test
    void aFreeKeyBindsAndAKeyMovesBetweenAnActionsOwnSlots() {
        assertThat(keys.bind(Action.JUMP, 1, Keys.H)).isNull();
        assertThat(keys.actionOf(Keys.H)).isEqualTo(Action.JUMP);
        assertThat(keys.bind(Action.JUMP, 0, Keys.H)).isNull();
        assertThat(keys.code(Action.JUMP, 0)).isEqualTo(Keys.H);
        assertThat(keys.code(Action.JUMP, 1)).as("the old first key moved to the second slot").isEqualTo(Keys.SPACE);
    }

    @Test
    void gamepadButtonsFollowTheSameRules() {
        assertThat(pad.bind(Action.JUMP, 1, PadButton.X.ordinal())).startsWith("X is already bound to fire");
        assertThat(pad.bind(Action.JUMP, 1, PadButton.START.ordinal())).startsWith("Start is kept for pause");
        assertThat(pad.bind(Action.JUMP, 1, PadButton.DPAD_UP.ordinal())).startsWith("D-pad up is kept for moving");
        assertThat(pad.bind(Action.JUMP, 1, PadButton.LT.ordinal())).isNull();
        assertThat(pad.binds(Action.LEFT)).as("the stick and d-pad move").isFalse();
    }

    @Test
    void onTheKeyboardPageARefusedKeyShowsWhyAndWaitsForAnother() {
        Settings settings = new Settings();
        RecordingHost host = new RecordingHost();
        MenuFlow flow = new MenuFlow(host, settings, new Progress(), new Array<>(), new Array<>());
        KeyMenuInput input = new KeyMenuInput(flow);
        flow.start(Page.KEYS);
        flow.menu().focus("Jump");

        input.keyDown(Keys.ENTER);
        assertThat(flow.rebinding().active()).isTrue();
        assertThat(((BindingItem) flow.menu().focused()).value()).contains("[...]");
        input.keyDown(Keys.K);
        assertThat(flow.menu().message()).startsWith("K is already bound to alt fire");
        assertThat(flow.rebinding().active()).as("still waiting").isTrue();
        input.keyDown(Keys.H);

        assertThat(flow.rebinding().active()).isFalse();
        assertThat(flow.menu().message()).isEqualTo("Jump: H");
        assertThat(settings.keys.code(Action.JUMP, 0)).isEqualTo(Keys.H);
        assertThat(settings.keys.code(Action.ALT_FIRE, 0)).isEqualTo(Keys.K);
        assertThat(host.calls).containsExactly("settings");
        input.keyDown(Keys.ESCAPE);
        assertThat(flow.page()).isEqualTo(Page.MAIN);
    }

    @Test
    void onTheGamepadPageStartCancelsAndBackClears() {
        Settings settings = new Settings();
        MenuFlow flow = new MenuFlow(new RecordingHost(), settings, new Progress(), new Array<>(), new Array<>());
        PadMenuInput input = new PadMenuInput(flow, line -> { });
        FakePad device = new FakePad();
        flow.start(Page.PAD);
        flow.menu().focus("Fire");
        flow.menu().handle(com.judgmentday.menu.MenuCommand.RIGHT);

        input.buttonDown(device, FakePad.MAPPING.buttonA);
        input.buttonDown(device, FakePad.MAPPING.buttonStart);
        assertThat(settings.pad.code(Action.FIRE, 1)).isEqualTo(PadButton.RT.ordinal());
        input.buttonDown(device, FakePad.MAPPING.buttonA);
        input.buttonDown(device, FakePad.MAPPING.buttonBack);
        assertThat(settings.pad.code(Action.FIRE, 1)).isEqualTo(Bindings.NONE);
        input.buttonDown(device, FakePad.MAPPING.buttonA);
        input.axisMoved(device, 5, 1f);
        assertThat(settings.pad.code(Action.FIRE, 1)).as("the right trigger, an axis on desktop").isEqualTo(
                PadButton.RT.ordinal());
    }
}
