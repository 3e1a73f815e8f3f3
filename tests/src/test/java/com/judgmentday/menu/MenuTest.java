package com.judgmentday.menu;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving the focus: over usable items only, and stopping at the ends (Up from Play once landed on Quit). */
class MenuTest {
    @Test
    void theFocusStopsAtTheEndsAndSkipsWhatCantBeUsed() {
        Menu menu = new Menu("MAIN")
                .add(new ActionItem("Play", () -> { }))
                .add(new ActionItem("Disabled", () -> { }).enabledWhen(() -> false))
                .add(new ActionItem("Quit", () -> { }));
        assertThat(menu.focused().label).isEqualTo("Play");
        assertThat(menu.handle(MenuCommand.UP)).isFalse();
        assertThat(menu.focused().label).as("no wrapping round to Quit").isEqualTo("Play");
        menu.handle(MenuCommand.DOWN);
        assertThat(menu.focused().label).as("the disabled item is skipped").isEqualTo("Quit");
        menu.handle(MenuCommand.DOWN);
        assertThat(menu.focused().label).isEqualTo("Quit");
    }
}
