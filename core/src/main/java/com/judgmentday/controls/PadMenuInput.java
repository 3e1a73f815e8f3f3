package com.judgmentday.controls;

import com.badlogic.gdx.controllers.Controller;
import com.badlogic.gdx.controllers.ControllerListener;
import com.badlogic.gdx.controllers.ControllerMapping;
import com.judgmentday.menu.MenuCommand;
import com.judgmentday.menu.MenuFlow;
import com.judgmentday.menu.Page;
import com.judgmentday.settings.PadButton;

import java.util.function.Consumer;

/**
 * Gamepads in menus, through gdx-controllers events (pads may come and go at any time): d-pad or left stick
 * move, A chooses, B goes back, Start pauses and resumes; any button leaves the title. On the level-complete and
 * game-over pages Start chooses and A (jump) doesn't. During play only Start
 * is taken (the level polls the pad itself). A pad unplugged mid-level pauses it.
 */
public final class PadMenuInput implements ControllerListener {
    /** The stick counts as pushed past this, and as let go below {@link #STICK_RELEASED}. */
    private static final float STICK_PUSHED = 0.6f;
    private static final float STICK_RELEASED = 0.3f;
    private final MenuFlow flow;
    private final Consumer<String> log;
    private int stickX;
    private int stickY;
    private boolean leftTrigger;
    private boolean rightTrigger;

    /** {@code log} is told of pads connecting and disconnecting. */
    public PadMenuInput(MenuFlow flow, Consumer<String> log) {
        this.flow = flow;
        this.log = log;
    }

    @Override
    public void connected(Controller pad) {
        log.accept("gamepad connected: " + pad.getName());
    }

    @Override
    public void disconnected(Controller pad) {
        log.accept("gamepad disconnected: " + pad.getName());
        flow.pause();
    }

    @Override
    public boolean buttonDown(Controller pad, int code) {
        PadButton button = PadButtons.of(pad.getMapping(), code);
        return button != null && press(button);
    }

    @Override
    public boolean buttonUp(Controller pad, int code) {
        return false;
    }

    /** A standard button went down. */
    boolean press(PadButton button) {
        if (flow.rebinding().active()) {
            flow.rebinding().padPressed(button);
            return true;
        }
        Page page = flow.page();
        if (page == Page.TITLE) {
            flow.anyKey();
            return true;
        }
        if (button == PadButton.START && flow.endPage()) {
            // A is jump, so on the pages that appear mid-play Start is the one that chooses.
            flow.handle(MenuCommand.CONFIRM);
            return true;
        }
        if (button == PadButton.START) {
            flow.togglePause();
            return page == Page.PLAYING || page == Page.PAUSE;
        }
        if (page == Page.PLAYING) {
            return false;
        }
        MenuCommand command = command(button);
        if (command == MenuCommand.CONFIRM && !flow.confirmsWithButton(button)) {
            return true;
        }
        if (command != null) {
            flow.handle(command);
        }
        return true;
    }

    private static MenuCommand command(PadButton button) {
        switch (button) {
            case A: return MenuCommand.CONFIRM;
            case B: return MenuCommand.BACK;
            case DPAD_UP: return MenuCommand.UP;
            case DPAD_DOWN: return MenuCommand.DOWN;
            case DPAD_LEFT: return MenuCommand.LEFT;
            case DPAD_RIGHT: return MenuCommand.RIGHT;
            default: return null;
        }
    }

    @Override
    public boolean axisMoved(Controller pad, int axis, float value) {
        ControllerMapping m = pad.getMapping();
        PadButton trigger = PadButtons.trigger(m, axis);
        if (trigger != null) {
            boolean down = value > PadButtons.TRIGGER_PRESSED;
            boolean was = trigger == PadButton.LT ? leftTrigger : rightTrigger;
            if (trigger == PadButton.LT) {
                leftTrigger = down;
            } else {
                rightTrigger = down;
            }
            return down && !was && press(trigger);
        }
        if (axis != m.axisLeftX && axis != m.axisLeftY) {
            return false;
        }
        int was = axis == m.axisLeftX ? stickX : stickY;
        int now = Math.abs(value) > STICK_PUSHED ? (int) Math.signum(value) : Math.abs(value) < STICK_RELEASED ? 0 : was;
        if (axis == m.axisLeftX) {
            stickX = now;
        } else {
            stickY = now;
        }
        if (now == was || now == 0 || flow.rebinding().active() || flow.page() == Page.PLAYING
                || flow.page() == Page.TITLE) {
            return false;
        }
        MenuCommand command = axis == m.axisLeftX ? (now < 0 ? MenuCommand.LEFT : MenuCommand.RIGHT)
                : (now < 0 ? MenuCommand.UP : MenuCommand.DOWN);
        return flow.handle(command);
    }
}
