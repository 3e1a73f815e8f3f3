package com.judgmentday.objects;

import com.judgmentday.level.LevelLoader;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing validates and then does nothing: every type in the schema acts in the game, or the validator refuses it. */
class ObjectTypesTest {
    /**
     * Types that make no entity of their own, and what acts on them. A type added without entities must say here
     * what reads it, or be refused (its notSimulated()).
     */
    private static final Map<String, String> READ_BY = Map.ofEntries(
            Map.entry("player-spawn", "the cast step of LevelPopulator"),
            Map.entry("john-spawn", "the cast step of LevelPopulator"),
            Map.entry("character", "the cast step of LevelPopulator"),
            Map.entry("t1000-spawn", "the cast step of LevelPopulator and ArrivalSystem"),
            Map.entry("npc", "the cast step of LevelPopulator"),
            Map.entry("path", "ElevatorType and NpcType, which read the path an elevator or a patrolling guard names"),
            Map.entry("cover", "PersonFight.takeCover: an alarmed armed person runs to one"),
            Map.entry("checkpoint", "CheckpointSystem and restarts"),
            Map.entry("camera-zone", "CameraDirector"),
            Map.entry("light", "LightPass and LightDrawer: a light is only seen"),
            Map.entry("parked-vehicle", "SetDressingDrawer: set dressing, only seen"),
            Map.entry("prop", "SetDressingDrawer: set dressing, only seen"),
            Map.entry("trigger", "the stage's triggers"),
            Map.entry("beat", "the stage's beats"));

    @TempDir
    Path dir;

    @Test
    void everyTypeMakesEntitiesIsReadOrIsRefused() {
        for (ObjectType<?> type : ObjectTypes.standard().all()) {
            boolean acts = type.stage() != PopulationStage.NONE || READ_BY.containsKey(type.name());
            assertThat(acts || type.notSimulated() != null)
                    .as(type.name() + " makes no entity, nothing is said to read it, and the validator does not refuse it")
                    .isTrue();
        }
    }

    @Test
    void theValidatorRefusesEachTypeNotSimulatedInOneLine() throws Exception {
        for (ObjectType<?> type : ObjectTypes.standard().all()) {
            if (type.notSimulated() == null) {
                continue;
            }
            String shape = type.schema().shapes.contains(com.judgmentday.level.ObjectShape.RECTANGLE) ? "" : "<point/>";
            String map = TestMaps.base("<object id=\"9\" type=\"" + type.name() + "\" x=\"160\" y=\"224\" width=\"64\""
                    + " height=\"8\">" + shape + "</object>\n");
            LevelLoader.Checked checked = new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("m.tmx", map));
            assertThat(checked.problems.toString()).as(type.name()).contains("m.tmx:9 (" + type.name() + "): type " + type.name()
                    + " is not simulated yet");
        }
    }
}
