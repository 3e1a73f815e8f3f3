package com.judgmentday.controls;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;
import com.judgmentday.menu.MenuCommand;
import com.judgmentday.menu.MenuFlow;
import com.judgmentday.menu.Page;

/**
 * The keyboard in menus: arrows or WASD move, Enter or Space choose (on the level-complete and game-over pages
 * only Enter: Space is jump), Esc or Backspace go back; any key leaves the title. During play only Esc (pause) is taken; while a binding waits, every key goes to it. Menus keep
 * their keys to themselves, so the level behind never sees them.
 */
public final class KeyMenuInput extends InputAdapter {
    private final MenuFlow flow;

    public KeyMenuInput(MenuFlow flow) {
        this.flow = flow;
    }

    @Override
    public boolean keyDown(int keycode) {
        if (flow.rebinding().active()) {
            flow.rebinding().keyPressed(keycode);
            return true;
        }
        Page page = flow.page();
        if (page == Page.PLAYING) {
            if (keycode == Keys.ESCAPE) {
                flow.togglePause();
                return true;
            }
            return false;
        }
        if (page == Page.TITLE) {
            flow.anyKey();
            return true;
        }
        MenuCommand command = command(keycode);
        if (command == MenuCommand.CONFIRM && !flow.confirmsWithKey(keycode)) {
            // Space is also jump: on a page that appears mid-play the player may still be jumping.
            return true;
        }
        if (command != null) {
            flow.handle(command);
        }
        return true;
    }

    @Override
    public boolean keyUp(int keycode) {
        return flow.page() != Page.PLAYING;
    }

    @Override
    public boolean keyTyped(char character) {
        return flow.page() != Page.PLAYING;
    }

    /** The menu command a key stands for, or null. */
    public static MenuCommand command(int keycode) {
        switch (keycode) {
            case Keys.UP:
            case Keys.W:
                return MenuCommand.UP;
            case Keys.DOWN:
            case Keys.S:
                return MenuCommand.DOWN;
            case Keys.LEFT:
            case Keys.A:
                return MenuCommand.LEFT;
            case Keys.RIGHT:
            case Keys.D:
                return MenuCommand.RIGHT;
            case Keys.ENTER:
            case Keys.NUMPAD_ENTER:
            case Keys.SPACE:
                return MenuCommand.CONFIRM;
            case Keys.ESCAPE:
            case Keys.BACKSPACE:
                return MenuCommand.BACK;
            default:
                return null;
        }
    }
}
