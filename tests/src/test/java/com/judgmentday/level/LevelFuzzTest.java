package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutates real level files (dropped attributes, wrong values, truncation, garbage bytes, shuffled types)
 * and checks every result is either a clean level that steps, or refused with a level error whose
 * message names the file: never another exception, never a crash in Box2D.
 */
class LevelFuzzTest {
    private static final int MUTATIONS = 1200;
    private static final Pattern ATTRIBUTE = Pattern.compile(" (\\w+)=\"([^\"]*)\"");
    private static final String[] VALUES = {"", "abc", "-1", "0", "NaN", "Infinity", "-Infinity", "1e40", "999999999",
        "-0", "true", "3.5", "0,0 0,0", "0,0 NaN,1 2,2", "solid", "player-spawn", "exit", "&amp;", "1e-45"};
    private static final String[] TYPES = {"solid", "player-spawn", "john-spawn", "exit", "crate", "ladder", "one-way",
        "bars", "elevator", "path", "checkpoint", "beat", "trigger", "door", "camera-zone", "crat", ""};

    @TempDir
    Path dir;

    @Test
    void mutatedLevelsLoadOrAreRefusedCleanly() throws Exception {
        List<String> sources = new ArrayList<>();
        sources.add(Files.readString(TestContent.assets().resolve("levels").resolve("proving-ground.tmx")));
        sources.add(TestMaps.map("", "", LevelLoaderTest.EVERY_TYPE));
        sources.add(Files.readString(Path.of("src", "test", "resources", "levels", "every-mistake.tmx")));
        LevelLoader loader = new LevelLoader(TestContent.tuning());
        Random random = new Random(20261121L);
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String source = sources.get(random.nextInt(sources.size()));
            byte[] mutated = mutate(source, random);
            Path file = dir.resolve("fuzz-" + i + ".tmx");
            Files.write(file, mutated);
            try {
                LevelLoader.Checked checked = loader.check(new FileHandle(file.toFile()));
                if (checked.problems.isEmpty()) {
                    step(loader.load(new FileHandle(file.toFile())));
                    loaded++;
                } else {
                    for (Problem problem : checked.problems) {
                        assertThat(problem.toString()).startsWith(file.toString());
                    }
                    refused++;
                }
            } catch (LevelException e) {
                assertThat(e.getMessage()).as("mutation %d", i).startsWith(file.toString()).doesNotContain("\n");
                refused++;
            } catch (RuntimeException e) {
                throw new AssertionError("mutation " + i + " (" + file + ") escaped as " + e, e);
            }
            Files.delete(file);
        }
        assertThat(loaded + refused).isEqualTo(MUTATIONS);
        assertThat(loaded).as("some mutations are harmless").isPositive();
        assertThat(refused).as("most are not").isGreaterThan(MUTATIONS / 2);
    }

    private static void step(LevelDef level) {
        Simulation simulation = new Simulation(level, TestContent.tuning(), 1L);
        ActionSet right = new ActionSet().add(com.judgmentday.input.Action.RIGHT).add(com.judgmentday.input.Action.FIRE);
        for (int tick = 0; tick < 10; tick++) {
            simulation.step(right);
        }
        simulation.dispose();
    }

    private static byte[] mutate(String source, Random random) {
        String text = source;
        int rounds = 1 + random.nextInt(3);
        for (int round = 0; round < rounds; round++) {
            switch (random.nextInt(6)) {
                case 0:
                    text = replaceAttribute(text, random, true);
                    break;
                case 1:
                    text = replaceAttribute(text, random, false);
                    break;
                case 2:
                    text = text.substring(0, random.nextInt(text.length()));
                    break;
                case 3:
                    text = text.replaceFirst("type=\"" + TYPES[random.nextInt(TYPES.length - 2)] + "\"",
                            "type=\"" + TYPES[random.nextInt(TYPES.length)] + "\"");
                    break;
                case 4:
                    text = dropElement(text, random);
                    break;
                default:
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    for (int k = 0; k < 1 + random.nextInt(8); k++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                    return bytes;
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String replaceAttribute(String text, Random random, boolean drop) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end(), matcher.start(2), matcher.end(2)});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        if (drop) {
            return text.substring(0, span[0]) + text.substring(span[1]);
        }
        return text.substring(0, span[2]) + VALUES[random.nextInt(VALUES.length)] + text.substring(span[3]);
    }

    private static String dropElement(String text, Random random) {
        int start = text.indexOf("<object ", random.nextInt(Math.max(1, text.length())));
        if (start < 0) {
            return text;
        }
        int end = text.indexOf("</object>", start);
        int selfClosing = text.indexOf("/>", start);
        int cut = end >= 0 && (selfClosing < 0 || end < text.indexOf('>', start) + 1 || text.charAt(text.indexOf('>', start) - 1) != '/')
                ? end + "</object>".length() : selfClosing + 2;
        return text.substring(0, start) + text.substring(Math.min(text.length(), cut));
    }
}
