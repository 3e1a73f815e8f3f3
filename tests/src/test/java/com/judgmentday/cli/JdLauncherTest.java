package com.judgmentday.cli;

import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/** tools/Jd.java, which the Tiled project's commands run: the built jar with the command's arguments, or how to build it. */
class JdLauncherTest {
    private static final Path LAUNCHER = TestContent.assets().resolve("..").resolve("tools").resolve("Jd.java").normalize();

    @TempDir
    Path root;

    @Test
    void withoutTheBuiltJarItSaysHowToBuildItAndExitsTwo() throws Exception {
        Run run = jd("validate", "whatever.tmx");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("judgment-day: the game is not built: " + root.toRealPath().resolve("desktop/target/judgment-day.jar")
                + " is missing; build it once with 'mvn -B -DskipTests package' in " + root.toRealPath() + ", then run the command again\n");
    }

    @Test
    void itRunsTheBuiltJarWithTheCommandsArgumentsAndItsExitCode() throws Exception {
        buildStandInJar();
        Path clean = TestContent.assets().resolve("levels").resolve("proving-ground.tmx");
        Run run = jd("validate", clean.toString());
        assertThat(run.exit).isZero();
        assertThat(run.out).as("the game's standard error comes out on standard output").isEqualTo("1 map, 0 problems\n");
        assertThat(run.err).as("Tiled shows no error for a clean map").isEmpty();

        Path broken = root.resolve("broken.tmx");
        Files.writeString(broken, "<map");
        run = jd("validate", broken.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).startsWith(broken + ": not a");
        assertThat(run.err).isEqualTo("judgment-day validate " + broken + " exited with status 2; its output above says why (in Tiled: the Console)\n");
    }

    /** A jar with only a manifest: the game's launcher as Main-Class, this test's class path as Class-Path. */
    private void buildStandInJar() throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "com.judgmentday.desktop.Launcher");
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        Path jar = root.resolve("desktop/target/judgment-day.jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
    }

    private Run jd(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(root, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("Jd.java ends").isTrue();
        return new Run(process.exitValue(), out, Files.readString(err));
    }

    private record Run(int exit, String out, String err) {
    }
}
