package com.judgmentday.window;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the real LWJGL3 window (in its own JVM, as a player would), renders 30 frames and looks at them. */
@Tag("windowed")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class WindowSmokeTest {
    @Test
    void thirtyFramesOfProvingGroundAreNotBlank(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("smoke.png");
        Path log = dir.resolve("window.log");
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "com.judgmentday.desktop.Launcher", "--level", "proving-ground", "--screenshot", png.toString(),
                "--frames", "30")
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
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in the frame").isGreaterThan(50);
    }
}
