package com.judgmentday.settings;

import com.badlogic.gdx.utils.JsonReader;
import com.badlogic.gdx.utils.JsonValue;
import com.badlogic.gdx.utils.JsonWriter;
import com.badlogic.gdx.utils.SerializationException;
import com.judgmentday.content.AtomicFiles;
import com.judgmentday.content.SmallFiles;
import com.judgmentday.content.UserText;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The player's files: settings.json and progress.json in one directory (~/.judgment-day unless the
 * {@value #PROPERTY} system property or --user-dir names another). Written whole or not at all
 * ({@link AtomicFiles}); a write cut short leaves only a temporary file, which the next start removes. A file
 * that can't be understood (not UTF-8, not JSON, nested or sized past the limits, a wrong value) is refused
 * with one log line, kept beside as .bad, and the defaults are used: whatever the files hold, the game starts.
 */
public final class UserFiles {
    public static final String PROPERTY = "judgmentday.userDir";
    public static final String SETTINGS = "settings.json";
    public static final String PROGRESS = "progress.json";
    /** Largest settings or progress file read (far above any real one: a few KB); a bigger one is refused. */
    public static final long MAX_BYTES = SmallFiles.MB;
    /** Deepest nesting of lists and objects read (the files nest three deep); deeper is refused unread. */
    public static final int MAX_DEPTH = 32;

    private final Path directory;
    private final Consumer<String> log;
    /** Files that exist but couldn't be read: never saved over, so nothing the player had is lost. */
    private final Set<String> unreadable = new HashSet<>();

    /** {@code log} takes one line per problem (refused files, failed saves). */
    public UserFiles(Path directory, Consumer<String> log) {
        this.directory = directory.toAbsolutePath();
        this.log = log;
    }

    /** The directory the property names, else ~/.judgment-day. */
    public static Path defaultDirectory() {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        return Path.of(System.getProperty("user.home"), ".judgment-day");
    }

    public Path directory() {
        return directory;
    }

    public Settings loadSettings() {
        return load(SETTINGS, SettingsJson::read, Settings::new);
    }

    public Progress loadProgress() {
        return load(PROGRESS, ProgressJson::read, Progress::new);
    }

    /** Saves; false (and a log line) when it couldn't, and the old file is then untouched. */
    public boolean save(Settings settings) {
        return save(SETTINGS, SettingsJson.write(settings));
    }

    public boolean save(Progress progress) {
        return save(PROGRESS, ProgressJson.write(progress));
    }

    private <T> T load(String name, Function<JsonValue, T> read, Supplier<T> defaults) {
        Path file = directory.resolve(name);
        removeUnfinishedWrites(name);
        if (!Files.exists(file)) {
            return defaults.get();
        }
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new IOException("not a regular file: a directory, a device or a pipe");
            }
            bytes = SmallFiles.read(file, MAX_BYTES);
        } catch (SmallFiles.Refused e) {
            return refuse(file, e.getMessage(), defaults);
        } catch (IOException e) {
            // Unreadable is not corrupt (permissions, a disk error): leave it alone for the player to fix.
            log.accept(UserText.line(file + ": can't be read (" + e.getMessage() + "); using the defaults and not"
                    + " saving over it"));
            unreadable.add(name);
            return defaults.get();
        }
        try {
            String text = SmallFiles.utf8(bytes);
            if (JsonFields.nestedDeeperThan(text, MAX_DEPTH)) {
                return refuse(file, "lists and objects are nested more than " + MAX_DEPTH + " deep", defaults);
            }
            JsonValue json = new JsonReader().parse(text);
            if (json == null) {
                return refuse(file, "the file is empty", defaults);
            }
            return read.apply(json);
        } catch (SmallFiles.Refused e) {
            return refuse(file, e.getMessage(), defaults);
        } catch (SerializationException e) {
            return refuse(file, "not valid JSON" + JsonFields.lineOf(e), defaults);
        } catch (IllegalArgumentException e) {
            return refuse(file, e.getMessage(), defaults);
        } catch (RuntimeException e) {
            // Whatever the file holds, the game must start: anything else the parser throws is a refusal too.
            return refuse(file, "not understood (" + e.getClass().getSimpleName() + ")", defaults);
        }
    }

    /** Says once why a file is refused, keeps it aside and gives the defaults. */
    private <T> T refuse(Path file, String why, Supplier<T> defaults) {
        String kept = quarantine(file);
        log.accept(UserText.line(file + " refused: " + why + "; using the defaults; the file is kept as " + kept));
        return defaults.get();
    }

    /** Moves a refused file out of the way (never over an older refused one); its new name, for the message. */
    private String quarantine(Path file) {
        Path bad = file.resolveSibling(file.getFileName() + ".bad");
        for (int n = 2; Files.exists(bad); n++) {
            bad = file.resolveSibling(file.getFileName() + ".bad" + n);
        }
        try {
            Files.move(file, bad, StandardCopyOption.ATOMIC_MOVE);
            return bad.getFileName().toString();
        } catch (IOException e) {
            return file.getFileName() + " (it could not be renamed: " + e.getMessage() + ")";
        }
    }

    /** A write cut short (a crash, a full disk) leaves AtomicFiles' temporary file; the real file is intact. */
    private void removeUnfinishedWrites(String name) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory, name + ".*.tmp")) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            log.accept(UserText.line(directory + ": can't clear unfinished writes of " + name + " (" + e.getMessage() + ")"));
        }
    }

    /** Files whose refusal to save has been told once. */
    private final java.util.Set<String> refusedLogged = new java.util.HashSet<>();

    private boolean save(String name, JsonValue json) {
        Path file = directory.resolve(name);
        if (unreadable.contains(name)) {
            if (refusedLogged.add(name)) {
                log.accept(UserText.line("not saving " + file + ": it couldn't be read at start-up and is kept as it was;"
                        + " changes this session are not saved (move the file aside and restart to start afresh)"));
            }
            return false;
        }
        try {
            Files.createDirectories(directory);
            AtomicFiles.writeString(file, json.prettyPrint(JsonWriter.OutputType.json, 60) + "\n");
            return true;
        } catch (IOException e) {
            log.accept(UserText.line("can't save " + file + " (" + e + "); the previous file is unchanged"));
            return false;
        }
    }
}
