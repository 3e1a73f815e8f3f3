package com.judgmentday.cli;

import com.judgmentday.desktop.Launcher;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench}: a few hundred ticks of one level print the machine, the table and the targets; bad counts are refused. */
class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aShortBenchOfOneLevelPrintsTheMachineTheTableAndTheTargets() {
        assertThat(run("bench", "--level", "galleria", "--runs", "2", "--warmup", "1", "--seconds", "5"))
                .as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).startsWith("machine: " + Runtime.getRuntime().availableProcessors() + " cores (");
        assertThat(text).contains("| level | runs | outcome | ticks |");
        assertThat(text).contains("| galleria | 2 | TIMEOUT | 300 |");
        assertThat(text).contains("headless >= 300x real time with the bot: ");
        assertThat(text).contains("the game's tick <= 2x the bare world.step in it: ");
        assertThat(text).contains("<= 64 allocated bytes a tick after 120 ticks: ");
    }

    @Test
    void countsOutOfRangeAreRefused() {
        assertThat(run("bench", "--runs", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--runs must be 1 to 100 and --warmup 0 to 100");
    }

    @Test
    void anUnknownSkillIsRefusedNamingTheSkills() {
        assertThat(run("bench", "--skill", "godlike")).isEqualTo(2);
        assertThat(err.toString()).contains("--skill 'godlike' is not one of ");
    }
}
