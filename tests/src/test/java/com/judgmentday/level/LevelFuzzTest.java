package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.content.UserText;
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
 * Mutates real level files (dropped attributes, wrong values, truncation, garbage bytes, shuffled types,
 * and what once crashed or leaked: deep group nesting, stray tags, text among elements, control characters,
 * huge values, tilesets that are devices or other files) and checks every result is either a clean level
 * that steps, or refused with a level error whose one safe, bounded line names the file: never another
 * exception, never a crash in Box2D, never another file's text.
 */
class LevelFuzzTest {
    private static final int MUTATIONS = 1200;
    private static final Pattern ATTRIBUTE = Pattern.compile(" (\\w+)=\"([^\"]*)\"");
    private static final String[] VALUES = {"", "abc", "-1", "0", "NaN", "Infinity", "-Infinity", "1e40", "999999999",
        "-0", "true", "3.5", "0,0 0,0", "0,0 NaN,1 2,2", "solid", "player-spawn", "exit", "&amp;", "1e-45"};
    private static final String[] TYPES = {"solid", "player-spawn", "john-spawn", "exit", "crate", "ladder", "one-way",
        "bars", "elevator", "path", "checkpoint", "beat", "trigger", "door", "camera-zone", "crat", ""};

    /** Text of a file no map should ever quote. */
    private static final String SECRET = "root:x:0:0:SECRET";

    @TempDir
    Path dir;

    @Test
    void mutatedLevelsLoadOrAreRefusedCleanly() throws Exception {
        List<String> sources = new ArrayList<>();
        sources.add(Files.readString(TestContent.assets().resolve("levels").resolve("proving-ground.tmx")));
        sources.add(TestMaps.map("", "", LevelLoaderTest.EVERY_TYPE));
        sources.add(Files.readString(Path.of("src", "test", "resources", "levels", "every-mistake.tmx")));
        Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
        Files.createDirectories(dir.resolve("folder.tsx"));
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
                        assertSafe(problem.toString(), file, i);
                    }
                    refused++;
                }
            } catch (LevelException e) {
                assertSafe(e.getMessage(), file, i);
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

    private static void assertSafe(String message, Path file, int mutation) {
        assertThat(message).as("mutation %d", mutation).startsWith(file.toString()).doesNotContain(SECRET)
                .hasSizeLessThanOrEqualTo(UserText.LINE_LIMIT).doesNotContainPattern("[\\x00-\\x1f\\x7f]");
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
            switch (random.nextInt(7)) {
                case 6:
                    text = hostile(text, random);
                    break;
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
                    // An earlier cut may have left nothing to corrupt.
                    for (int k = 0; bytes.length > 0 && k < 1 + random.nextInt(8); k++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                    return bytes;
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The inputs a fuzzing run once found crashing, hanging or leaking the reader, put somewhere in the map. */
    private static String hostile(String text, Random random) {
        int layers = text.indexOf("<objectgroup");
        if (layers < 0) {
            return text;
        }
        String before = text.substring(0, layers);
        String after = text.substring(layers);
        switch (random.nextInt(10)) {
            case 0:
                return before + "<group>".repeat(5000) + "</group>".repeat(5000) + after;
            case 1:
                return text.replace("</map>", "</objectgroup></map>");
            case 2:
                return before + "<stray>" + after;
            case 3:
                return before + "x<b/>".repeat(1 + random.nextInt(50_000)) + after;
            case 4:
                return text.replaceFirst("type=\"", "type=\"\u001B[31m\u0000&#x1b;");
            case 5:
                return text.replaceFirst("name=\"[^\"]*\"", "name=\"" + "\u0007".repeat(1 + random.nextInt(3_000_000)) + "\"");
            case 6:
                String[] sources = {"secret.txt", "folder.tsx", "../".repeat(16) + "dev/zero", "missing.tsx"};
                return before + "<tileset firstgid=\"1\" source=\"" + sources[random.nextInt(sources.length)] + "\"/>" + after;
            case 7:
                return "\uFEFF" + text;
            case 8:
                return before + (random.nextBoolean() ? "<!-- never closed" : "<![CDATA[ never closed") + after;
            default:
                return text.replaceFirst("<properties>", "<properties><property name=\"type\" value=\"&#x" + "F".repeat(
                        1 + random.nextInt(12)) + ";\"/>");
        }
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
