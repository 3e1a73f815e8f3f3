package com.judgmentday.settings;

import com.judgmentday.content.UserText;
import com.judgmentday.input.Action;
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
 * Mutates saved settings and progress files (garbage bytes, truncation, deep nesting, huge strings and
 * numbers, wrong types, control characters, byte-order marks, bytes that aren't UTF-8) and starts the game's
 * file handling on each: it always starts; a file it refuses is said once, in one safe line, and kept aside
 * byte for byte; and the next save always works, so no player is left unable to save.
 */
class UserFilesFuzzTest {
    private static final int MUTATIONS = 400;
    private static final String[] INSERTS = {"[".repeat(10_000), "{\"a\":".repeat(5_000), "\"\\u001b[2J\"", "\u0000", "null", "-1",
        "1e999", "99999999999999999999999", "\"" + "x".repeat(200_000) + "\"", "\uFEFF", "true", "\"hard\"", "{}", "[]",
        "\"Space\"", "\"jump\": [\"K\"]", ",", "//", "/*", "\"\u202E\""};

    @TempDir
    Path dir;

    @Test
    void whateverTheFilesHoldTheGameStartsAndSavesAgain() throws Exception {
        Settings settings = new Settings();
        settings.difficulty = "hard";
        settings.keys.bind(Action.JUMP, 1, com.badlogic.gdx.Input.Keys.H);
        Progress progress = new Progress();
        progress.complete("proving-ground");
        progress.reach("galleria", "arcade");
        new UserFiles(dir, line -> { }).save(settings);
        new UserFiles(dir, line -> { }).save(progress);
        String settingsText = Files.readString(dir.resolve(UserFiles.SETTINGS));
        String progressText = Files.readString(dir.resolve(UserFiles.PROGRESS));
        Random random = new Random(20261204L);
        int refused = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            boolean ofSettings = random.nextBoolean();
            String name = ofSettings ? UserFiles.SETTINGS : UserFiles.PROGRESS;
            Path file = dir.resolve(name);
            byte[] mutated = mutate(ofSettings ? settingsText : progressText, random);
            Files.write(file, mutated);
            List<String> log = new ArrayList<>();
            UserFiles files = new UserFiles(dir, log::add);

            if (ofSettings) {
                files.loadSettings();
            } else {
                files.loadProgress();
            }

            assertThat(log).as("mutation %d", i).hasSizeLessThanOrEqualTo(1);
            if (!log.isEmpty()) {
                assertThat(log.get(0)).as("mutation %d", i).contains(file.toString()).contains("kept as " + name + ".bad")
                        .hasSizeLessThanOrEqualTo(UserText.LINE_LIMIT).doesNotContainPattern("[\\x00-\\x1f\\x7f\\u202e]");
                Path bad = dir.resolve(name + ".bad");
                assertThat(bad).as("mutation %d", i).hasBinaryContent(mutated);
                Files.delete(bad);
                refused++;
            }
            assertThat(ofSettings ? files.save(settings) : files.save(progress)).as("mutation %d saves again", i).isTrue();
            assertThat(log).as("mutation %d", i).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(refused).as("most mutations are refused").isGreaterThan(MUTATIONS / 2);
        assertThat(refused).as("some are harmless").isLessThan(MUTATIONS);
    }

    private static byte[] mutate(String source, Random random) {
        String text = source;
        for (int round = 0; round < 1 + random.nextInt(3); round++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(5)) {
                case 0:
                    text = text.substring(0, at);
                    break;
                case 1:
                case 2:
                    text = text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at);
                    break;
                case 3:
                    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
                    byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
                    byte[] latin1 = new byte[head.length + 1 + tail.length];
                    System.arraycopy(head, 0, latin1, 0, head.length);
                    latin1[head.length] = (byte) 0xE9;
                    System.arraycopy(tail, 0, latin1, head.length + 1, tail.length);
                    return latin1;
                default:
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    for (int k = 0; k < 1 + random.nextInt(6) && bytes.length > 0; k++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                    return bytes;
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
