package com.judgmentday.scenario;

import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.report.RunReport;
import com.judgmentday.components.Mappers;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.judgmentday.support.RunEvents.first;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Headless scenario on the real steel-mill: the finale's first four beats happen, in the film's order. */
class SteelMillTest {
    private static final String SCRIPT = "steel-mill.txt";

    @Test
    void theTankerTheOverflowTheChaseAndThePoolHappenInOrder() {
        RunReport report = Scenario.level("steel-mill").script(SCRIPT).run();
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        List<GameEvent> beats = new ArrayList<>();
        // 1. The tanker splits, the nitrogen freezes it as it climbs from the cab, limbs snap, it is shot to pieces.
        beats.add(first(report, EventType.T1000_ARRIVED, null));
        beats.add(first(report, EventType.TANK_RUPTURED, null));
        beats.add(first(report, EventType.T1000_FROZEN, null));
        beats.add(first(report, EventType.LIMB_SNAPPED, null));
        beats.add(first(report, EventType.T1000_SHATTERED, null));
        // 2. The ladle overflows, the shards thaw and flow together, it stands up.
        beats.add(first(report, EventType.BEAT_STARTED, "the ladle overflows"));
        beats.add(first(report, EventType.T1000_THAWED, null));
        beats.add(first(report, EventType.T1000_REFORMING, null));
        beats.add(first(report, EventType.T1000_REFORMED, null));
        // 3. The chase: it takes on the chequer plate's pattern, then the striped rail's.
        beats.add(first(report, EventType.CHECKPOINT_REACHED, "the mill"));
        beats.add(first(report, EventType.T1000_GLITCH, "takes on the chequered pattern"));
        beats.add(first(report, EventType.T1000_GLITCH, "takes on the striped pattern"));
        // 3, the soaking pit: John is sent up the chain and over it, the T-800 holds it off, then follows him over.
        beats.add(first(report, EventType.CHECKPOINT_REACHED, "the rolling mill"));
        beats.add(first(report, EventType.BEAT_STARTED, "John goes across"));
        beats.add(first(report, EventType.BEAT_FINISHED, "John goes across"));
        beats.add(first(report, EventType.BEAT_STARTED, "John is across"));
        // 4. At the pool the player becomes Sarah; the T-800 sends her and John ahead, and they get out.
        beats.add(first(report, EventType.CHECKPOINT_REACHED, "the pool"));
        beats.add(first(report, EventType.CONTROL_SWITCHED, "sarah"));
        beats.add(first(report, EventType.BEAT_STARTED, "the T-800 sends them ahead"));
        beats.add(first(report, EventType.LEVEL_EXIT, null));
        assertThat(beats).extracting(event -> event.tick).isSorted();
        assertThat(first(report, EventType.LEVEL_EXIT, null).subject).as("Sarah takes John out").isEqualTo("sarah");
        long handed = first(report, EventType.CONTROL_SWITCHED, "sarah").tick;
        assertThat(report.events).filteredOn(e -> e.type == EventType.CONTROLS_LOCKED && e.tick == handed)
                .as("a moment to see who they play before the keys still held move her").isNotEmpty();
        assertThat(report.events).filteredOn(e -> e.type == EventType.T1000_MELTED).as("it lives for the later maps").isEmpty();
        assertThat(report.casualties).as("nobody died").isEmpty();
    }

    @Test
    void whileTheHandOverToSarahTakesTheKeysTheT1000IsHeldToo() {
        // Round 24: John was caught during "YOU ARE SARAH NOW - WATCH", the keys taken, nothing the player could do.
        RunReport report = Scenario.level("steel-mill").script(SCRIPT).run();
        long handOver = first(report, EventType.BEAT_STARTED, "the heat of the pool").tick;
        assertThat(report.events).filteredOn(e -> e.type == EventType.CHARACTER_HELD && e.tick == handOver)
                .extracting(e -> e.who()).as("held as the keys are taken").contains("t1000");
    }

    @Test
    void theHoldAtTheSoakingPitIsAFightWhileJohnCrosses() {
        RunReport report = Scenario.level("steel-mill").script(SCRIPT).run();
        long from = first(report, EventType.BEAT_STARTED, "John goes across").tick;
        long to = first(report, EventType.BEAT_FINISHED, "John goes across").tick;
        assertThat(to - from).as("the meter's 15 s").isEqualTo(15 * 60L);
        assertThat(report.events).filteredOn(e -> e.type == EventType.T1000_KNOCKED_BACK && e.tick > from && e.tick < to)
                .as("the T-1000 comes up while he crosses, and is blasted back").hasSizeGreaterThanOrEqualTo(3);
        // Four knock-backs in a row and it leans into the shells: tapping fire at a slow walker holds it no longer.
        assertThat(report.events).filteredOn(e -> e.type == EventType.T1000_BRACED && e.tick > from && e.tick < to)
                .as("it braces in the hold").isNotEmpty();
        // Sent from the slab yard, he is over the pit (past its east wall, 154 m) by the time the hold ends.
        // The report samples each second: the player's x and y, John's, the T-1000's; the first sample after the hold.
        int second = (int) (to / 60);
        float johnX = report.positions.get(second * 6 + 2);
        assertThat(johnX).as("John's x as the hold ends").isGreaterThan(154f);
    }

    @Test
    void restartedAtTheRollingMillTheT1000IsCloseBehind() {
        // A first-time player restarted here stood 12 s of the pit's hold alone: the T-1000 came from the tanker,
        // 100 m back, and arrived as the meter reached 96 %. The checkpoint restarts it 10 m west (pursuer).
        Simulation simulation = new Simulation(LevelCatalog.load("steel-mill", TestContent.tuning()), TestContent.tuning(),
                1L, "the rolling mill");
        try {
            float player = Mappers.TRANSFORM.get(simulation.controlled()).x;
            assertThat(simulation.t1000()).as("there at once, not held back for its delay").isNotNull();
            assertThat(Mappers.TRANSFORM.get(simulation.t1000()).x).isCloseTo(player - 10f, within(0.3f));
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void aT1000RestartedCloseByKeepsItsGun() {
        // The pursuer's spawn was copied field by field, and the copy left out a T-1000's pistol (a second review).
        com.judgmentday.level.LevelDef level = com.judgmentday.support.TestLevels.flat(40).player(10f).t1000(30f).build();
        com.judgmentday.level.SpawnDef spawn = level.spawn(com.judgmentday.level.SpawnDef.Kind.T1000);
        spawn.loadout = new String[] {"pistol"};
        spawn.shoots = true;
        spawn.delay = 5f;
        com.judgmentday.level.AreaDef yard = new com.judgmentday.level.AreaDef();
        yard.name = "yard";
        yard.x = 20f;
        yard.y = 1f;
        yard.pursuer = -6f;
        level.checkpoints.add(yard);
        Simulation simulation = new Simulation(level, TestContent.tuning(), 1L, "yard");
        try {
            assertThat(simulation.t1000()).as("at once, its delay dropped").isNotNull();
            assertThat(Mappers.TRANSFORM.get(simulation.t1000()).x).isCloseTo(14f, within(0.3f));
            assertThat(Mappers.WEAPON.get(simulation.t1000())).as("its pistol kept").isNotNull();
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void aJumpPastTheSoakingPitsChainMeetsTheGuardWallNotTheMoltenSteel() {
        // Round 21: the tester ran past the chain up to the high catwalk (the 1.1 m rail stopped the run), jumped right,
        // cleared the rail and landed in the pit; the T-800 shut down and John was caught. The wall is above a jump now.
        Simulation simulation = Scenario.level("steel-mill").from("the rolling mill").simulation();
        try {
            com.badlogic.gdx.physics.box2d.Body body = Mappers.BODY.get(simulation.controlled()).body;
            body.setTransform(134.4f, 4f + Mappers.CHARACTER.get(simulation.controlled()).height / 2f, 0f);
            com.judgmentday.input.ActionSet jump = new com.judgmentday.input.ActionSet()
                    .add(com.judgmentday.input.Action.RIGHT).add(com.judgmentday.input.Action.JUMP);
            com.judgmentday.input.ActionSet right = new com.judgmentday.input.ActionSet().add(com.judgmentday.input.Action.RIGHT);
            float furthest = 0f;
            for (int i = 0; i < 90; i++) {
                simulation.step(i % 30 == 0 ? jump : right);
                furthest = Math.max(furthest, Mappers.TRANSFORM.get(simulation.controlled()).x);
            }
            assertThat(furthest).as("how far east it got, metres: the wall is at 135.2").isLessThan(135.2f);
            assertThat(simulation.events().first(EventType.HURT)).as("nothing burnt it").isNull();
        } finally {
            simulation.dispose();
        }
    }
}
