package com.judgmentday.session;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.components.Mappers;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelException;
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
        session = open(save(TestMaps.map("", "", TestMaps.GROUND)));
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
        assertThat(Mappers.TRANSFORM.get(simulation.player()).x).isEqualTo(10f);
        assertThat(Mappers.TRANSFORM.get(simulation.john()).x).isEqualTo(8.5f);
        LevelSession wrong = new LevelSession(new FileHandle(file.toFile()), TestContent.tuning(), 1L, "roof", false);
        assertThat(wrong.simulation()).isNull();
        assertThat(wrong.problems()).singleElement().asString().endsWith("live.tmx: no checkpoint named 'roof' (checkpoints: yard)");
        assertThatThrownBy(() -> new Simulation(simulation.level(), TestContent.tuning(), 1L, "roof"))
                .isInstanceOf(LevelException.class);
    }

    private static void step(Simulation simulation, int ticks) {
        ActionSet none = new ActionSet();
        for (int i = 0; i < ticks; i++) {
            simulation.step(none);
        }
    }
}
