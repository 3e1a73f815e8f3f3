package com.judgmentday.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher as a player runs it where no window can open: one line that says why, and nothing else. */
@EnabledOnOs(OS.LINUX)
class WithoutADisplayTest {
    @TempDir
    Path dir;

    @Test
    void withNoDisplayAtAllItPrintsOneLineSayingHowToGetOne() throws Exception {
        List<String> output = launch(Map.of());
        assertThat(output).hasSize(1);
        assertThat(output.get(0)).startsWith("judgment-day: no display to open the game window on").contains("xvfb-run");
    }

    @Test
    void withADisplayNobodyServesItNamesThatDisplayInOneLine() throws Exception {
        List<String> output = launch(Map.of("DISPLAY", ":4093"));
        assertThat(output).hasSize(1);
        assertThat(output.get(0)).startsWith("judgment-day: can't open the display :4093 (GLFW: ").contains("xvfb-run");
    }

    /** Runs the launcher with only these display variables; returns its output lines after checking exit 2. */
    private List<String> launch(Map<String, String> display) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.judgmentday.desktop.Launcher",
                "--user-dir", dir.resolve("user").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(display);
        Process process = builder.start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = Files.readString(dir.resolve("out.log"));
        assertThat(exited).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        return output.lines().toList();
    }
}
