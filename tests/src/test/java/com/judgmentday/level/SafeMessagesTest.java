package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.UserText;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** What a map says reaches the terminal escaped and bounded, whichever check reports it. */
class SafeMessagesTest {
    @TempDir
    Path dir;

    private Array<Problem> check(String objects) throws Exception {
        return new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("m.tmx", TestMaps.base(objects))).problems;
    }

    @Test
    void escapesInATypeNeverReachTheTerminal() throws Exception {
        Array<Problem> problems = check("<object id=\"4\" type=\"&#x1b;[31mred&#x1b;[0m\" x=\"1\" y=\"1\"/>\n");

        assertThat(problems).singleElement().asString()
                .startsWith(dir.resolve("m.tmx") + ":4 (\\x1B[31mred\\x1B[0m): unknown type '\\x1B[31mred\\x1B[0m'")
                .doesNotContain("\u001B");
    }

    @Test
    void aTenMegabyteTypeGivesABoundedLineQuickly() throws Exception {
        String huge = "x".repeat(10_000_000);

        Array<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> check("<object id=\"4\" type=\"" + huge + "\" x=\"1\" y=\"1\"/>\n"));

        assertThat(problems).singleElement().asString().hasSizeLessThanOrEqualTo(UserText.LINE_LIMIT)
                .contains("more characters)");
    }

    @Test
    void aRefusedFileSaysItInOneBoundedLine() {
        String map = TestMaps.base("").replace("width=\"20\"", "width=\"" + "\u0000".repeat(3_000_000) + "\"");

        assertThatThrownBy(() -> TmxReader.read(new TestMaps(dir).write("w.tmx", map))).isInstanceOf(LevelException.class)
                .message().hasSizeLessThanOrEqualTo(UserText.LINE_LIMIT).doesNotContain("\u0000").doesNotContain("\n");
    }

    @Test
    void aProblemMadeAnywhereIsBoundedAndEscaped() {
        Problem problem = new Problem("a\nb.tmx", 7, "\u001B[2J", "bad " + "\u0007".repeat(2000));

        assertThat(problem.toString()).hasSizeLessThanOrEqualTo(UserText.LINE_LIMIT).startsWith("a\\nb.tmx:7 (\\x1B[2J): bad \\x07")
                .doesNotContain("\u0007");
        assertThat(new LevelException("x\u001B").getMessage()).isEqualTo("x\\x1B");
    }
}
