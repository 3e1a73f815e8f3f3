package com.judgmentday.scenario;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.level.Problem;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A map with open edges (open-edge.tmx: a bottomless pit at 15-18 m, the far floor running out at the map's right
 * edge): walking into the pit pushes the crate in (removed) and then drops the T-800 out of the level, which loses it
 * with the reason the game-over page shows; the validator warns of each open ledge and is quiet about the ones marked.
 */
class OpenEdgeTest {
    private static final String LEVEL = "src/test/resources/levels/open-edge.tmx";

    @Test
    void walkingIntoThePitLosesTheLevelAndTakesTheCrateFirst() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        Entity crate = first(simulation, EntityKind.CRATE);
        ActionSet right = new ActionSet().add(Action.RIGHT);
        for (int i = 0; i < 20 * Simulation.TICKS_PER_SECOND && simulation.outcome() == Outcome.RUNNING; i++) {
            simulation.step(right);
        }
        assertThat(simulation.outcome()).isEqualTo(Outcome.LOSE);
        assertThat(simulation.outcomeReason()).isEqualTo("The T-800 fell from the level");
        List<String> fell = new ArrayList<>();
        for (GameEvent event : simulation.events().events()) {
            if (event.type == EventType.BODY_FELL) {
                fell.add(event.subject + " " + event.what);
            }
        }
        assertThat(fell).containsExactly("crate#6 crate", "t800 character");
        assertThat(simulation.engine().getEntities()).doesNotContain(crate);
        assertThat(simulation.events().first(EventType.LEVEL_LOST).detail()).isEqualTo("The T-800 fell from the level");
        simulation.dispose();
    }

    @Test
    void theValidatorWarnsOfEachOpenLedgeWithoutRefusingTheMap() {
        LevelLoader.Checked checked = new LevelLoader(TestContent.tuning()).check(LevelCatalog.resolve(LEVEL));
        assertThat(checked.problems).isEmpty();
        assertThat(lines(checked.warnings)).containsExactly(
                "2 'near floor' has a drop with no bottom off its right end at x 15.0 m, y 1.0 m (Tiled 480, 288 px)",
                "3 'far floor' has a drop with no bottom off its left end at x 18.0 m, y 1.0 m (Tiled 576, 288 px)",
                "3 'far floor' ends at the map's right edge at x 30.0 m, y 1.0 m (Tiled 960, 288 px) with nothing beyond");
        assertThat(checked.warnings.first().message).contains("the player can fall out of the level there, which loses it",
                "wall it or floor the drop", "or set open-edge on this object if the drop is meant");
    }

    @Test
    void ledgesMarkedOpenEdgeAreMeantAndNotWarnedOf(@TempDir Path dir) throws IOException {
        String map = Files.readString(Path.of(LEVEL), StandardCharsets.UTF_8);
        String marked = map.replace("width=\"480\" height=\"32\"/>", "width=\"480\" height=\"32\">" + INTENDED + "</object>")
                .replace("width=\"384\" height=\"32\"/>", "width=\"384\" height=\"32\">" + INTENDED + "</object>");
        Path file = dir.resolve("open-edge.tmx");
        Files.writeString(file, marked, StandardCharsets.UTF_8);
        LevelLoader.Checked checked = new LevelLoader(TestContent.tuning()).check(new FileHandle(file.toFile()));
        assertThat(checked.problems).isEmpty();
        assertThat(checked.warnings).isEmpty();
    }

    private static final String INTENDED = "<properties><property name=\"open-edge\" type=\"bool\" value=\"true\"/></properties>";

    /** Each warning as "object id, its text up to the colon that ends the place". */
    private static List<String> lines(com.badlogic.gdx.utils.Array<Problem> warnings) {
        List<String> lines = new ArrayList<>();
        for (Problem warning : warnings) {
            lines.add(warning.objectId + " " + warning.message.substring(0, warning.message.indexOf(':')));
        }
        return lines;
    }

    private static Entity first(Simulation simulation, EntityKind kind) {
        for (Entity entity : simulation.engine().getEntities()) {
            if (Mappers.IDENTITY.has(entity) && Mappers.IDENTITY.get(entity).kind == kind) {
                return entity;
            }
        }
        throw new AssertionError("no " + kind);
    }
}
