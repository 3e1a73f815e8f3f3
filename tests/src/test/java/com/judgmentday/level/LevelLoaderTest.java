package com.judgmentday.level;

import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LevelLoaderTest {
    /** One object of every type the schema knows, each with its properties set, all valid together. */
    static final String EVERY_TYPE = TestMaps.GROUND + TestMaps.PLAYER + TestMaps.EXIT
            + "<object id=\"4\" type=\"john-spawn\" x=\"32\" y=\"288\"><point/></object>\n"
            + "<object id=\"5\" type=\"t1000-spawn\" x=\"400\" y=\"288\"><properties><property name=\"disguise\" value=\"guard\"/>"
            + "<property name=\"delay\" type=\"float\" value=\"2.5\"/></properties><point/></object>\n"
            + "<object id=\"7\" type=\"ladder\" x=\"256\" y=\"160\" width=\"32\" height=\"128\"><properties>"
            + "<property name=\"kind\" value=\"chain\"/></properties></object>\n"
            + "<object id=\"8\" type=\"bars\" x=\"300\" y=\"100\" width=\"8\" height=\"60\"/>\n"
            + "<object id=\"9\" type=\"door\" x=\"320\" y=\"100\" width=\"16\" height=\"64\"><properties>"
            + "<property name=\"locked\" type=\"bool\" value=\"true\"/></properties></object>\n"
            + "<object id=\"29\" type=\"switch\" x=\"300\" y=\"250\" width=\"16\" height=\"24\"><properties>"
            + "<property name=\"doors\" value=\"door#9\"/></properties></object>\n"
            + "<object id=\"10\" type=\"elevator\" x=\"352\" y=\"256\" width=\"64\" height=\"16\"><properties>"
            + "<property name=\"path\" type=\"object\" value=\"11\"/><property name=\"speed\" type=\"float\" value=\"2\"/></properties></object>\n"
            + "<object id=\"11\" type=\"path\" x=\"384\" y=\"256\"><polyline points=\"0,0 0,-160\"/></object>\n"
            + "<object id=\"12\" type=\"conveyor\" x=\"96\" y=\"280\" width=\"64\" height=\"8\"><properties>"
            + "<property name=\"speed\" type=\"float\" value=\"-3\"/></properties></object>\n"
            + "<object id=\"13\" type=\"crusher\" x=\"440\" y=\"40\" width=\"32\" height=\"32\"/>\n"
            + "<object id=\"14\" type=\"molten-steel\" x=\"440\" y=\"120\" width=\"64\" height=\"32\"><properties>"
            + "<property name=\"kind\" value=\"vat\"/></properties></object>\n"
            + "<object id=\"15\" type=\"nitrogen-source\" x=\"520\" y=\"40\" width=\"32\" height=\"64\"/>\n"
            + "<object id=\"17\" type=\"pickup\" x=\"120\" y=\"270\"><properties><property name=\"item\" value=\"health\"/>"
            + "</properties><point/></object>\n"
            + "<object id=\"18\" type=\"trigger\" x=\"128\" y=\"192\" width=\"64\" height=\"96\"><properties>"
            + "<property name=\"beat\" type=\"object\" value=\"19\"/></properties></object>\n"
            + "<object id=\"19\" type=\"beat\" x=\"150\" y=\"150\"><properties><property name=\"steps\" value=\"say john.who-are-you\"/>"
            + "</properties><point/></object>\n"
            + "<object id=\"20\" name=\"gate\" type=\"checkpoint\" x=\"300\" y=\"288\"><point/></object>\n"
            + "<object id=\"21\" type=\"camera-zone\" x=\"0\" y=\"0\" width=\"640\" height=\"320\"><properties>"
            + "<property name=\"zoom\" type=\"float\" value=\"1.25\"/></properties></object>\n"
            + "<object id=\"22\" type=\"npc\" x=\"480\" y=\"288\"><properties><property name=\"role\" value=\"guard\"/>"
            + "<property name=\"behaviour\" value=\"idle\"/></properties><point/></object>\n"
            + "<object id=\"92\" type=\"prop\" x=\"260\" y=\"288\"><properties><property name=\"kind\" value=\"bench\"/>"
            + "</properties><point/></object>\n"
            + "<object id=\"91\" type=\"cover\" x=\"232\" y=\"288\"><properties><property name=\"faces\" value=\"left\"/>"
            + "</properties><point/></object>\n"
            + "<object id=\"23\" type=\"parked-vehicle\" x=\"200\" y=\"288\"><properties><property name=\"kind\" value=\"police-car\"/>"
            + "</properties><point/></object>\n"
            + "<object id=\"24\" type=\"crate\" x=\"224\" y=\"256\" width=\"32\" height=\"32\"/>\n"
            + "<object id=\"25\" type=\"solid\" x=\"0\" y=\"0\"><polyline points=\"0,100 64,100\"/></object>\n"
            + "<object id=\"26\" type=\"fire\" x=\"560\" y=\"256\" width=\"32\" height=\"32\"/>\n"
            + "<object id=\"40\" type=\"steam\" x=\"520\" y=\"192\" width=\"32\" height=\"96\"/>\n"
            + "<object id=\"27\" type=\"light\" x=\"600\" y=\"100\"><point/></object>\n"
            + "<object id=\"28\" type=\"one-way\" x=\"200\" y=\"40\" width=\"64\" height=\"8\"/>\n"
            + "<object id=\"39\" type=\"load\" x=\"400\" y=\"100\" width=\"32\" height=\"32\"/>\n"
            + "<object id=\"90\" type=\"winch\" x=\"440\" y=\"224\" width=\"32\" height=\"64\"><properties>"
            + "<property name=\"load\" type=\"object\" value=\"39\"/></properties></object>\n"
            + "<object id=\"38\" name=\"Sarah\" type=\"character\" x=\"400\" y=\"288\"><properties>"
            + "<property name=\"character\" value=\"sarah\"/></properties><point/></object>\n"
            + "<object id=\"16\" type=\"breakable\" x=\"200\" y=\"60\" width=\"16\" height=\"64\"><properties>"
            + "<property name=\"hitPoints\" type=\"int\" value=\"25\"/></properties></object>\n";

    @TempDir
    Path dir;

    @Test
    void everyObjectTypeLoadsTogetherAndIsCovered() throws Exception {
        LevelLoader loader = new LevelLoader(TestContent.tuning());
        LevelLoader.Checked checked = loader.check(new TestMaps(dir).write("all.tmx", TestMaps.map("", "", EVERY_TYPE)));
        assertThat(checked.problems).isEmpty();
        Set<String> types = new HashSet<>();
        for (MapObject object : checked.document.objects) {
            types.add(object.type);
        }
        for (ObjectTypeDef type : loader.schema().types()) {
            if (!LevelValidator.notSimulated().contains(type.name)) {
                assertThat(types).as("the every-type map lacks " + type.name).contains(type.name);
            }
        }
        LevelDef level = loader.load(new TestMaps(dir).write("all.tmx", TestMaps.map("", "", EVERY_TYPE)));
        assertThat(level.spawn(SpawnDef.Kind.JOHN)).isNotNull();
        assertThat(level.spawn(SpawnDef.Kind.T1000).x).isEqualTo(12.5f);
        assertThat(level.checkpoint("gate").x).isEqualTo(300 / 32f);
        assertThat(level.solids).as("two solids, the bars, the door, the conveyor belt and the breakable").hasSize(6);
        assertThat(level.crates).hasSize(1);
        assertThat(level.covers.toArray()).as("x, feet y, faces west").containsExactly(232 / 32f, 1f, -1f);
        assertThat(level.beat(19).steps.first().text).isEqualTo("Who are you? What are you?");
        assertThat(level.triggers.first().beat).isEqualTo(19);
        new Simulation(level, TestContent.tuning(), 1L).dispose();
    }

    @Test
    void barsStopThePlayer() throws Exception {
        String bars = "<object id=\"4\" type=\"bars\" x=\"320\" y=\"0\" width=\"16\" height=\"288\"/>\n";
        LevelDef level = new LevelLoader(TestContent.tuning()).load(new TestMaps(dir).write("bars.tmx",
                TestMaps.map("", "", TestMaps.GROUND + TestMaps.PLAYER + bars
                        + "<object id=\"3\" type=\"exit\" x=\"0\" y=\"192\" width=\"32\" height=\"96\"/>\n")));
        assertThat(level.solids).anyMatch(solid -> solid.bars);
        Simulation simulation = new Simulation(level, TestContent.tuning(), 1L);
        com.judgmentday.input.ActionSet right = new com.judgmentday.input.ActionSet().add(com.judgmentday.input.Action.RIGHT);
        for (int tick = 0; tick < 180; tick++) {
            simulation.step(right);
        }
        float x = com.judgmentday.components.Mappers.TRANSFORM.get(simulation.controlled()).x;
        simulation.dispose();
        assertThat(x).isLessThan(10f).isGreaterThan(9f);
    }

    @Test
    void tiledCoordinatesBecomeMetresWithYUp() throws Exception {
        LevelDef level = new LevelLoader(TestContent.tuning()).load(new TestMaps(dir).write("c.tmx", TestMaps.base(
                "<object id=\"4\" type=\"crate\" x=\"96\" y=\"256\" width=\"32\" height=\"32\"/>\n")));
        SpawnDef player = level.spawn(SpawnDef.Kind.PLAYER);
        assertThat(player.x).isEqualTo(2f);
        assertThat(player.y).isEqualTo(1f);
        assertThat(level.solids.get(0).vertices).containsExactly(0f, 0f, 20f, 0f, 20f, 1f, 0f, 1f);
        assertThat(level.crates.get(0).y).isEqualTo(1f);
        assertThat(level.crates.get(0).name).isEqualTo("crate#4");
        assertThat(level.exits.get(0).x).isCloseTo(17f, within(1e-6f));
    }

    @Test
    void provingGroundHasWhatThePlayNeeds() {
        LevelDef level = LevelCatalog.load("proving-ground", TestContent.tuning());
        assertThat(level.title).isEqualTo("Proving Ground: Salceda's Ranch");
        assertThat(level.width).isEqualTo(120f);
        assertThat(level.spawn(SpawnDef.Kind.PLAYER).character).isEqualTo("t800");
        assertThat(level.spawn(SpawnDef.Kind.JOHN)).isNotNull();
        assertThat(level.exits).hasSize(1);
        assertThat(level.crates.size).isGreaterThanOrEqualTo(3);
        assertThat(level.solids).anyMatch(s -> !s.box);
    }

    @Test
    void aMapWithProblemsIsRefusedWithTheFirstAndACount() throws Exception {
        String broken = TestMaps.base("<object id=\"4\" type=\"lava\" x=\"0\" y=\"0\" width=\"32\" height=\"32\"/>\n"
                + "<object id=\"5\" type=\"crate\" x=\"0\" y=\"0\" width=\"0\" height=\"32\"/>\n");
        assertThatThrownBy(() -> new LevelLoader(TestContent.tuning()).load(new TestMaps(dir).write("b.tmx", broken)))
                .isInstanceOf(LevelProblemsException.class)
                .hasMessageEndingWith("b.tmx:4 (lava): unknown type 'lava'; use one of player-spawn, john-spawn, t1000-spawn,"
                        + " character, solid, one-way, ladder, bars, door, switch, elevator, path, conveyor, crusher, molten-steel, fire, steam, nitrogen-source,"
                        + " breakable, pickup, npc, cover, parked-vehicle, prop, vehicle, trigger, checkpoint, exit, light, camera-zone, beat, crate, load, winch (and 1 more: run"
                        + " 'validate " + dir.resolve("b.tmx").toFile().getPath() + "')");
    }

    @Test
    void aSpawnOfACharacterTheTuningLacksIsRefusedNamingTheObject() throws Exception {
        LevelDef level = new LevelLoader(TestContent.tuning()).load(new TestMaps(dir).write("who.tmx", TestMaps.base("")));
        level.spawns.first().character = "hk";
        assertThatThrownBy(() -> new Simulation(level, TestContent.tuning(), 1L))
                .isInstanceOf(LevelException.class)
                .hasMessageEndingWith("who.tmx:2 (player spawn): character 'hk' is not one of john, person, sarah, t1000, t800 (data/tuning.json)");
    }
}
