package com.judgmentday.session;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.components.Mappers;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelException;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Hot reload: change the file on disk, and the running session picks it up (or keeps the last good level). */
class LevelSessionTest {
    private static final String CRATE = "<object id=\"9\" type=\"crate\" x=\"200\" y=\"256\" width=\"32\" height=\"32\"/>\n";

    @TempDir
    Path dir;
    private LevelSession session;
    private long clock = 1_000_000L;

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.dispose();
        }
    }

    private Path save(String text) throws Exception {
        Path file = dir.resolve("live.tmx");
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
        return file;
    }

    private void advance(long millis) {
        clock += millis;
    }

    private LevelSession open(Path file) {
        return new LevelSession(new FileHandle(file.toFile()), TestContent.tuning(), 1L, null, true);
    }

    @Test
    void aSavedChangeReplacesTheRunningSimulationOnceTheFileSettles() throws Exception {
        session = open(save(TestMaps.base("")));
        Simulation before = session.simulation();
        int entities = before.engine().getEntities().size();
        step(before, 30);

        advance(5_000);
        save(TestMaps.base(CRATE));
        assertThat(session.update(clock)).as("just saved: wait for the file to settle").isEqualTo(Reload.NONE);
        advance(LevelSession.SETTLE_MILLIS / 2);
        assertThat(session.update(clock)).isEqualTo(Reload.NONE);
        advance(LevelSession.SETTLE_MILLIS);
        assertThat(session.update(clock)).isEqualTo(Reload.RELOADED);

        assertThat(session.simulation()).isNotSameAs(before);
        assertThat(session.simulation().engine().getEntities().size()).isEqualTo(entities + 1);
        assertThat(session.generation()).isEqualTo(2);
        assertThat(session.problems()).isEmpty();
        advance(1_000);
        assertThat(session.update(clock)).as("once per save").isEqualTo(Reload.NONE);
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodLevelAndShowsItsProblems() throws Exception {
        session = open(save(TestMaps.base("")));
        Simulation good = session.simulation();

        advance(5_000);
        save(TestMaps.base("<object id=\"9\" type=\"crat\" x=\"0\" y=\"0\" width=\"32\" height=\"32\"/>\n"));
        advance(LevelSession.SETTLE_MILLIS + 1);
        session.update(clock);
        advance(LevelSession.SETTLE_MILLIS + 1);
        assertThat(session.update(clock)).isEqualTo(Reload.FAILED);
        assertThat(session.simulation()).isSameAs(good);
        assertThat(session.problems()).singleElement().asString().endsWith("live.tmx:9 (crat): unknown type 'crat'; did you mean 'crate'?");

        advance(5_000);
        save(TestMaps.base("").substring(0, 200));
        advance(LevelSession.SETTLE_MILLIS + 1);
        session.update(clock);
        advance(LevelSession.SETTLE_MILLIS + 1);
        session.update(clock);
        assertThat(session.simulation()).as("half-written file").isSameAs(good);
        assertThat(session.problems()).singleElement().asString().contains("live.tmx: not a readable Tiled map");

        advance(5_000);
        save(TestMaps.base(CRATE));
        advance(LevelSession.SETTLE_MILLIS + 1);
        session.update(clock);
        advance(LevelSession.SETTLE_MILLIS + 1);
        session.update(clock);
        assertThat(session.simulation()).isNotSameAs(good);
        assertThat(session.problems()).isEmpty();
    }

    @Test
    void aLevelThatNeverLoadedStartsOnceItIsFixed() throws Exception {
        session = open(save(TestMaps.map("", "", TestMaps.GROUND + TestMaps.EXIT)));
        assertThat(session.simulation()).isNull();
        assertThat(session.problems()).singleElement().asString().endsWith("live.tmx: no player-spawn; add a point object of type player-spawn");
        advance(5_000);
        save(TestMaps.base(""));
        advance(LevelSession.SETTLE_MILLIS + 1);
        session.update(clock);
        advance(LevelSession.SETTLE_MILLIS + 1);
        session.update(clock);
        assertThat(session.simulation()).isNotNull();
    }

    @Test
    void aForcedReloadNeedsNoSave() throws Exception {
        session = open(save(TestMaps.base("")));
        assertThat(session.reload()).isTrue();
        assertThat(session.generation()).isEqualTo(2);
        assertThat(session.lastReloadMillis()).isNotNegative();
    }

    @Test
    void aCheckpointStartsThePlayerThereAndJohnBesideIt() throws Exception {
        String checkpoint = "<object id=\"8\" name=\"yard\" type=\"checkpoint\" x=\"320\" y=\"288\"><point/></object>\n"
                + "<object id=\"7\" type=\"john-spawn\" x=\"32\" y=\"288\"><point/></object>\n";
        Path file = save(TestMaps.base(checkpoint));
        session = new LevelSession(new FileHandle(file.toFile()), TestContent.tuning(), 1L, "yard", false);
        Simulation simulation = session.simulation();
        assertThat(Mappers.TRANSFORM.get(simulation.controlled()).x).isEqualTo(10f);
        assertThat(Mappers.TRANSFORM.get(simulation.john()).x).isEqualTo(8.5f);
        LevelSession wrong = new LevelSession(new FileHandle(file.toFile()), TestContent.tuning(), 1L, "roof", false);
        assertThat(wrong.simulation()).isNull();
        assertThat(wrong.problems()).singleElement().asString().endsWith("live.tmx: no checkpoint named 'roof' (checkpoints: yard)");
        assertThatThrownBy(() -> new Simulation(simulation.level(), TestContent.tuning(), 1L, "roof"))
                .isInstanceOf(LevelException.class);
    }

    private static final String YARD = "<object id=\"8\" name=\"yard\" type=\"checkpoint\" x=\"320\" y=\"288\"><point/></object>\n"
            + "<object id=\"7\" type=\"john-spawn\" x=\"32\" y=\"288\"><point/></object>\n";

    /** A block 1 m high on the ground (low enough to jump over), {@code fromPx} to {@code toPx} across. */
    private static String block(int fromPx, int toPx) {
        return "<object id=\"20\" type=\"solid\" x=\"" + fromPx + "\" y=\"256\" width=\"" + (toPx - fromPx)
                + "\" height=\"32\"/>\n";
    }

    /** Saves the map and lets the session see it settle and reload. */
    private Reload saveAndReload(String text) throws Exception {
        advance(5_000);
        save(text);
        advance(LevelSession.SETTLE_MILLIS + 1);
        session.update(clock);
        advance(LevelSession.SETTLE_MILLIS + 1);
        return session.update(clock);
    }

    @Test
    void aReloadPutsThePlayerAndJohnBackWhereTheyStood() throws Exception {
        session = open(save(TestMaps.base(YARD)));
        Simulation before = session.simulation();
        step(before, 40, Action.RIGHT);
        float playerX = Mappers.TRANSFORM.get(before.controlled()).x;
        float johnX = Mappers.TRANSFORM.get(before.john()).x;
        assertThat(playerX).as("walked away from the spawn").isGreaterThan(3f);

        assertThat(saveAndReload(TestMaps.base(YARD + CRATE))).isEqualTo(Reload.RELOADED);
        Simulation after = session.simulation();
        assertThat(Mappers.TRANSFORM.get(after.controlled()).x).isEqualTo(playerX);
        assertThat(Mappers.TRANSFORM.get(after.john()).x).isEqualTo(johnX);
        assertThat(after.tick()).as("the rest starts over").isZero();
        step(after, 30);
        assertThat(Mappers.TRANSFORM.get(after.controlled()).x).as("and stays put: the body moved too")
                .isCloseTo(playerX, within(0.05f));
        assertThat(after.outcome()).isEqualTo(Outcome.RUNNING);
    }

    @Test
    void whenTheNewMapFillsThatPlaceThePlayerGoesToTheLastCheckpointReached() throws Exception {
        session = open(save(TestMaps.base(YARD)));
        Simulation before = session.simulation();
        Mappers.BODY.get(before.controlled()).body.setTransform(10f, 2f, 0f);
        step(before, 1);
        assertThat(session.checkpointReached()).isEqualTo("yard");
        step(before, 30, Action.RIGHT);
        float playerX = Mappers.TRANSFORM.get(before.controlled()).x;
        assertThat(playerX).isGreaterThan(10.5f);

        int blockAt = Math.round(playerX * 32);
        assertThat(saveAndReload(TestMaps.base(YARD + block(blockAt - 16, blockAt + 16)))).as(session.problems().toString())
                .isEqualTo(Reload.RELOADED);
        assertThat(Mappers.TRANSFORM.get(session.simulation().controlled()).x).as("at the yard").isEqualTo(10f);
        assertThat(session.lastCheckpoint()).isEqualTo("yard");

        saveAndReload(TestMaps.base(block(320 - 16, 320 + 16)));
        assertThat(Mappers.TRANSFORM.get(session.simulation().controlled()).x).as("the yard is gone and its place taken: the spawn")
                .isEqualTo(2f);
    }

    @Test
    void aScriptedRunStartsOverWhereItBegan() throws Exception {
        session = open(save(TestMaps.base(YARD)));
        session.keepPlaceOnReload(false);
        step(session.simulation(), 40, Action.RIGHT);
        saveAndReload(TestMaps.base(YARD + CRATE));
        assertThat(Mappers.TRANSFORM.get(session.simulation().controlled()).x).isEqualTo(2f);
    }

    @Test
    void aReloadAfterTheLevelEndedStartsItOver() throws Exception {
        session = open(save(TestMaps.base("")));
        for (int tick = 0; tick < 300 && session.simulation().outcome() == com.judgmentday.sim.Outcome.RUNNING; tick++) {
            step(session.simulation(), 1, Action.RIGHT);
        }
        assertThat(session.simulation().outcome()).as("won at the exit").isEqualTo(com.judgmentday.sim.Outcome.WIN);
        assertThat(session.reload()).isTrue();
        step(session.simulation(), 30);
        // Put back in the exit it would win again at once, and the level-complete page would never go.
        assertThat(session.simulation().outcome()).isEqualTo(com.judgmentday.sim.Outcome.RUNNING);
        assertThat(com.judgmentday.components.Mappers.TRANSFORM.get(session.simulation().controlled()).x)
                .as("back at the spawn").isLessThan(3f);
    }

    private static void step(Simulation simulation, int ticks, Action... held) {
        ActionSet actions = new ActionSet();
        for (Action action : held) {
            actions.add(action);
        }
        for (int i = 0; i < ticks; i++) {
            simulation.step(actions);
        }
    }
}
