package com.judgmentday.content;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped tuning with one figure broken is refused with the file and what is wrong. */
class TuningLoaderTest {
    @TempDir
    Path dir;

    private FileHandle shippedWith(String from, String to) throws Exception {
        String text = Files.readString(TestContent.assets().resolve("data/tuning.json"));
        assertThat(text).contains(from);
        Path file = dir.resolve("tuning.json");
        Files.writeString(file, text.replace(from, to));
        return new FileHandle(file.toFile());
    }

    @Test
    void materialThresholdsOutOfOrderAreRefused() throws Exception {
        FileHandle file = shippedWith("\"thawAbove\": -100", "\"thawAbove\": -150");
        assertThatThrownBy(() -> TuningLoader.load(file))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("tuning.json")
                .hasMessageContaining("frozenBelow < thawAbove <= chilledBelow < warmAbove");
    }

    @Test
    void aRoleThatWouldNeverThinkIsRefused() throws Exception {
        FileHandle file = shippedWith("\"guard\": { \"tree\": \"ai/guard.tree\", \"thinkTicks\": 3",
                "\"guard\": { \"tree\": \"ai/guard.tree\", \"thinkTicks\": 0");
        assertThatThrownBy(() -> TuningLoader.load(file))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("roles.guard: thinkTicks must be 1 to 10");
    }

    @Test
    void aRoleWithANegativeDistanceIsRefused() throws Exception {
        FileHandle file = shippedWith("\"coverRange\": 10", "\"coverRange\": -10");
        assertThatThrownBy(() -> TuningLoader.load(file))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("roles.police: distances must not be negative");
    }

    @Test
    void aNonPositiveHeatCapacityIsRefused() throws Exception {
        FileHandle file = shippedWith("\"t800\": 5", "\"t800\": 0");
        assertThatThrownBy(() -> TuningLoader.load(file))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("heat.capacity.t800 must be positive");
    }

    @Test
    void aCharacterMadeOfSomethingUnknownIsRefusedWithTheChoices() throws Exception {
        FileHandle file = shippedWith("\"surface\": \"metal\"", "\"surface\": \"chrome\"");
        assertThatThrownBy(() -> TuningLoader.load(file))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("characters.t800: surface 'chrome' must be one of metal, flesh, liquid-metal");
    }

    @Test
    void aLoadoutNamingAnUnknownWeaponIsRefused() throws Exception {
        FileHandle file = shippedWith("\"loadout\": [\"shotgun\", \"pistol\"]", "\"loadout\": [\"shotgun\", \"rifle\"]");
        assertThatThrownBy(() -> TuningLoader.load(file))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("characters.sarah: loadout names weapon 'rifle'");
    }

    @Test
    void heatToleranceOutOfOrderIsRefused() throws Exception {
        FileHandle file = shippedWith("\"hotAbove\": 34, \"burnAbove\": 46", "\"hotAbove\": 50, \"burnAbove\": 46");
        assertThatThrownBy(() -> TuningLoader.load(file))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("characters.sarah: needs damage.frostbiteBelow < hotAbove < burnAbove");
    }

    @Test
    void aCharacterWithoutItsHeatFiguresIsRefusedNamingTheField() throws Exception {
        FileHandle noHot = shippedWith("\"vital\": true,\n      \"hotAbove\": 40, ", "\"vital\": true,\n      ");
        assertThatThrownBy(() -> TuningLoader.load(noHot))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("characters.john: hotAbove is missing");
        FileHandle noCapacity = shippedWith("\"john\": 2, ", "");
        assertThatThrownBy(() -> TuningLoader.load(noCapacity))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("heat.capacity.john is missing");
    }

    @Test
    void everyCharactersHeatFiguresAndWhoIsPlayableComeFromTheFile() {
        TuningDef tuning = TestContent.tuning();
        for (com.badlogic.gdx.utils.ObjectMap.Entry<String, CharacterDef> entry : tuning.characters) {
            assertThat(entry.value.hotAbove).as(entry.key).isNotNaN();
            assertThat(entry.value.burnAbove).as(entry.key).isNotNaN();
        }
        assertThat(tuning.characters.keys().toArray().select(name -> tuning.character(name).playable))
                .containsExactlyInAnyOrder("t800", "sarah");
    }

    @Test
    void aShutdownWithoutItsFiguresOrFiguresWithoutAShutdownAreRefused() throws Exception {
        FileHandle bare = shippedWith("\"atZero\": \"reboot\", \"shutdown\": { \"seconds\": 3, \"health\": 0.5 },",
                "\"atZero\": \"reboot\",");
        assertThatThrownBy(() -> TuningLoader.load(bare)).isInstanceOf(ContentException.class)
                .hasMessageContaining("characters.t800: atZero: reboot and a shutdown object");
        FileHandle stray = shippedWith("\"atZero\": \"down\", \"cutFreeSeconds\": 3,",
                "\"atZero\": \"down\", \"shutdown\": { \"seconds\": 3, \"health\": 0.5 }, \"cutFreeSeconds\": 3,");
        assertThatThrownBy(() -> TuningLoader.load(stray)).isInstanceOf(ContentException.class)
                .hasMessageContaining("characters.sarah: atZero: reboot and a shutdown object");
        FileHandle never = shippedWith("\"seconds\": 3, \"health\": 0.5", "\"seconds\": 0, \"health\": 0.5");
        assertThatThrownBy(() -> TuningLoader.load(never)).isInstanceOf(ContentException.class)
                .hasMessageContaining("characters.t800.shutdown: seconds must be in (0, 60]");
        FileHandle forever = shippedWith("\"cutFreeSeconds\": 2.5", "\"cutFreeSeconds\": -1");
        assertThatThrownBy(() -> TuningLoader.load(forever)).isInstanceOf(ContentException.class)
                .hasMessageContaining("characters.t800: cutFreeSeconds must be from 0");
    }

    @Test
    void anUnknownAtZeroIsRefused() throws Exception {
        FileHandle file = shippedWith("\"atZero\": \"reboot\"", "\"atZero\": \"explode\"");
        assertThatThrownBy(() -> TuningLoader.load(file))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("tuning.json")
                .hasMessageContaining("atZero: explode");
    }

    @Test
    void aBlowWithoutReachIsRefused() throws Exception {
        FileHandle file = shippedWith("\"range\": 0.9", "\"range\": 0");
        assertThatThrownBy(() -> TuningLoader.load(file))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("characters.sarah.melee: range and cooldownTicks must be positive");
    }
}
