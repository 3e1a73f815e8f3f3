package com.judgmentday.window;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the real LWJGL3 window (in its own JVM, as a player would), renders 30 frames and looks at them: not
 * blank, and drawn on the virtual screen's grid (art, HUD and menu text alike, every 2 x 2 block one colour).
 */
@Tag("windowed")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class WindowSmokeTest {
    @Test
    void thirtyFramesOfProvingGroundAreNotBlank(@TempDir Path dir) throws Exception {
        String output = open(dir, "--level", "proving-ground");
        assertThat(output).contains("playing ");
        assertThat(colours(dir)).as("distinct colours in the frame").isGreaterThan(50);
        assertThat(offGrid(dir)).as("2 x 2 blocks of the level and its HUD that are not one colour").isZero();
    }

    @Test
    void withoutALevelTheWindowOpensAtTheTitle(@TempDir Path dir) throws Exception {
        String output = open(dir);
        assertThat(output).as("no level started").doesNotContain("playing ");
        assertThat(colours(dir)).as("distinct colours on the title screen").isGreaterThan(20);
        assertThat(offGrid(dir)).as("2 x 2 blocks of the title screen that are not one colour").isZero();
    }

    @Test
    void aTileLayerAboveTheObjectLayersIsDrawnOverTheLevel(@TempDir Path dir) throws Exception {
        // The test map's top layer covers its bottom three rows (the ground, the player's feet) in magenta.
        open(dir, "--level", Path.of("src", "test", "resources", "levels", "tile-layers.tmx").toString());
        BufferedImage image = ImageIO.read(dir.resolve("smoke.png").toFile());
        int magenta = 0;
        int seen = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                magenta += r > 100 && b > 100 && g < Math.min(r, b) / 3 ? 1 : 0;
                seen++;
            }
        }
        // 20 x 3 m of a 32 x 18 m view is a tenth of the frame.
        assertThat(magenta * 100 / seen).as("percent of the frame in the layer's magenta").isBetween(7, 14);
    }

    /** Runs the launcher with these arguments for 30 frames and a screenshot; returns its output. */
    private static String open(Path dir, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.judgmentday.desktop.Launcher"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--screenshot", dir.resolve("smoke.png").toString(), "--frames", "30",
                "--user-dir", dir.resolve("user").toString()));
        Path log = dir.resolve("window.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = java.nio.file.Files.readString(log);
        assertThat(exited).as("window closed itself after the screenshot\n" + output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /**
     * How many 2 x 2 blocks of the 1280 x 720 frame are not one colour: at scale 2 a virtual pixel is such a
     * block, so any is something drawn off the grid (text scaled by a fraction, a smooth gradient, a half pixel).
     */
    private static int offGrid(Path dir) throws Exception {
        BufferedImage image = ImageIO.read(dir.resolve("smoke.png").toFile());
        int off = 0;
        for (int y = 0; y + 1 < image.getHeight(); y += 2) {
            for (int x = 0; x + 1 < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                if (image.getRGB(x + 1, y) != rgb || image.getRGB(x, y + 1) != rgb || image.getRGB(x + 1, y + 1) != rgb) {
                    off++;
                }
            }
        }
        return off;
    }

    private static int colours(Path dir) throws Exception {
        BufferedImage image = ImageIO.read(dir.resolve("smoke.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
