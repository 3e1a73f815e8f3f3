package com.judgmentday.content;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** John's protests at a lethal shot are lines of the lines file (john.protest.1..n), not words in the code. */
class ProtestLinesTest {
    @Test
    void numberedLinesAreReadInOrderUpToTheFirstGap() {
        Lines lines = Lines.parse("test-lines", "john.protest.2: John | Second\njohn.protest.1: John | First\n"
                + "john.protest.4: John | After a gap\n");
        assertThat(lines.numbered(Lines.PROTESTS)).containsExactly("First", "Second");
        assertThat(Lines.parse("none", "").numbered(Lines.PROTESTS)).isEmpty();
    }

    @Test
    void aLoadedLevelCarriesTheProtestsOfTheLinesItWasLoadedWith() throws Exception {
        FileHandle map = new FileHandle(TestContent.assets().resolve("levels/proving-ground.tmx").toFile());
        LevelDef shipped = new LevelLoader(TestContent.tuning()).load(map);
        assertThat(shipped.protests).containsExactly("You can't just go around killing people!", "Hey! You promised!",
                "Swear you won't kill anyone!");
        assertThat(shipped.thrownProtest).isEqualTo("Whoa! Watch it with that thing!");
        String text = java.nio.file.Files.readString(TestContent.assets().resolve(Lines.PATH));
        Lines own = Lines.parse("own", text.replace("You can't just go around killing people!", "Not on my watch."));
        assertThat(new LevelLoader(TestContent.tuning(), own).load(map).protests)
                .containsExactly("Not on my watch.", "Hey! You promised!", "Swear you won't kill anyone!");
    }
}
