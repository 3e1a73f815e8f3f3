package com.judgmentday.input;

import com.judgmentday.content.UserText;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutates the shipped scripts and a recording (garbage bytes, truncation, huge tokens and numbers, control
 * characters, headers in capitals, byte-order marks, CRLF) and checks every file either parses into a script
 * that plays to its end, or is refused with one safe, bounded line naming the file: never another exception.
 */
class InputScriptFuzzTest {
    private static final int MUTATIONS = 600;
    private static final String[] TOKENS = {"", ",", "R", "r", "right", "Q", "-1", "99999999999", "5184001", "1e3", "\u001B[2J",
        "\u0000", "# LEVEL: x", "# CHECKPOINT: dock", "# seed: -0", "# seed: 9223372036854775808", "\r", "\uFEFF", "60,R,J,F",
        "\u202E", "#"};

    @TempDir
    Path dir;

    @Test
    void mutatedScriptsParseOrAreRefusedCleanly() throws Exception {
        List<String> sources = new ArrayList<>();
        for (String name : new String[] {"proving-ground.txt", "galleria.txt", "hazard-lab.txt"}) {
            sources.add(Files.readString(TestContent.script(name)));
        }
        sources.add(recording());
        Random random = new Random(20261203L);
        int parsed = 0;
        int refused = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            Path file = dir.resolve("fuzz-" + i + ".txt");
            Files.write(file, mutate(sources.get(random.nextInt(sources.size())), random));
            try {
                InputScript script = InputScriptParser.parse(file);
                play(script);
                parsed++;
            } catch (InputScriptException e) {
                assertThat(e.getMessage()).as("mutation %d", i).startsWith(file.toString())
                        .hasSizeLessThanOrEqualTo(UserText.LINE_LIMIT).doesNotContainPattern("[\\x00-\\x1f\\x7f\\u202e]");
                refused++;
            } catch (RuntimeException e) {
                throw new AssertionError("mutation " + i + " (" + file + ") escaped as " + e, e);
            }
            Files.delete(file);
        }
        assertThat(parsed + refused).isEqualTo(MUTATIONS);
        assertThat(parsed).as("some mutations are harmless").isPositive();
        assertThat(refused).as("some are not").isPositive();
    }

    private static String recording() {
        InputRecorder recorder = new InputRecorder("proving-ground", 3, "fuzz", "dock");
        ActionSet actions = new ActionSet();
        Random random = new Random(7);
        for (int tick = 0; tick < 2000; tick++) {
            actions.setBits(random.nextInt(8) == 0 ? random.nextInt(1 << Action.values().length) : actions.bits());
            recorder.record(actions);
        }
        return recorder.text();
    }

    /** Plays the script to its end, checking it holds as many ticks as it says. */
    private static void play(InputScript script) {
        long total = 0;
        for (int run = 0; run < script.runCount(); run++) {
            total += script.runTicks(run);
        }
        assertThat(script.totalTicks()).isEqualTo(total);
        InputSource player = script.player();
        ActionSet out = new ActionSet();
        long step = Math.max(1, total / 500);
        for (long tick = 0; tick < total; tick += step) {
            player.poll(tick, out);
        }
        assertThat(player.finished(total)).isTrue();
    }

    private static byte[] mutate(String source, Random random) {
        String text = source;
        for (int round = 0; round < 1 + random.nextInt(3); round++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(6)) {
                case 0:
                    text = text.substring(0, at);
                    break;
                case 1:
                    text = text.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + text.substring(at);
                    break;
                case 2:
                    text = text.substring(0, at) + "\n60," + "Z".repeat(1 + random.nextInt(2_000_000)) + "\n" + text.substring(at);
                    break;
                case 3:
                    text = random.nextBoolean() ? text.replace("\n", "\r\n") : text.replace("# level", "# LEVEL");
                    break;
                case 4:
                    text = text.substring(0, at) + "\n" + "9".repeat(1 + random.nextInt(40)) + ",R\n" + text.substring(at);
                    break;
                default:
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    for (int k = 0; k < 1 + random.nextInt(8) && bytes.length > 0; k++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                    return bytes;
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
