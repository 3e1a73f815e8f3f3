package com.judgmentday.settings;

import com.badlogic.gdx.utils.JsonReader;
import com.badlogic.gdx.utils.JsonValue;
import com.badlogic.gdx.utils.JsonWriter;
import com.badlogic.gdx.utils.SerializationException;
import com.judgmentday.content.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * that can't be understood is refused with one log line, kept beside as .bad, and the defaults are used.
 */
public final class UserFiles {
    public static final String PROPERTY = "judgmentday.userDir";
    public static final String SETTINGS = "settings.json";
    public static final String PROGRESS = "progress.json";

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
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Unreadable is not corrupt (permissions, a disk error): leave it alone for the player to fix.
            log.accept(file + ": can't be read (" + e.getMessage() + "); using the defaults and not saving over it");
            unreadable.add(name);
            return defaults.get();
        }
        String why;
        try {
            JsonValue json = new JsonReader().parse(text);
            if (json == null) {
                throw new IllegalArgumentException("the file is empty");
            }
            return read.apply(json);
        } catch (SerializationException e) {
            why = "not valid JSON (" + firstLine(e.getMessage()) + ")";
        } catch (IllegalArgumentException e) {
            why = e.getMessage();
        }
        log.accept(file + " refused: " + why + "; using the defaults; the file is kept as " + quarantine(file));
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
            log.accept(directory + ": can't clear unfinished writes of " + name + " (" + e.getMessage() + ")");
        }
    }

    /** Files whose refusal to save has been told once. */
    private final java.util.Set<String> refusedLogged = new java.util.HashSet<>();

    private boolean save(String name, JsonValue json) {
        Path file = directory.resolve(name);
        if (unreadable.contains(name)) {
            if (refusedLogged.add(name)) {
                log.accept("not saving " + file + ": it couldn't be read at start-up and is kept as it was; changes"
                        + " this session are not saved (move the file aside and restart to start afresh)");
            }
            return false;
        }
        try {
            Files.createDirectories(directory);
            AtomicFiles.writeString(file, json.prettyPrint(JsonWriter.OutputType.json, 60) + "\n");
            return true;
        } catch (IOException e) {
            log.accept("can't save " + file + " (" + e + "); the previous file is unchanged");
            return false;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
