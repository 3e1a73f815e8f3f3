package com.judgmentday.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text from files and the command line is quoted in messages safely: escaped, bounded, marked when cut. */
class UserTextTest {
    @Test
    void plainTextIsQuotedAsItIs() {
        assertThat(UserText.quote("crate")).isEqualTo("'crate'");
        assertThat(UserText.quote("Straße 42 ☃ 😀")).isEqualTo("'Straße 42 ☃ 😀'");
    }

    @Test
    void controlCharactersAreEscapedNotPassedToTheTerminal() {
        assertThat(UserText.quote("\u001B[31mred\u001B[0m")).isEqualTo("'\\x1B[31mred\\x1B[0m'");
        assertThat(UserText.token("a\u0000b\nc\rd\te\u007Ff")).isEqualTo("a\\x00b\\nc\\rd\\te\\x7Ff");
        assertThat(UserText.token("evil\u202Etxt.exe\u200B")).isEqualTo("evil\\u202Etxt.exe\\u200B");
        assertThat(UserText.token("lone \uD800 surrogate")).isEqualTo("lone \\uD800 surrogate");
    }

    @Test
    void aHugeTokenIsCutWithAMarkerSayingHowMuchWasLeftOut() {
        String huge = "x".repeat(10_000_000);

        String quoted = UserText.quote(huge);

        assertThat(quoted).hasSizeLessThanOrEqualTo(UserText.TOKEN_LIMIT + 2)
                .startsWith("'xxxx").endsWith(" more characters)'").contains("... (99999");
        int shown = quoted.indexOf("...") - 1;
        assertThat(quoted).contains("(" + (huge.length() - shown) + " more characters)");
    }

    @Test
    void aMessageLineIsBoundedAndQuotingItAgainChangesNothing() {
        String message = "file.tmx: unknown type '" + "\u001B".repeat(5000) + "'";

        String line = UserText.line(message);

        assertThat(line).hasSizeLessThanOrEqualTo(UserText.LINE_LIMIT).doesNotContain("\u001B").contains("more characters)");
        assertThat(UserText.line(line)).isEqualTo(line);
        assertThat(UserText.line("short and fine")).isEqualTo("short and fine");
    }

    @Test
    void aCutNeverSplitsACharacterInTwo() {
        String faces = "😀".repeat(100);

        String cut = UserText.token(faces);

        assertThat(cut.substring(0, cut.indexOf("..."))).isEqualTo("😀".repeat(24));
    }
}
