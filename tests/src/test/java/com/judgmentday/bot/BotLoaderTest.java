package com.judgmentday.bot;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.content.ContentException;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped bot.json loads with its four skills; with a figure broken it is refused naming the file and what. */
class BotLoaderTest {
    @TempDir
    Path dir;

    private FileHandle shippedWith(String from, String to) throws Exception {
        String text = Files.readString(TestContent.assets().resolve("data/bot.json"));
        assertThat(text).contains(from);
        Path file = dir.resolve("bot.json");
        Files.writeString(file, text.replace(from, to));
        return new FileHandle(file.toFile());
    }

    @Test
    void theShippedFileHasTheFourSkills() {
        BotDef def = BotLoader.load();
        assertThat(def.skills.keys().toArray().toArray(String.class))
                .containsExactlyInAnyOrder("careful", "average", "reckless", "perfect");
        assertThat(def.skill("perfect").reactionTicks).isZero();
        assertThat(def.skill("careful").reactionTicks).isGreaterThan(def.skill("reckless").reactionTicks);
    }

    @Test
    void anUnknownSkillIsRefusedWithTheNames() {
        assertThatThrownBy(() -> BotLoader.load().skill("godlike")).hasMessageContaining("skill 'godlike' is not one of")
                .hasMessageContaining("average").hasMessageContaining("data/bot.json");
    }

    @Test
    void aNegativeReactionIsRefused() throws Exception {
        FileHandle file = shippedWith("\"reactionTicks\": 14", "\"reactionTicks\": -1");
        assertThatThrownBy(() -> BotLoader.load(file)).isInstanceOf(ContentException.class)
                .hasMessageContaining("bot.json").hasMessageContaining("skills.average: reactionTicks");
    }

    @Test
    void handsQuickerThanTheTickAreRefused() throws Exception {
        FileHandle file = shippedWith("\"changesPerSecond\": 12", "\"changesPerSecond\": 120");
        assertThatThrownBy(() -> BotLoader.load(file)).isInstanceOf(ContentException.class)
                .hasMessageContaining("changesPerSecond must be 1 to 60");
    }

    @Test
    void anUnknownFieldIsRefused() throws Exception {
        FileHandle file = shippedWith("\"escortLag\"", "\"escortLagg\"");
        assertThatThrownBy(() -> BotLoader.load(file)).isInstanceOf(ContentException.class)
                .hasMessageContaining("bot.json").hasMessageContaining("escortLagg");
    }
}
