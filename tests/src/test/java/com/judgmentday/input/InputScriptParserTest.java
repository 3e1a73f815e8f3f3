package com.judgmentday.input;

import com.judgmentday.content.UserText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class InputScriptParserTest {
    private static InputScript parse(String text) throws Exception {
        return InputScriptParser.parse("test.txt", new StringReader(text));
    }

    private static int bitsAt(InputScript script, long tick) {
        ActionSet out = new ActionSet();
        InputSource player = script.player();
        for (long t = 0; t <= tick; t++) {
            out.clear();
            player.poll(t, out);
        }
        return out.bits();
    }

    @Test
    void runsHoldTheirActionsForTheirTicks() throws Exception {
        InputScript script = parse("60,R\n1,R,J\n30\n");
        assertThat(script.totalTicks()).isEqualTo(91);
        assertThat(bitsAt(script, 0)).isEqualTo(new ActionSet().add(Action.RIGHT).bits());
        assertThat(bitsAt(script, 59)).isEqualTo(new ActionSet().add(Action.RIGHT).bits());
        assertThat(bitsAt(script, 60)).isEqualTo(new ActionSet().add(Action.RIGHT).add(Action.JUMP).bits());
        assertThat(bitsAt(script, 61)).isZero();
        assertThat(script.player().finished(91)).isTrue();
        assertThat(script.player().finished(90)).isFalse();
    }

    @Test
    void aRecordingSaysWhereItsRunEndedAndAReplayCanBeHeldToIt() throws Exception {
        InputRecorder recorder = new InputRecorder("steel-mill", 1L, "test");
        ActionSet right = new ActionSet().add(Action.RIGHT);
        recorder.record(right);
        recorder.ended(1L, 0x00ab_cdefL);
        String text = recorder.text();
        assertThat(text).contains("# final: tick 1 state 0000000000abcdef\n");
        InputScript script = parse(text);
        assertThat(script.finalTick).isEqualTo(1L);
        assertThat(script.finalState).isEqualTo(0x00ab_cdefL);
        assertThat(recorder.script().finalState).isEqualTo(0x00ab_cdefL);

        recorder.restart();
        assertThat(recorder.text()).as("a restart starts a new run, not yet ended").doesNotContain("final");
        recorder.record(right);
        recorder.restart("the mill");
        assertThat(recorder.text()).as("restarted at a checkpoint, it records from there")
                .contains("# checkpoint: the mill\n").doesNotContain("\n1,R\n");
        assertThat(parse(recorder.text()).checkpoint).isEqualTo("the mill");
        assertThat(parse("5\n").finalTick).isNull();
    }

    @Test
    void aFinalLineThatIsNotATickAndAStateIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parse("# level: x\n# final: tick 10 state 12\n5\n"))
                .isInstanceOf(InputScriptException.class)
                .hasMessage("test.txt:2: final 'tick 10 state 12' is not 'tick <whole number> state <16 hex digits>'"
                        + " (the window writes it as a recording ends)");
        assertThatThrownBy(() -> parse("# final: tick -1 state 0000000000abcdef\n")).hasMessageContaining("test.txt:1: final");
        assertThatThrownBy(() -> parse("# final: tick 1 state 000000000zabcdef\n")).hasMessageContaining("test.txt:1: final");
    }

    @Test
    void readsHeadersCommentsAndLongNames() throws Exception {
        InputScript script = parse("# level: proving-ground\n# seed: 42\n\n# a comment\n10,right,Jump  # trailing\n");
        assertThat(script.level).isEqualTo("proving-ground");
        assertThat(script.seed).isEqualTo(42L);
        assertThat(script.runCount()).isEqualTo(1);
        assertThat(script.runBits(0)).isEqualTo(new ActionSet().add(Action.RIGHT).add(Action.JUMP).bits());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'10,R\\nR,10'        | test.txt:2: 'R' is not a tick count",
        "'10,Q'               | test.txt:1: unknown action 'Q'",
        "'5\\n\\n-3,R'        | test.txt:3: tick count -3 is out of range",
        "',R'                 | test.txt:1: missing tick count",
        "'# seed: many\\n1'   | test.txt:1: seed 'many' is not a whole number",
        "'10,R,'              | test.txt:1: unknown action ''",
    })
    void malformedLinesAreRefusedWithFileAndLine(String text, String message) {
        assertThatThrownBy(() -> parse(text.replace("\\n", "\n")))
                .isInstanceOf(InputScriptException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void aByteOrderMarkFromAWindowsEditorIsIgnored() throws Exception {
        assertThat(parse("\uFEFF# level: proving-ground\n10,R\n").level).isEqualTo("proving-ground");
        assertThat(parse("\uFEFF10,R\n").totalTicks()).isEqualTo(10);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> InputScriptParser.parse(java.nio.file.Path.of("no/such/script.txt")))
                .isInstanceOf(InputScriptException.class)
                .hasMessage("no/such/script.txt: no such input script");
    }

    @Test
    void aRecordingReadsBackAsTheSameTicks() throws Exception {
        InputRecorder recorder = new InputRecorder("proving-ground", 9, "test");
        ActionSet actions = new ActionSet();
        int[] pattern = {0, 0, 1, 1, 1, 3, 0, 16, 16, 0};
        for (int bits : pattern) {
            actions.setBits(bits);
            recorder.record(actions);
        }
        InputScript script = InputScriptParser.parse("rec.txt", new StringReader(recorder.text()));
        assertThat(script.level).isEqualTo("proving-ground");
        assertThat(script.seed).isEqualTo(9L);
        assertThat(script.totalTicks()).isEqualTo(pattern.length);
        for (int tick = 0; tick < pattern.length; tick++) {
            assertThat(bitsAt(script, tick)).as("tick %d", tick).isEqualTo(pattern[tick]);
        }
        assertThat(recorder.text()).contains("# version: test").contains("3,L\n");
    }

    @Test
    void recordingsAreWrittenWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        InputRecorder recorder = new InputRecorder("proving-ground", 1, "test");
        recorder.record(new ActionSet().add(Action.FIRE));
        java.nio.file.Path file = dir.resolve("run.txt");
        recorder.write(file);
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(recorder.text());
        assertThat(dir.resolve("run.txt.tmp")).doesNotExist();
    }

    @Test
    void aRecordingIsSavedAsPlayGoesOnSoAKilledGameKeepsIt(@TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("live.txt");
        InputRecorder recorder = new InputRecorder("steel-mill", 3, "test").savingTo(file, 300);
        ActionSet right = new ActionSet().add(Action.RIGHT);
        for (int tick = 0; tick < 299; tick++) {
            recorder.record(right);
        }
        assertThat(file).as("not yet due").doesNotExist();
        recorder.record(right);
        assertThat(InputScriptParser.parse(file).totalTicks()).isEqualTo(300);
        for (int tick = 0; tick < 450; tick++) {
            recorder.record(new ActionSet());
        }
        InputScript saved = InputScriptParser.parse(file);
        assertThat(saved.totalTicks()).as("the last save, at tick 600, not every tick").isEqualTo(600);
        assertThat(saved.finalTick).as("a run still going has no end yet").isNull();
        assertThat(recorder.saveFailure()).isNull();

        InputRecorder blocked = new InputRecorder("steel-mill", 3, "test").savingTo(dir.resolve("no/such/dir/x.txt"), 1);
        java.nio.file.Files.writeString(dir.resolve("no"), "a file where a folder should be");
        blocked.record(right);
        assertThat(blocked.saveFailure()).as("a failed save is kept for the caller to report, play goes on").isNotNull();
        assertThatThrownBy(() -> recorder.savingTo(file, 0)).hasMessageContaining("at least 1");
    }

    @Test
    void anUnknownActionIsQuotedSafelyAndBriefly() {
        assertThatThrownBy(() -> parse("60,\u001B[31mR\u0000\n")).isInstanceOf(InputScriptException.class)
                .hasMessageStartingWith("test.txt:1: unknown action '\\x1B[31mR\\x00'; use one of");
        assertThatThrownBy(() -> parse("60," + "Z".repeat(10_000_000) + "\n")).isInstanceOf(InputScriptException.class)
                .message().hasSizeLessThan(UserText.LINE_LIMIT).contains("more characters)'; use one of");
        assertThatThrownBy(() -> parse("x".repeat(10_000_000) + ",R\n")).message().hasSizeLessThan(UserText.LINE_LIMIT);
    }

    @Test
    void onlyRegularFilesUnderTheLimitAreRead(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> InputScriptParser.parse(dir)).isInstanceOf(InputScriptException.class)
                .hasMessage(dir + ": not a regular file (a directory, a device or a pipe); name an input script");
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[(int) InputScriptParser.MAX_BYTES + 1]);
        assertThatThrownBy(() -> InputScriptParser.parse(big)).isInstanceOf(InputScriptException.class)
                .hasMessage(big + ": larger than the 16 MB limit (16,777,217 bytes); an input script may be at most 16 MB");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'6', '0', ',', 'R', ' ', '#', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> InputScriptParser.parse(latin1)).isInstanceOf(InputScriptException.class)
                .hasMessage(latin1 + ": not UTF-8 text (byte 8 is not); save it as UTF-8");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anEndlessDeviceIsRefusedUnread() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> InputScriptParser.parse(Path.of("/dev/zero")))
                .isInstanceOf(InputScriptException.class).hasMessageStartingWith("/dev/zero: not a regular file"));
    }
}
