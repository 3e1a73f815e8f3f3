package com.judgmentday.audio;

import com.badlogic.gdx.Version;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Names a version of the rendered sounds: a hash of everything that decides their bytes, so the
 * {@link SoundCache} never serves a sound an older recipe made. The inputs are the compiled classes of this
 * package (the synthesizer, every recipe, the seeds and levels in {@link SoundId}, the WAV encoder), the
 * libGDX version (its random generator makes the noise), the JVM and the CPU architecture (they compute
 * the maths), and {@link #FORMAT} (the cache's file layout).
 */
public final class SynthKey {
    /** Bump when the cache's file layout changes. */
    static final int FORMAT = 1;
    private static final String PACKAGE = SynthKey.class.getPackageName().replace('.', '/') + "/";

    private SynthKey() {
    }

    /** The key, 16 hex digits; null when this package's classes can't be found to read (then nothing is cached). */
    public static String compute() {
        try {
            Path source = Path.of(SynthKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return of(classes(source));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The key of these class files (name and bytes, in name order) on this platform. */
    static String of(List<NamedBytes> classes) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        text(sha, "format " + FORMAT);
        text(sha, "libgdx " + Version.VERSION);
        text(sha, "jvm " + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        text(sha, "arch " + System.getProperty("os.arch"));
        for (NamedBytes each : classes) {
            text(sha, each.name());
            sha.update(each.bytes());
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    private static void text(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** A class file's path in its jar or directory and its bytes. */
    record NamedBytes(String name, byte[] bytes) {
    }

    /** This package's class files, from the jar or the directory of classes this class was loaded from. */
    private static List<NamedBytes> classes(Path source) throws IOException {
        List<NamedBytes> found = new ArrayList<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.list(source.resolve(PACKAGE))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = PACKAGE + file.getFileName();
                    if (name.endsWith(".class")) {
                        found.add(new NamedBytes(name, Files.readAllBytes(file)));
                    }
                }
            }
        } else {
            try (ZipFile jar = new ZipFile(source.toFile())) {
                Enumeration<? extends ZipEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(PACKAGE) && name.endsWith(".class") && name.indexOf('/', PACKAGE.length()) < 0) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            found.add(new NamedBytes(name, in.readAllBytes()));
                        }
                    }
                }
            }
        }
        if (found.isEmpty()) {
            throw new IOException("no classes of " + PACKAGE + " in " + source);
        }
        Collections.sort(found, (a, b) -> a.name().compareTo(b.name()));
        return found;
    }
}
