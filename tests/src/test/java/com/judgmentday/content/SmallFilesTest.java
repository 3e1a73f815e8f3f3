package com.judgmentday.content;

import com.badlogic.gdx.files.FileHandle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files are read whole only when they are regular files under the limit; text only when it is UTF-8. */
class SmallFilesTest {
    @TempDir
    Path dir;

    @Test
    void aRegularFileUnderTheLimitIsReadWhole() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "hello");
        assertThat(SmallFiles.read(file, 5)).isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(SmallFiles.read(new FileHandle(file.toFile()), 5)).hasSize(5);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitAndItsSize() throws Exception {
        Path file = dir.resolve("big.txt");
        Files.write(file, new byte[3 * 1024 * 1024 / 2]);
        assertThatThrownBy(() -> SmallFiles.read(file, SmallFiles.MB)).isInstanceOf(SmallFiles.Refused.class)
                .hasMessage("larger than the 1 MB limit (1,572,864 bytes)");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThatThrownBy(() -> SmallFiles.read(dir, SmallFiles.MB)).isInstanceOf(SmallFiles.Refused.class)
                .hasMessage("not a regular file (a directory, a device or a pipe)");
        assertThatThrownBy(() -> SmallFiles.read(dir.resolve("gone"), SmallFiles.MB)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anEndlessDeviceIsRefusedWithoutReadingIt() {
        assertThatThrownBy(() -> SmallFiles.read(Path.of("/dev/zero"), SmallFiles.MB)).isInstanceOf(SmallFiles.Refused.class)
                .hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> SmallFiles.read(new FileHandle("/dev/zero"), SmallFiles.MB))
                .isInstanceOf(SmallFiles.Refused.class);
    }

    @Test
    void aClasspathFileIsReadUpToTheLimit() throws Exception {
        assertThat(SmallFiles.read(new ClasspathFile("levels/levels.json"), SmallFiles.MB)).isNotEmpty();
        assertThatThrownBy(() -> SmallFiles.read(new ClasspathFile("levels/levels.json"), 10))
                .isInstanceOf(SmallFiles.Refused.class).hasMessage("larger than the 1 KB limit (it goes on past that)");
    }

    @Test
    void textMustBeUtf8AndLosesItsByteOrderMark() throws Exception {
        assertThat(SmallFiles.utf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'})).isEqualTo("{}");
        assertThat(SmallFiles.utf8("Straße".getBytes(StandardCharsets.UTF_8))).isEqualTo("Straße");
        assertThatThrownBy(() -> SmallFiles.utf8(new byte[] {'{', '"', (byte) 0xFF, '"', '}'}))
                .isInstanceOf(SmallFiles.Refused.class).hasMessage("not UTF-8 text (byte 3 is not)");
        assertThat(SmallFiles.utf8Lenient(new byte[] {'a', (byte) 0xFF})).isEqualTo("a\uFFFD");
    }
}
