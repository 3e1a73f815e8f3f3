package com.judgmentday.cli;

import com.judgmentday.desktop.Launcher;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The playtest command line as CI and designers use it: exit codes and one-line messages. */
class PlaytestCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aScriptedRunPrintsOneSummaryLineAndWritesTheReport(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        int code = run("playtest", "--level", "proving-ground", "--input",
                TestContent.script("proving-ground.txt").toString(), "--json", json.toString());
        assertThat(code).isZero();
        assertThat(out.toString().lines()).hasSize(1).first().asString().startsWith("proving-ground: WIN (reached Salceda's truck) at tick");
        assertThat(Files.readString(json)).contains("\"outcome\":\"WIN\"");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theBotPlaysALevelAndTheReportSaysSo(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bot.json");
        assertThat(run("playtest", "--bot", "--skill", "perfect", "--level", "galleria", "--json",
                json.toString())).isZero();
        assertThat(out.toString()).startsWith("galleria: WIN");
        String report = java.nio.file.Files.readString(json);
        assertThat(report).contains("\"input\":\"bot:perfect\"").contains("\"botNanosPerTick\"");
        assertThat(run("playtest", "--bot", "--level", "proving-ground", "--input",
                TestContent.script("proving-ground.txt").toString())).isEqualTo(2);
        assertThat(run("playtest", "--skill", "perfect", "--level", "proving-ground")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(2).anyMatch(line -> line.contains("--bot plays by itself"))
                .anyMatch(line -> line.contains("--skill is the bot's: add --bot"));
    }

    @Test
    void theScriptHeaderNamesTheLevelWhenNoOptionDoes() {
        assertThat(run("playtest", "--input", TestContent.script("proving-ground.txt").toString())).isZero();
        assertThat(out.toString()).startsWith("proving-ground: WIN");
    }

    @Test
    void aScriptMadeOnAnotherLevelPlaysOnTheOneAskedForWithANotice(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("other.txt");
        java.nio.file.Files.writeString(script, "# level: no-such-level\n60,R\n");
        assertThat(run("playtest", "--level", "proving-ground", "--input", script.toString())).isZero();
        assertThat(err.toString()).contains("the script was made on 'no-such-level'; playing it on 'proving-ground'");
        assertThat(out.toString()).startsWith("proving-ground: ");
    }

    @Test
    void skipBeatsRunsTheGalleriasBeatToItsEndAtOnce() {
        assertThat(run("playtest", "--skip-beats", "--input", TestContent.script("galleria.txt").toString()))
                .isZero();
        String skipped = out.toString();
        // The keys were recorded against the beats' full length: skipped, they play another run (once a WIN, since the
        // shutter's stand a LOSE), which is the point.
        assertThat(skipped).startsWith("galleria: ");
        out.getBuffer().setLength(0);
        assertThat(run("playtest", "--input", TestContent.script("galleria.txt").toString())).isZero();
        assertThat(out.toString().replaceAll(" in [^,]*,.*state", ""))
                .as("skipping is another run").isNotEqualTo(skipped.replaceAll(" in [^,]*,.*state", ""));
    }

    @Test
    void aTimeoutStillExitsZero() {
        assertThat(run("playtest", "--level", "proving-ground", "--seconds", "2")).isZero();
        assertThat(out.toString()).contains("TIMEOUT at tick 120");
    }

    @Test
    void anUnknownLevelExitsTwoWithOneLine() {
        assertThat(run("playtest", "--level", "nope")).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().startsWith(
                "judgment-day: unknown level 'nope': no such file, and no level with that id (levels: proving-ground, ");
    }

    @Test
    void aMalformedScriptExitsTwoNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("bad.txt");
        Files.writeString(script, "# level: proving-ground\n60,R\nlots,J\n");
        assertThat(run("playtest", "--input", script.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("judgment-day: " + script + ":3: 'lots' is not a tick count");
    }

    @Test
    void aBrokenLevelFileExitsTwoNamingIt(@TempDir Path dir) throws Exception {
        Path level = dir.resolve("broken.tmx");
        Files.writeString(level, "<map orientation=\"orthogonal\" width=\"10\"");
        assertThat(run("playtest", "--level", level.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("judgment-day: " + level.toAbsolutePath() + ": not a readable Tiled map");
    }

    @Test
    void aReportThatCouldNotBeWrittenIsRefusedBeforeTheRun(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-dir").resolve("r.json");
        assertThat(run("playtest", "--level", "proving-ground", "--json", missing.toString())).isEqualTo(2);
        assertThat(run("playtest", "--level", "proving-ground", "--json", dir.toString())).isEqualTo(2);
        assertThat(out.toString()).as("nothing ran").isEmpty();
        assertThat(err.toString().lines()).containsExactly(
                "judgment-day: --json: no directory " + missing.getParent() + " to write r.json into (see --help)",
                "judgment-day: --json: " + dir + " is a directory; name a file (see --help)");
    }

    @Test
    void badArgumentsExitTwoWithOneLine() {
        assertThat(run("playtest", "--level", "proving-ground", "--seconds", "lots")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(run("playtest", "--bot", "--skill", "godlike", "--level", "proving-ground")).isEqualTo(2);
        assertThat(err.toString()).contains("--skill 'godlike' is not one of");
        assertThat(run("playtest")).isEqualTo(2);
        assertThat(err.toString()).contains("playtest needs --level");
        assertThat(err.toString().lines()).hasSize(3);
    }

    @Test
    void aScriptNamingAnotherFileAsItsLevelNeverPrintsThatFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "root:x:0:0:root:/root:/bin/bash\n");
        Path script = dir.resolve("s.txt");
        Files.writeString(script, "# level: " + secret + "\n60,R\n");

        assertThat(run("playtest", "--input", script.toString())).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("judgment-day: " + secret + ": not a readable Tiled map (line 1: text outside"
                + " any element)\n");
    }

    @Test
    void controlCharactersInArgumentsAreEscapedInTheMessage() {
        assertThat(run("playtest", "--level", "\u001B[2Jgone")).isEqualTo(2);
        assertThat(run("--screen", "\u001B[2J")).isEqualTo(2);
        assertThat(run("--bogus\u0007")).isEqualTo(2);

        assertThat(err.toString()).contains("unknown level '\\x1B[2Jgone'").contains("(not '\\x1B[2J')").contains("\\x07")
                .doesNotContain("\u001B").doesNotContain("\u0007");
    }

    @Test
    void theWindowsReferenceRecordingReplaysHeadlessToItsRecordedEnd(@TempDir Path dir) throws Exception {
        Path recording = TestContent.script("steel-mill-window.txt");
        assertThat(run("playtest", "--input", recording.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("steel-mill: WIN (reached conveyor tunnel) at tick 3373")
                .contains("ends as recorded: tick 3373 state 1c4f2bb509aa7a00");
        Path altered = dir.resolve("altered.txt");
        Files.writeString(altered, Files.readString(recording).replace("1c4f2bb509aa7a00", "548315a68dd26b15"));
        assertThat(run("playtest", "--input", altered.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("DIFFERS from the recording, which ended at tick 3373 state 548315a68dd26b15");
    }
}
