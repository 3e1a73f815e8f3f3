package com.judgmentday.session;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Hold;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A second playable character placed by a map (character-spawn.tmx): Sarah waits, not controlled, until a beat
 * names her; then the player is Sarah, the T-800 stands where it was left, and she wins the level. A restart from
 * the checkpoint she took is a restart as Sarah.
 */
class CharacterSpawnTest {
    private static final Path LEVEL = Path.of("src/test/resources/levels/character-spawn.tmx");
    private LevelSession session;
    private LevelSession restarted;

    @AfterEach
    void tearDown() {
        for (LevelSession open : new LevelSession[] {session, restarted}) {
            if (open != null) {
                open.dispose();
            }
        }
    }

    private LevelSession open(String checkpoint, com.judgmentday.sim.CheckpointCast cast) {
        return new LevelSession(new FileHandle(LEVEL.toFile()), TestContent.tuning(), 1L, checkpoint, false, null, cast);
    }

    private static float x(Entity entity) {
        return Mappers.TRANSFORM.get(entity).x;
    }

    /** Holds right until the controlled character is past {@code x} metres (or the time is up), reading checkpoints. */
    private void walkPast(Simulation simulation, float x, int limit) {
        for (int i = 0; i < limit && x(simulation.controlled()) < x && simulation.outcome() == Outcome.RUNNING; i++) {
            Hold.hold(simulation, 1, Action.RIGHT);
            session.checkpointReached();
        }
    }

    @Test
    void sarahWaitsUntilTheBeatNamesHerThenThePlayerIsSarahAndSheWins() {
        session = open(null, null);
        Simulation simulation = session.simulation();
        Entity t800 = simulation.controlled();
        Entity sarah = simulation.character("sarah");
        assertThat(sarah).as("the character object placed her").isNotNull();
        assertThat(Mappers.IDENTITY.get(t800).name).isEqualTo("t800");
        float sarahAt = x(sarah);
        assertThat(sarahAt).isCloseTo(25f, within(0.1f));
        assertThat(Mappers.CHARACTER.get(sarah).facing).isEqualTo(-1);

        walkPast(simulation, 7f, 300);
        assertThat(simulation.controlled()).as("not hers before the beat").isSameAs(t800);
        assertThat(x(sarah)).as("she stands").isCloseTo(sarahAt, within(0.05f));
        walkPast(simulation, 11f, 120);
        assertThat(simulation.controlled()).as("the beat named her by her object's name").isSameAs(sarah);
        assertThat(simulation.events().first(EventType.CONTROL_SWITCHED).subject).isEqualTo("sarah");
        float leftAt = x(t800);

        walkPast(simulation, 60f, 1200);
        assertThat(simulation.outcome()).as(simulation.outcomeReason()).isEqualTo(Outcome.WIN);
        assertThat(x(sarah)).isGreaterThan(45f);
        assertThat(x(t800)).as("the T-800 stays where it was left").isCloseTo(leftAt, within(0.5f));
        assertThat(session.lastCheckpoint()).isEqualTo("mill");
    }

    @Test
    void aRestartFromACheckpointTakenAsSarahIsARestartAsSarahWithTheT800WhereItStood() {
        session = open(null, null);
        Simulation simulation = session.simulation();
        walkPast(simulation, 31f, 1200);
        assertThat(session.lastCheckpoint()).isEqualTo("mill");
        float t800At = x(simulation.character("t800"));
        assertThat(t800At).isLessThan(12f);

        restarted = open(session.lastCheckpoint(), session.lastCast());
        Simulation again = restarted.simulation();
        Entity sarah = again.character("sarah");
        assertThat(again.controlled()).as("Sarah was controlled when the checkpoint was taken").isSameAs(sarah);
        assertThat(x(sarah)).as("at the checkpoint").isCloseTo(30.5f, within(0.6f));
        assertThat(x(again.character("t800"))).as("the T-800 where it stood").isCloseTo(t800At, within(0.05f));
        float before = x(sarah);
        Hold.hold(again, 60, Action.RIGHT);
        assertThat(x(sarah)).as("the player's actions move her").isGreaterThan(before + 2f);
        assertThat(x(again.character("t800"))).isCloseTo(t800At, within(0.1f));
    }

    @Test
    void aCheckpointTakenInTheStepBeforeAHandOverRestartsAsTheOnePlayedWhenItWasTaken(@TempDir Path dir)
            throws java.io.IOException {
        // The Galleria's corridor (G22): a beat took the checkpoint and handed John the keys in the same tick; the cast
        // was read after the frame, so a restart there handed the player John for the T-800's fight.
        Path level = dir.resolve("checkpoint-then-control.tmx");
        java.nio.file.Files.writeString(level, java.nio.file.Files.readString(LEVEL)
                .replace("value=\"control Sarah in the mill\"/>", ">checkpoint mill\ncontrol Sarah in the mill</property>"));
        session = new LevelSession(new FileHandle(level.toFile()), TestContent.tuning(), 1L, null, false, null, null);
        assertThat(session.problems()).isEmpty();
        Simulation simulation = session.simulation();
        walkPast(simulation, 11f, 300);
        assertThat(Mappers.IDENTITY.get(simulation.controlled()).name).as("handed over").isEqualTo("sarah");
        assertThat(session.lastCheckpoint()).isEqualTo("mill");
        assertThat(session.lastCast().controlled).as("played as the step took the checkpoint").isEqualTo("t800");
    }

    @Test
    void aRestartFromACheckpointHandsBackTheWeaponThatWasDrawn() {
        // Rounds 20 and 21: restarted at the mill's checkpoints with the pistol drawn, having fought with the shotgun,
        // the testers pressed Q again each time (one died turning to fire with the pistol).
        com.judgmentday.level.LevelDef mill = com.judgmentday.level.LevelCatalog.load("steel-mill", TestContent.tuning());
        Simulation first = new Simulation(mill, TestContent.tuning(), 1L, "the mill");
        com.judgmentday.sim.CheckpointCast cast;
        try {
            assertThat(Mappers.WEAPON.get(first.controlled()).held().def.name).as("the loadout's first").isEqualTo("pistol");
            Hold.hold(first, 1, Action.SWITCH_WEAPON);
            Hold.hold(first, 30);
            assertThat(Mappers.WEAPON.get(first.controlled()).held().def.name).isEqualTo("shotgun");
            cast = com.judgmentday.sim.CheckpointCast.of(first);
            // As the window's restart does: the weapon in hand as the run ends.
            cast.drawnIn(first);
        } finally {
            first.dispose();
        }
        Simulation again = new Simulation(com.judgmentday.level.LevelCatalog.load("steel-mill", TestContent.tuning()),
                TestContent.tuning(), 1L, "the mill", null, cast);
        try {
            assertThat(Mappers.WEAPON.get(again.controlled()).held().def.name).as("drawn as at the checkpoint")
                    .isEqualTo("shotgun");
        } finally {
            again.dispose();
        }
    }
}
