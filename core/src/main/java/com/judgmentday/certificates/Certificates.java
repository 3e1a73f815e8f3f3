package com.judgmentday.certificates;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.content.ClasspathFile;
import com.judgmentday.content.SmallFiles;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where certificates live: {@code assets/certificates/<level>/<start>.cert}, read from the repository when run from
 * it (as levels are) and from the game's classpath otherwise.
 */
public final class Certificates {
    /** The folder under the assets. */
    public static final String FOLDER = "certificates";
    /** Where the shipped certificates' sources are, relative to the repository root. */
    public static final String SOURCE_FOLDER = "assets/" + FOLDER;

    private Certificates() {
    }

    /** The level's start points, each needing a certificate: {@value Certificate#START} (its spawn), then each checkpoint. */
    public static List<String> startPoints(LevelDef level) {
        List<String> starts = new ArrayList<>();
        starts.add(Certificate.START);
        for (AreaDef checkpoint : level.checkpoints) {
            starts.add(checkpoint.name);
        }
        return starts;
    }

    /** The file a certificate of this level and start point has, under {@code root} (e.g. assets/certificates). */
    public static Path path(Path root, String level, String start) {
        return root.resolve(fileName(level)).resolve(fileName(start) + ".cert");
    }

    /** A level id or checkpoint name as a file name: letters, digits, '.', '-' and '_' kept, anything else '_'. */
    static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
    }

    /** The shipped certificate of a level's start point, or null when it has none (that start point is uncertified). */
    public static Certificate find(String level, String start) throws CertificateException {
        Path onDisk = path(Path.of(SOURCE_FOLDER), level, start);
        if (onDisk.toFile().isFile()) {
            return CertificateText.read(onDisk);
        }
        String inJar = FOLDER + "/" + fileName(level) + "/" + fileName(start) + ".cert";
        FileHandle packed = new ClasspathFile(inJar);
        if (!packed.exists()) {
            return null;
        }
        try {
            return CertificateText.parse(inJar, SmallFiles.utf8(SmallFiles.read(packed, CertificateText.MAX_BYTES)));
        } catch (IOException e) {
            throw new CertificateException(inJar + ": can't read the certificate (" + e.getMessage() + ")");
        }
    }

    /** Whether a certificate file's folder and name agree with what it says it certifies. */
    public static String misplaced(File file, Certificate certificate) {
        String folder = file.getParentFile() == null ? "" : file.getParentFile().getName();
        String expected = fileName(certificate.level) + "/" + fileName(certificate.start) + ".cert";
        return (folder + "/" + file.getName()).equals(expected) ? null
                : file + " certifies " + certificate.name() + "; it belongs at " + FOLDER + "/" + expected;
    }
}
