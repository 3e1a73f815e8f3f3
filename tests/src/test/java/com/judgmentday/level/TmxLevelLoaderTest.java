package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TmxLevelLoaderTest {
    @TempDir
    Path dir;

    private LevelDef load(String objects) throws Exception {
        return TmxLevelLoader.load(file("test.tmx", map("", objects)));
    }

    private FileHandle file(String name, String text) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return new FileHandle(path.toFile());
    }

    private static String map(String mapAttributes, String objects) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<map version=\"1.8\" orientation=\"orthogonal\" width=\"20\" height=\"10\" tilewidth=\"32\""
                + " tileheight=\"32\" " + mapAttributes + ">\n<objectgroup id=\"1\" name=\"o\">\n"
                + "<object id=\"1\" type=\"player-spawn\" x=\"64\" y=\"288\"><point/></object>\n"
                + objects + "</objectgroup>\n</map>\n";
    }

    @Test
    void provingGroundHasWhatThePlayNeeds() {
        LevelDef level = LevelCatalog.load("proving-ground");
        assertThat(level.id).isEqualTo("proving-ground");
        assertThat(level.title).isEqualTo("Proving Ground: Salceda's Ranch");
        assertThat(level.width).isEqualTo(120f);
        assertThat(level.spawn(SpawnDef.Kind.PLAYER).character).isEqualTo("t800");
        assertThat(level.spawn(SpawnDef.Kind.JOHN)).isNotNull();
        assertThat(level.exits).hasSize(1);
        assertThat(level.crates.size).isGreaterThanOrEqualTo(3);
        assertThat(level.solids).anyMatch(s -> !s.box);
    }

    @Test
    void tiledCoordinatesBecomeMetresWithYUp() throws Exception {
        LevelDef level = load("<object id=\"2\" type=\"solid\" x=\"0\" y=\"288\" width=\"640\" height=\"32\"/>\n"
                + "<object id=\"3\" type=\"crate\" x=\"96\" y=\"256\" width=\"32\" height=\"32\"/>\n"
                + "<object id=\"4\" class=\"solid\" x=\"320\" y=\"288\"><polyline points=\"0,0 64,-32 128,-32\"/></object>\n");
        SpawnDef player = level.spawn(SpawnDef.Kind.PLAYER);
        assertThat(player.x).isEqualTo(2f);
        assertThat(player.y).isEqualTo(1f);
        assertThat(level.solids.get(0).vertices).containsExactly(0f, 0f, 20f, 0f, 20f, 1f, 0f, 1f);
        assertThat(level.crates.get(0).y).isEqualTo(1f);
        assertThat(level.crates.get(0).name).isEqualTo("crate#3");
        SolidDef chain = level.solids.get(1);
        assertThat(chain.closed).isFalse();
        assertThat(chain.vertices[3]).isCloseTo(2f, within(1e-6f));
    }

    @Test
    void refusesInfiniteMaps() {
        assertThatThrownBy(() -> TmxLevelLoader.load(file("inf.tmx", map("infinite=\"1\"", ""))))
                .isInstanceOf(LevelException.class)
                .hasMessageEndingWith("inf.tmx: infinite maps are not supported; untick Infinite in the map properties");
    }

    @Test
    void refusesOtherOrientations() {
        assertThatThrownBy(() -> TmxLevelLoader.load(file("iso.tmx", map("", "").replace("orthogonal", "isometric"))))
                .isInstanceOf(LevelException.class)
                .hasMessageContaining("iso.tmx: isometric maps are not supported");
    }

    @Test
    void refusesUnknownTypesNamingTheObject() {
        assertThatThrownBy(() -> load("<object id=\"7\" type=\"lava\" x=\"0\" y=\"0\" width=\"32\" height=\"32\"/>\n"))
                .isInstanceOf(LevelException.class)
                .hasMessageContaining("test.tmx:7 (lava): unknown object type 'lava'; use one of");
    }

    @Test
    void refusesAMapWithoutAPlayer() {
        assertThatThrownBy(() -> TmxLevelLoader.load(file("empty.tmx", map("", "").replaceAll("<object id=\"1\".*</object>\n", ""))))
                .isInstanceOf(LevelException.class)
                .hasMessageEndingWith("empty.tmx: no player spawn; add a point object of type player-spawn");
    }

    @Test
    void refusesNumbersBox2DCannotTake() {
        assertThatThrownBy(() -> load("<object id=\"5\" type=\"crate\" x=\"NaN\" y=\"0\" width=\"32\" height=\"32\"/>\n"))
                .isInstanceOf(LevelException.class)
                .hasMessageContaining("test.tmx:5 (crate): x 'NaN' is out of range -1000000 to 1000000");
        assertThatThrownBy(() -> load("<object id=\"5\" type=\"crate\" x=\"1e40\" y=\"0\" width=\"32\" height=\"32\"/>\n"))
                .isInstanceOf(LevelException.class).hasMessageContaining("x '1e40' is out of range");
        assertThatThrownBy(() -> load("<object id=\"5\" type=\"crate\" x=\"abc\" y=\"0\" width=\"32\" height=\"32\"/>\n"))
                .isInstanceOf(LevelException.class).hasMessageContaining("test.tmx:5 (crate): x 'abc' is not a number");
        assertThatThrownBy(() -> load("<object id=\"ten\" type=\"crate\" x=\"0\" y=\"0\" width=\"32\" height=\"32\"/>\n"))
                .isInstanceOf(LevelException.class).hasMessageContaining("id 'ten' is not a whole number");
        assertThatThrownBy(() -> load("<object id=\"6\" type=\"solid\" x=\"0\" y=\"0\"><polygon points=\"0,0 Infinity,0 5,5\"/></object>\n"))
                .isInstanceOf(LevelException.class).hasMessageContaining("test.tmx:6 (solid): point 'Infinity,0' is out of range");
        assertThatThrownBy(() -> TmxLevelLoader.load(file("w.tmx", map("", "").replace("width=\"20\"", "width=\"NaN\""))))
                .isInstanceOf(LevelException.class).hasMessageContaining("w.tmx: width 'NaN' is out of range 1 to 10000");
    }

    @Test
    void refusesOutlinePointsOnTopOfEachOther() {
        assertThatThrownBy(() -> load("<object id=\"8\" type=\"solid\" x=\"0\" y=\"0\"><polygon points=\"0,0 0,0 32,32\"/></object>\n"))
                .isInstanceOf(LevelException.class)
                .hasMessageContaining("test.tmx:8 (solid): points 1 and 2 are on top of each other; remove one of them");
        assertThatThrownBy(() -> load("<object id=\"9\" type=\"solid\" x=\"0\" y=\"0\"><polygon points=\"0,0 32,0 32,32 0,0.1\"/></object>\n"))
                .isInstanceOf(LevelException.class).hasMessageContaining("points 4 and 1 are on top of each other");
    }

    @Test
    void aSpawnOfACharacterTheTuningLacksIsRefusedNamingTheObject() throws Exception {
        LevelDef level = TmxLevelLoader.load(file("who.tmx", map("", "").replace("<point/>",
                "<properties><property name=\"character\" value=\"t1000\"/></properties><point/>")));
        assertThatThrownBy(() -> new com.judgmentday.sim.Simulation(level, com.judgmentday.support.TestContent.tuning(), 1L))
                .isInstanceOf(LevelException.class)
                .hasMessageEndingWith("who.tmx:1 (player spawn): character 't1000' is not one of t800, john (data/tuning.json)");
    }

    @Test
    void refusesASecondPlayerSpawn() {
        assertThatThrownBy(() -> load("<object id=\"2\" type=\"player-spawn\" x=\"96\" y=\"288\"><point/></object>\n"))
                .isInstanceOf(LevelException.class)
                .hasMessageContaining("test.tmx:2 (player-spawn): a second player-spawn; a level has exactly one (the first is object 1)");
    }

    @Test
    void ignoresCollisionShapesInsideTilesets() throws Exception {
        String withTileset = map("", "").replace("<objectgroup id=\"1\"",
                "<tileset firstgid=\"1\" name=\"t\" tilewidth=\"32\" tileheight=\"32\" tilecount=\"1\" columns=\"1\">"
                + "<tile id=\"0\"><objectgroup draworder=\"index\"><object id=\"1\" x=\"0\" y=\"0\" width=\"32\" height=\"32\"/>"
                + "</objectgroup></tile></tileset>\n<objectgroup id=\"1\"");
        assertThat(TmxLevelLoader.load(file("ts.tmx", withTileset)).spawns).hasSize(1);
    }

    @Test
    void readsObjectLayersInsideGroupLayers() throws Exception {
        String grouped = map("", "").replace("<objectgroup id=\"1\" name=\"o\">", "<group id=\"5\" name=\"g\"><objectgroup id=\"1\" name=\"o\">")
                .replace("</objectgroup>", "</objectgroup></group>");
        assertThat(TmxLevelLoader.load(file("group.tmx", grouped)).spawn(SpawnDef.Kind.PLAYER)).isNotNull();
    }

    @Test
    void refusesGarbageAndMissingFiles() {
        assertThatThrownBy(() -> TmxLevelLoader.load(file("junk.tmx", "\u0000\u0001 not xml")))
                .isInstanceOf(LevelException.class).hasMessageContaining("junk.tmx: not a readable Tiled map");
        assertThatThrownBy(() -> TmxLevelLoader.load(new FileHandle(dir.resolve("gone.tmx").toFile())))
                .isInstanceOf(LevelException.class).hasMessageEndingWith("gone.tmx: no such level file");
        assertThatThrownBy(() -> TmxLevelLoader.load(file("svg.tmx", "<svg/>")))
                .isInstanceOf(LevelException.class).hasMessageEndingWith("svg.tmx: not a Tiled map (the root element must be <map>)");
    }
}
