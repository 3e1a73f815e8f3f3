package com.judgmentday.desktop;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure: GLFW starts early only for the arguments that open the window. */
class WindowGuessTest {
    @Test
    void theTitleALevelAndAReplayOpenTheWindow() {
        assertThat(Launcher.Window.opens(new String[0])).isTrue();
        assertThat(Launcher.Window.opens(new String[] {"--level", "hazard-lab"})).isTrue();
        assertThat(Launcher.Window.opens(new String[] {"replay", "run.txt"})).isTrue();
    }

    @Test
    void headlessCommandsHelpAndVersionDoNot() {
        assertThat(Launcher.Window.opens(new String[] {"playtest", "--level", "ai-maze"})).isFalse();
        assertThat(Launcher.Window.opens(new String[] {"validate", "a.tmx"})).isFalse();
        assertThat(Launcher.Window.opens(new String[] {"--seed", "2", "playtest", "--level", "ai-maze"}))
                .as("options before a headless subcommand").isFalse();
        assertThat(Launcher.Window.opens(new String[] {"--user-dir", "/tmp/x", "validate", "a.tmx"})).isFalse();
        assertThat(Launcher.Window.opens(new String[] {"--help"})).isFalse();
        assertThat(Launcher.Window.opens(new String[] {"replay", "-h"})).isFalse();
        assertThat(Launcher.Window.opens(new String[] {"--version"})).isFalse();
    }
}
