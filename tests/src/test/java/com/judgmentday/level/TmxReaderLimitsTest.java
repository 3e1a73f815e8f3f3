package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.content.UserText;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Map files that once crashed, hung or leaked another file's text: each is refused with one line naming
 * the file, the line and the tag where it can, and never quoting bytes from another file.
 */
class TmxReaderLimitsTest {
    @TempDir
    Path dir;

    private TmxDocument read(String name, String text) throws Exception {
        return TmxReader.read(new TestMaps(dir).write(name, text));
    }

    private static String withBeforeObjects(String xml) {
        return TestMaps.base("").replace("<objectgroup", xml + "<objectgroup");
    }

    @Test
    void fiveThousandNestedGroupsAreRefusedNotAStackOverflow() {
        String map = TestMaps.base("").replace("<objectgroup", "<group id=\"9\" name=\"g\">\n".repeat(5000)
                + "</group>\n".repeat(5000) + "<objectgroup");

        assertThatThrownBy(() -> read("deep.tmx", map)).isInstanceOf(LevelException.class).hasMessage(
                dir.resolve("deep.tmx") + ": not a readable Tiled map (line " + (2 + TmxReader.MAX_DEPTH)
                        + ": elements are nested more than " + TmxReader.MAX_DEPTH + " deep; flatten the group layers)");
    }

    @Test
    void aStrayClosingTagIsNamedWithItsLine() {
        String map = TestMaps.base("").replace("</map>", "</objectgroup>\n</map>");

        assertThatThrownBy(() -> read("stray.tmx", map)).isInstanceOf(LevelException.class).hasMessage(
                dir.resolve("stray.tmx") + ": not a readable Tiled map (line 8: </objectgroup> where </map> was expected"
                        + " (<map> opened on line 2); remove the stray tag)");
    }

    @Test
    void aStrayTagThatIsNeverClosedIsNamedWithItsLine() {
        String map = TestMaps.base("<foo>\n");

        assertThatThrownBy(() -> read("open.tmx", map)).isInstanceOf(LevelException.class).hasMessage(
                dir.resolve("open.tmx") + ": not a readable Tiled map (line 8: </objectgroup> where </foo> was expected"
                        + " (<foo> opened on line 7); remove the stray tag)");
        assertThatThrownBy(() -> read("cut.tmx", TestMaps.base("").replace("</map>\n", ""))).hasMessageEndingWith(
                "cut.tmx: not a readable Tiled map (<map> opened on line 2 is never closed; the file may be cut short)");
        assertThatThrownBy(() -> read("after.tmx", TestMaps.base("") + "</map>\n")).hasMessageEndingWith(
                "after.tmx: not a readable Tiled map (line 9: </map> closes nothing; remove the stray tag)");
    }

    @Test
    void unclosedCommentsAndBadEntitiesAreRefusedCleanly() {
        assertThatThrownBy(() -> read("c.tmx", TestMaps.base("<!-- never closed\n"))).isInstanceOf(LevelException.class)
                .hasMessageEndingWith("c.tmx: not a readable Tiled map (line 7: a comment is never closed with -->)");
        assertThatThrownBy(() -> read("e.tmx", TestMaps.base("<object id=\"4\" name=\"&#xZZZZ;\" x=\"0\" y=\"0\"/>\n")))
                .isInstanceOf(LevelException.class).hasMessageEndingWith("e.tmx: not a readable Tiled map (not well-formed XML)");
    }

    @Test
    void textAmongElementsIsRefusedRatherThanParsedInQuadraticTime() {
        String map = TestMaps.base("").replace("<objectgroup", "x<b/>".repeat(400_000) + "<objectgroup");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> read("mixed.tmx", map))
                .isInstanceOf(LevelException.class).hasMessageEndingWith("mixed.tmx: not a readable Tiled map (line 3:"
                        + " text among the elements of <map>; Tiled writes none there, remove it)"));
    }

    @Test
    void theParsersOwnMessageNeverQuotesTheFile() {
        assertThatThrownBy(() -> read("bad.tmx", TestMaps.base("<object id=4 x=\"secret-in-the-file\"/>\n")))
                .isInstanceOf(LevelException.class).hasMessageEndingWith("bad.tmx: not a readable Tiled map (not well-formed XML"
                        + " on line 7)").message().doesNotContain("secret");
    }

    @Test
    void aTilesetThatIsAnotherFileNeverHasItsTextQuoted() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "root:x:0:0:root:/root:/bin/bash\n");

        assertThatThrownBy(() -> read("pw.tmx", withBeforeObjects("<tileset firstgid=\"1\" source=\"secret.txt\"/>\n")))
                .isInstanceOf(LevelException.class).hasMessageEndingWith(
                        "pw.tmx: external tileset 'secret.txt' is not readable (line 1: text outside any element)")
                .message().doesNotContain("root");
        assertThatThrownBy(() -> TmxReader.read(new FileHandle(secret.toFile()))).message().doesNotContain("root");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aTilesetOrMapThatIsADeviceIsRefusedUnread() {
        String zero = withBeforeObjects("<tileset firstgid=\"1\" source=\"" + "../".repeat(dir.getNameCount()) + "dev/zero\"/>\n");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> read("zero.tmx", zero))
                .isInstanceOf(LevelException.class).hasMessageContaining("dev/zero' is not a regular file (a directory, a device or a pipe); point it at a .tsx file"));
        assertThatThrownBy(() -> TmxReader.read(new FileHandle("/dev/zero"))).isInstanceOf(LevelException.class)
                .hasMessage("/dev/zero: not a regular file (a directory, a device or a pipe); name a .tmx file");
    }

    @Test
    void aMapOverTheSizeLimitIsRefusedWithTheLimit() throws Exception {
        Path big = dir.resolve("big.tmx");
        Files.write(big, new byte[(int) TmxReader.MAX_BYTES + 1]);

        assertThatThrownBy(() -> TmxReader.read(new FileHandle(big.toFile()))).isInstanceOf(LevelException.class)
                .hasMessage(big + ": larger than the 16 MB limit (16,777,217 bytes); is it the map you meant?");
    }

    @Test
    void controlCharactersAndHugeValuesAreQuotedSafely() {
        String ansi = TestMaps.base("").replace("<objectgroup id=\"1\" name=\"o\">", "<layer id=\"5\" name=\"\u001B[31mart\">"
                + "<data compression=\"zstd\">AA</data></layer>\n<objectgroup id=\"1\" name=\"o\">");
        assertThatThrownBy(() -> read("ansi.tmx", ansi)).hasMessageContaining("layer '\\x1B[31mart' uses zstd");
        String huge = TestMaps.map("", "", "").replace("orthogonal", "x".repeat(2_000_000));
        assertThatThrownBy(() -> read("huge.tmx", huge)).message().hasSizeLessThan(UserText.LINE_LIMIT)
                .contains("more characters)");
    }
}
