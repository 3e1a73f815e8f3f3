package com.judgmentday.controls;

import com.badlogic.gdx.Input;
import com.badlogic.gdx.InputAdapter;
import com.badlogic.gdx.math.Vector2;
import com.judgmentday.menu.Menu;
import com.judgmentday.menu.MenuCommand;
import com.judgmentday.menu.MenuFlow;
import com.judgmentday.menu.MenuItem;
import com.judgmentday.menu.MenuLayout;
import com.judgmentday.menu.Page;
import com.judgmentday.render.PixelScreen;

import java.util.function.UnaryOperator;

/**
 * The mouse in menus: pointing focuses an item, the left button uses it (on a setting's value, its left or
 * right half steps down or up), the right button goes back, the wheel moves the focus. A click leaves the
 * title. During play the mouse is the level's (left button fires), so on the level-complete and game-over pages
 * a click counts only once the pointer has been moved onto an item there.
 */
public final class MouseMenuInput extends InputAdapter {
    private final MenuFlow flow;
    private final MenuLayout layout;
    private final UnaryOperator<Vector2> toScreen;
    private final Vector2 point = new Vector2();
    /** The menu the pointer last moved onto an item of: a click on an end page counts only after that. */
    private Menu pointed;

    /**
     * {@code toScreen} turns a pointer position (the units pointer events use, y down) into the pixels the menus
     * are laid out in (y up), in place.
     */
    public MouseMenuInput(MenuFlow flow, MenuLayout layout, UnaryOperator<Vector2> toScreen) {
        this.flow = flow;
        this.layout = layout;
        this.toScreen = toScreen;
    }

    @Override
    public boolean mouseMoved(int x, int y) {
        int index = itemAt(x, y);
        if (index >= 0 && !flow.rebinding().active()) {
            flow.menu().focus(index);
            pointed = flow.menu();
        }
        return flow.page() != Page.PLAYING;
    }

    @Override
    public boolean touchDown(int x, int y, int pointer, int button) {
        Page page = flow.page();
        if (page == Page.PLAYING) {
            return false;
        }
        if (page == Page.TITLE) {
            flow.anyKey();
        } else if (button == Input.Buttons.RIGHT) {
            flow.handle(MenuCommand.BACK);
        } else if (button == Input.Buttons.LEFT && !flow.rebinding().active() && flow.accepting()
                && (!flow.endPage() || pointed == flow.menu())) {
            // The left button is also fire: on a page that appears mid-play only a click aimed at an item counts.
            int index = itemAt(x, y);
            Menu menu = flow.menu();
            if (index >= 0 && menu.items().get(index).enabled()) {
                MenuItem item = menu.items().get(index);
                menu.focus(index);
                item.click(layout.across(toScreen.apply(point.set(x, y)).x));
            }
        }
        return true;
    }

    @Override
    public boolean touchUp(int x, int y, int pointer, int button) {
        return flow.page() != Page.PLAYING;
    }

    @Override
    public boolean scrolled(float amountX, float amountY) {
        if (flow.page() == Page.PLAYING || flow.menu() == null || amountY == 0f || flow.rebinding().active()) {
            return false;
        }
        flow.handle(amountY > 0f ? MenuCommand.DOWN : MenuCommand.UP);
        return true;
    }

    private int itemAt(int x, int y) {
        Menu menu = flow.menu();
        if (menu == null || flow.page() == Page.TITLE) {
            return -1;
        }
        layout.place(menu, PixelScreen.WIDTH, PixelScreen.HEIGHT);
        toScreen.apply(point.set(x, y));
        return layout.itemAt(point.x, point.y);
    }
}
