package com.judgmentday.cli;

import com.judgmentday.desktop.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code soak}: a line per level, exit 0 when nothing is found; bad arguments are one line and exit 2. */
class SoakCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void soaksALevelAndPrintsItsLine() {
        assertThat(run("soak", "--level", "galleria", "--minutes", "0.5", "--no-heap", "--events"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("galleria: clean, 1800 ticks (0.5 sim min), ")
                .contains("0 failures, heap not watched", "\n  exercised: ");
    }

    @Test
    void aSeedAndAStartPointGivenBeforeTheSubcommandAreTheSoaks() {
        assertThat(run("--seed", "4", "soak", "--level", "galleria", "--start", "arcade", "--minutes", "0.1",
                "--no-heap")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("galleria: clean, 360 ticks");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "soak --minutes 1 | soak needs --level <id|path> or --all (one of them)",
        "soak --all --level ai-maze | soak needs --level <id|path> or --all (one of them)",
        "soak --level ai-maze --minutes 0 | --minutes must be above 0 and at most 1440",
        "soak --level ai-maze --minutes 5000 | --minutes must be above 0 and at most 1440",
        "soak --all --start arcade | --start names one level's start point: use it with --level",
        "soak --level galleria --start roof | --start 'roof': galleria has start, arcade",
        "soak --level ai-maze --difficulty brutal | --difficulty 'brutal' is not one of",
        "soak --level nowhere | unknown level 'nowhere'"})
    void badArgumentsAreOneLineAndExitTwo(String args, String message) {
        assertThat(run(args.trim().split(" "))).isEqualTo(2);
        assertThat(err.toString()).startsWith("judgment-day: " + message).hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }
}
