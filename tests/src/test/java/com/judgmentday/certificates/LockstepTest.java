package com.judgmentday.certificates;

import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.Mappers;
import com.judgmentday.content.TuningDef;
import com.judgmentday.input.InputScript;
import com.judgmentday.input.InputScriptParser;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two runs side by side: the same level, seed and input never part; a difference is named at its tick. */
class LockstepTest {
    private static final long PROVING_SEED = 7L;

    private static InputScript script() throws Exception {
        return InputScriptParser.parse(TestContent.script("proving-ground.txt"));
    }

    private static Divergence lockstep(TuningDef otherTuning, Lockstep.AfterStep afterOther) throws Exception {
        TuningDef tuning = TestContent.tuning();
        LevelDef level = LevelCatalog.load("proving-ground", tuning);
        InputScript script = script();
        Simulation one = new Simulation(level, tuning, PROVING_SEED);
        Simulation other = new Simulation(LevelCatalog.load("proving-ground", otherTuning), otherTuning, PROVING_SEED);
        try {
            return Lockstep.run(one, script.player(), other, script.player(), script.totalTicks() + 300, afterOther);
        } finally {
            one.dispose();
            other.dispose();
        }
    }

    @Test
    void twoRunsOfOneLevelSeedAndInputNeverPart() throws Exception {
        assertThat(lockstep(TestContent.tuning(), null)).isNull();
    }

    @Test
    void aBodyNudgedAtTick500IsNamedAtTick500AndNothingElse() throws Exception {
        int[] nudged = new int[1];
        Divergence divergence = lockstep(TestContent.tuning(), simulation -> {
            if (simulation.tick() == 500) {
                Body body = Mappers.BODY.get(simulation.controlled()).body;
                body.setTransform(body.getPosition().x + 0.0625f, body.getPosition().y, body.getAngle());
                nudged[0] = Mappers.IDENTITY.get(simulation.controlled()).id;
            }
        });
        assertThat(divergence).isNotNull();
        assertThat(divergence.tick()).isEqualTo(500);
        assertThat(divergence.differences()).singleElement().asString()
                .startsWith("entity #" + nudged[0] + " 't800' BodyComponent differs (body x ")
                .doesNotContain("body y");
        assertThat(divergence.describe()).startsWith("tick 500: entity #" + nudged[0] + " 't800' BodyComponent differs");
    }

    @Test
    void aTuningFigureChangedShowsWhereTheRunsPartAndWhoMovedOtherwise() throws Exception {
        TuningDef faster = TestContent.tuning();
        faster.characters.get("t800").runSpeed += 0.25f;
        Divergence divergence = lockstep(faster, null);
        assertThat(divergence).isNotNull();
        assertThat(divergence.tick()).isPositive();
        assertThat(divergence.differences()).anyMatch(line -> line.contains("'t800' BodyComponent differs"));
    }
}
