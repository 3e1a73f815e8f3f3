package com.judgmentday.settings;

import com.badlogic.gdx.Input.Keys;
import com.judgmentday.content.UserText;
import com.judgmentday.input.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Settings and progress on disk: they survive a restart, a write cut short loses nothing, a bad file is kept aside. */
class UserFilesTest {
    @TempDir
    Path dir;
    private final List<String> log = new ArrayList<>();

    private UserFiles files() {
        return new UserFiles(dir, log::add);
    }

    @Test
    void theTestsNeverReachThePlayersOwnDirectory() {
        assertThat(UserFiles.defaultDirectory()).as("tests/pom.xml sets " + UserFiles.PROPERTY + " for every test JVM")
                .isNotEqualTo(Path.of(System.getProperty("user.home"), ".judgment-day"))
                .matches(path -> path.endsWith(Path.of("target", "user-files")), "is target/user-files");
    }

    private static Settings changed() {
        Settings s = new Settings();
        s.masterVolume = 0.3f;
        s.musicVolume = 0f;
        s.effectsVolume = 0.9f;
        s.fullscreen = true;
        s.vsync = false;
        s.screenShake = false;
        s.difficulty = "hard";
        s.gameSpeed = 0.6f;
        s.invulnerable = true;
        assertThat(s.keys.bind(Action.JUMP, 1, Keys.UP)).as("Up belongs to up").isNotNull();
        assertThat(s.keys.bind(Action.JUMP, 1, Keys.H)).isNull();
        assertThat(s.pad.bind(Action.RELOAD, 1, PadButton.LEFT_STICK.ordinal())).isNull();
        return s;
    }

    @Test
    void settingsSurviveARestart() {
        Settings saved = changed();
        assertThat(files().save(saved)).isTrue();

        Settings read = files().loadSettings();

        assertThat(read).usingRecursiveComparison().isEqualTo(saved);
        assertThat(read).usingRecursiveComparison().isNotEqualTo(new Settings());
        assertThat(log).isEmpty();
    }

    @Test
    void progressSurvivesARestart() {
        Progress saved = new Progress();
        saved.complete("proving-ground");
        saved.reach("galleria", "arcade");
        files().save(saved);

        Progress read = files().loadProgress();

        assertThat(read.completed("proving-ground")).isTrue();
        assertThat(read.completed("galleria")).isFalse();
        assertThat(read.reached("galleria")).containsExactly("arcade");
    }

    @Test
    void aWriteCutShortLeavesTheLastGoodFileAndItsTemporaryIsCleared() throws Exception {
        Settings good = changed();
        files().save(good);
        String whole = Files.readString(dir.resolve("settings.json"));
        // What AtomicFiles leaves when the process dies mid-write: half the new text in its temporary file.
        Path temp = dir.resolve("settings.json.4242.tmp");
        Files.writeString(temp, whole.substring(0, whole.length() / 2));

        Settings read = files().loadSettings();

        assertThat(read).usingRecursiveComparison().isEqualTo(good);
        assertThat(temp).doesNotExist();
        assertThat(log).isEmpty();
    }

    @Test
    void aTruncatedFileIsRefusedWithOneLineKeptAsBadAndTheDefaultsUsed() throws Exception {
        files().save(changed());
        Path file = dir.resolve("settings.json");
        String whole = Files.readString(file);
        String truncated = whole.substring(0, whole.length() / 2);
        Files.writeString(file, truncated);

        Settings read = files().loadSettings();

        assertThat(read).usingRecursiveComparison().isEqualTo(new Settings());
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).contains(file.toString()).contains("not valid JSON").contains("settings.json.bad");
        assertThat(dir.resolve("settings.json.bad")).hasContent(truncated);
        assertThat(file).doesNotExist();
    }

    @Test
    void aSecondBadFileDoesNotOverwriteTheFirst() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, "{\"completed\": [");
        files().loadProgress();
        Files.writeString(file, "{\"completed\": 3}");

        Progress read = files().loadProgress();

        assertThat(read.completedLevels()).isEmpty();
        assertThat(dir.resolve("progress.json.bad")).hasContent("{\"completed\": [");
        assertThat(dir.resolve("progress.json.bad2")).hasContent("{\"completed\": 3}");
        assertThat(log.get(1)).contains("completed must be a list");
    }

    @Test
    void aValueOutOfRangeIsRefusedByName() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"masterVolume\": 7, \"vsync\": false}");

        Settings read = files().loadSettings();

        assertThat(read.vsync).as("the whole file is refused, not half-read").isTrue();
        assertThat(log).singleElement().asString().contains("masterVolume must be a number from 0.0 to 1.0 (found 7)");
    }

    @Test
    void conflictingBindingsInTheFileAreRefused() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"keys\": {\"jump\": [\"K\"]}}");

        Settings read = files().loadSettings();

        assertThat(read.keys.code(Action.JUMP, 0)).isEqualTo(Keys.SPACE);
        assertThat(log).singleElement().asString().contains("keys.jump: K is already bound to alt fire");
    }

    @Test
    void anOlderFileKeepsDefaultsForWhatItLacks() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"musicVolume\": 0.2}");

        Settings read = files().loadSettings();

        assertThat(read.musicVolume).isEqualTo(0.2f);
        assertThat(read.masterVolume).isEqualTo(new Settings().masterVolume);
        assertThat(log).isEmpty();
    }

    @Test
    void aValueNestedTenThousandDeepIsRefusedAndKeptAsideNotAStackOverflow() throws Exception {
        Path file = dir.resolve("settings.json");
        String deep = "{\"masterVolume\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        Files.writeString(file, deep);

        Settings read = files().loadSettings();

        assertThat(read).usingRecursiveComparison().isEqualTo(new Settings());
        assertThat(log).singleElement().asString().contains("nested more than " + UserFiles.MAX_DEPTH + " deep")
                .contains("settings.json.bad");
        assertThat(dir.resolve("settings.json.bad")).hasContent(deep);
    }

    @Test
    void aFileThatIsNotUtf8IsKeptAsideAndTheSettingsAreSavedAgain() throws Exception {
        Path file = dir.resolve("settings.json");
        byte[] latin1 = "{\"difficulty\": \"d\u00e9j\u00e0\"}".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        UserFiles files = files();

        Settings read = files.loadSettings();

        assertThat(read).usingRecursiveComparison().isEqualTo(new Settings());
        assertThat(log).singleElement().asString().contains("refused: not UTF-8 text (byte 18 is not)").contains("settings.json.bad");
        assertThat(dir.resolve("settings.json.bad")).hasBinaryContent(latin1);
        assertThat(files.save(changed())).as("a refused file is aside, so saving goes on").isTrue();
        assertThat(files().loadSettings()).usingRecursiveComparison().isEqualTo(changed());
    }

    @Test
    void aByteOrderMarkFromAWindowsEditorIsIgnored() throws Exception {
        Files.write(dir.resolve("settings.json"), ("\uFEFF{\"musicVolume\": 0.2}").getBytes(StandardCharsets.UTF_8));

        assertThat(files().loadSettings().musicVolume).isEqualTo(0.2f);
        assertThat(log).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsKeptAsideUnread() throws Exception {
        Path file = dir.resolve("progress.json");
        byte[] big = new byte[(int) UserFiles.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        Files.write(file, big);

        Progress read = files().loadProgress();

        assertThat(read.completedLevels()).isEmpty();
        assertThat(log).singleElement().asString().contains("refused: larger than the 1 MB limit (1,048,577 bytes)").contains("progress.json.bad");
        assertThat(dir.resolve("progress.json.bad")).exists();
    }

    @Test
    void aDirectoryInThePlaceOfTheFileIsLeftAloneAndNotSavedOver() throws Exception {
        Files.createDirectories(dir.resolve("settings.json").resolve("inside"));
        UserFiles files = files();

        assertThat(files.loadSettings()).usingRecursiveComparison().isEqualTo(new Settings());
        assertThat(files.save(changed())).isFalse();

        assertThat(log.get(0)).contains("can't be read (not a regular file").contains("not saving over it");
        assertThat(dir.resolve("settings.json").resolve("inside")).isDirectory();
    }

    @Test
    void aLargeProgressFileLoadsInLinearTime() throws Exception {
        StringBuilder json = new StringBuilder("{\"completed\": [");
        for (int i = 0; i < 60_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"level-").append(i).append('"');
        }
        json.append("], \"checkpoints\": {\"proving-ground\": [");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"cp-").append(i).append('"');
        }
        Files.writeString(dir.resolve("progress.json"), json.append("]}}"));

        Progress read = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> files().loadProgress());

        assertThat(read.completedLevels().size).isEqualTo(60_000);
        assertThat(read.reached("proving-ground").size).isEqualTo(20_000);
        assertThat(log).isEmpty();
    }

    @Test
    void aRefusalQuotesTheValueSafelyAndBriefly() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"difficulty\": \"\\u001b[31m" + "x".repeat(500_000) + "\"}");

        files().loadSettings();

        assertThat(log).singleElement().asString().doesNotContain("\u001b").contains("\\x1B[31mxxx")
                .contains("more characters)").hasSizeLessThan(UserText.LINE_LIMIT);
    }
}
