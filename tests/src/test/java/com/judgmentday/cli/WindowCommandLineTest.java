package com.judgmentday.cli;

import com.judgmentday.desktop.Launcher;
import com.judgmentday.screens.GameOptions;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's command line, with the window replaced by a recorder of the options it would open with. */
class WindowCommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<GameOptions> opened = new ArrayList<>();

    private int run(String... args) {
        return Launcher.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), options -> {
            opened.add(options);
            return 0;
        }).execute(args);
    }

    private static String script() {
        return TestContent.script("proving-ground.txt").toString();
    }

    @Test
    void userDirWorksBeforeAndAfterReplay(@TempDir Path dir) {
        assertThat(run("--user-dir", dir.toString(), "replay", script())).as(err.toString()).isZero();
        assertThat(run("replay", "--user-dir", dir.toString(), script())).as(err.toString()).isZero();
        assertThat(opened).hasSize(2).allSatisfy(options -> {
            assertThat(options.userDir).isEqualTo(dir);
            assertThat(options.replay).isNotNull();
            assertThat(options.playerPlays()).isFalse();
        });
    }

    @Test
    void anOptionTheSubcommandLacksIsRefusedNotIgnored(@TempDir Path dir) {
        assertThat(run("--fullscreen", "replay", script())).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("judgment-day: 'replay' has no --fullscreen option (it was given before 'replay'");
        assertThat(run("--user-dir", dir.toString(), "playtest", "--level", "proving-ground")).isEqualTo(2);
        assertThat(opened).isEmpty();
    }

    @Test
    void anOptionGivenOnBothSidesIsRefused(@TempDir Path dir) {
        assertThat(run("--user-dir", dir.toString(), "replay", "--user-dir", dir.toString(), script())).isEqualTo(2);
        assertThat(err.toString()).contains("--user-dir is given twice, before and after 'replay'");
        assertThat(opened).isEmpty();
    }

    @Test
    void playtestTakesItsOptionsBeforeItsNameToo() {
        assertThat(run("--level", "proving-ground", "--seed", "3", "playtest", "--seconds", "1")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("proving-ground: TIMEOUT at tick 60");
    }

    @Test
    void theBotTakesTheWindowsControlsAtTheSkillAsked() {
        assertThat(run("--level", "ai-maze", "--bot")).as(err.toString()).isZero();
        assertThat(run("--level", "ai-maze", "--bot", "perfect")).as(err.toString()).isZero();
        assertThat(opened).extracting(options -> options.bot).containsExactly("average", "perfect");
        // Watching the bot win is not the player's own progress.
        assertThat(opened).noneMatch(options -> options.playerPlays());
        assertThat(opened.get(0).levelName).isEqualTo("ai-maze");
        assertThat(run("--level", "ai-maze", "--bot", "godlike")).isEqualTo(2);
        assertThat(err.toString()).contains("--bot 'godlike' is not one of");
        assertThat(opened).hasSize(2);
    }

    @Test
    void aCheckpointTheLevelLacksIsOneLineAndNoWindow() {
        assertThat(run("--level", "galleria", "--checkpoint", "roof")).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("judgment-day: ")
                .endsWith("galleria.tmx: no checkpoint named 'roof' (checkpoints: arcade, corridor, food court, the ladder, the loading bay)");
        assertThat(opened).isEmpty();

        assertThat(run("--level", "galleria", "--checkpoint", "arcade")).isZero();
        assertThat(opened).singleElement().satisfies(options -> assertThat(options.checkpoint).isEqualTo("arcade"));
    }
}
