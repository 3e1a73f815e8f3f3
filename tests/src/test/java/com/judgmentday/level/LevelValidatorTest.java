package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A fixture per validator check, each asserting the exact line a designer reads. */
class LevelValidatorTest {
    private static final String TYPES = "player-spawn, john-spawn, t1000-spawn, character, solid, one-way, ladder, bars, door, switch, elevator,"
            + " path, conveyor, crusher, molten-steel, fire, steam, nitrogen-source, breakable, pickup, npc, cover, parked-vehicle, prop, vehicle, trigger, checkpoint,"
            + " exit, light, camera-zone, beat, crate, load, winch";

    @TempDir
    Path dir;

    private List<String> problems(String map) throws Exception {
        LevelLoader loader = new LevelLoader(TestContent.tuning());
        Array<Problem> found = loader.check(new TestMaps(dir).write("v.tmx", map)).problems;
        List<String> lines = new ArrayList<>();
        for (Problem problem : found) {
            lines.add(problem.toString().substring(dir.toString().length() + 1));
        }
        return lines;
    }

    private List<String> with(String objects) throws Exception {
        return problems(TestMaps.base(objects));
    }

    private static String rect(int id, String type, String properties) {
        return "<object id=\"" + id + "\" type=\"" + type + "\" x=\"200\" y=\"100\" width=\"32\" height=\"32\">"
                + (properties.isEmpty() ? "" : "<properties>" + properties + "</properties>") + "</object>\n";
    }

    private static String prop(String name, String type, String value) {
        return "<property name=\"" + name + "\" type=\"" + type + "\" value=\"" + value + "\"/>";
    }

    @Test
    void theLoadoutNamesOnlyWeaponsTheTuningDefines() throws Exception {
        String objects = TestMaps.GROUND + TestMaps.PLAYER + TestMaps.EXIT;
        assertThat(problems(TestMaps.map("", TestMaps.property("loadout", "pistol, m79"), objects))).isEmpty();
        assertThat(problems(TestMaps.map("", TestMaps.property("loadout", "shotgun,pistl"), objects))).singleElement()
                .asString().startsWith("v.tmx: loadout: no weapon is called 'pistl'; did you mean 'pistol'? (weapons: ");
        assertThat(problems(TestMaps.map("", TestMaps.property("loadout", "m79:1, pistol:12"), objects))).isEmpty();
        assertThat(problems(TestMaps.map("", TestMaps.property("loadout", "m79:0"), objects))).singleElement()
                .asString().isEqualTo("v.tmx: loadout: 'm79:0' must give its rounds as a whole number from 1 to 999 after "
                        + "the colon (m79:1 is one grenade)");
    }

    @Test
    void theBaseMapIsClean() throws Exception {
        assertThat(with("")).isEmpty();
    }

    @Test
    void untypedObjects() throws Exception {
        assertThat(with("<object id=\"4\" x=\"0\" y=\"0\" width=\"32\" height=\"32\"/>\n")).containsExactly(
                "v.tmx:4 (untyped): object has no type; set its Class (Tiled 1.9+) or Type (1.8) to one of " + TYPES);
        assertThat(with("<object id=\"4\" gid=\"1\" x=\"0\" y=\"32\" width=\"32\" height=\"32\"/>\n")).as("tiles are art").isEmpty();
    }

    @Test
    void unknownTypesSuggestTheNearest() throws Exception {
        assertThat(with(rect(4, "crat", ""))).containsExactly("v.tmx:4 (crat): unknown type 'crat'; did you mean 'crate'?");
        assertThat(with(rect(4, "lava", ""))).containsExactly("v.tmx:4 (lava): unknown type 'lava'; use one of " + TYPES);
    }

    @Test
    void unknownPropertiesSuggestTheNearest() throws Exception {
        assertThat(with(rect(4, "conveyor", prop("sped", "float", "2")))).containsExactly(
                "v.tmx:4 (conveyor): unknown property 'sped'; did you mean 'speed'?");
        assertThat(with(rect(4, "crate", prop("mass", "float", "2")))).containsExactly(
                "v.tmx:4 (crate): unknown property 'mass'; a crate takes no properties");
        assertThat(problems(TestMaps.map("", TestMaps.property("titel", "X"), TestMaps.GROUND + TestMaps.PLAYER + TestMaps.EXIT)))
                .containsExactly("v.tmx: unknown property 'titel'; did you mean 'title'?");
    }

    @Test
    void propertyKindsAndRanges() throws Exception {
        assertThat(with(rect(4, "conveyor", prop("speed", "string", "fast")))).containsExactly(
                "v.tmx:4 (conveyor): 'speed' must be a number, not 'fast'");
        assertThat(with(rect(4, "conveyor", prop("speed", "float", "50")))).containsExactly(
                "v.tmx:4 (conveyor): 'speed' is 50; it must be from -20 to 20");
        assertThat(with(rect(4, "pickup", prop("amount", "float", "2.5")))).containsExactly(
                "v.tmx:4 (pickup): 'amount' must be a whole number, not 2.5");
        assertThat(with(rect(4, "door", prop("locked", "string", "yes")))).containsExactly(
                "v.tmx:4 (door): 'locked' must be true or false, not 'yes'");
        assertThat(with(rect(4, "ladder", prop("kind", "string", "chian")))).containsExactly(
                "v.tmx:4 (ladder): 'kind' is 'chian'; did you mean 'chain'?");
    }

    @Test
    void requiredPropertiesAndReferences() throws Exception {
        assertThat(with(rect(4, "elevator", ""))).containsExactly(
                "v.tmx:4 (elevator): needs the property 'path' (object: the path object it travels along)");
        assertThat(with(rect(4, "trigger", prop("beat", "object", "99")))).containsExactly(
                "v.tmx:4 (trigger): 'beat' points at object 99, which does not exist");
        assertThat(with(rect(4, "trigger", prop("beat", "object", "1")))).containsExactly(
                "v.tmx:4 (trigger): 'beat' points at object 1, a solid; it must be a beat");
    }

    @Test
    void shapesSizesAndGeometry() throws Exception {
        assertThat(with("<object id=\"4\" type=\"exit\" x=\"0\" y=\"0\"><point/></object>\n")).containsExactly(
                "v.tmx:4 (exit): an exit must be a rectangle, not a point");
        assertThat(with("<object id=\"4\" type=\"crate\" x=\"200\" y=\"0\" width=\"0.5\" height=\"32\"/>\n")).containsExactly(
                "v.tmx:4 (crate): its rectangle must be at least 1 px wide and high");
        assertThat(with("<object id=\"4\" type=\"solid\" x=\"200\" y=\"0\"><polygon points=\"0,0 0,0 32,32\"/></object>\n"))
                .containsExactly("v.tmx:4 (solid): points 1 and 2 are on top of each other; remove one of them");
        assertThat(with("<object id=\"4\" type=\"crate\" x=\"NaN\" y=\"0\" width=\"32\" height=\"32\"/>\n")).containsExactly(
                "v.tmx:4 (crate): x 'NaN' is out of range -1000000 to 1000000");
        assertThat(with("<object id=\"4\" type=\"crate\" x=\"200\" y=\"0\" width=\"32\" height=\"32\" rotation=\"45\"/>\n"))
                .containsExactly("v.tmx:4 (crate): rotated objects are not supported; set Rotation to 0");
    }

    @Test
    void objectsOutsideTheMap() throws Exception {
        assertThat(with("<object id=\"4\" type=\"crate\" x=\"700\" y=\"0\" width=\"32\" height=\"32\"/>\n")).containsExactly(
                "v.tmx:4 (crate): lies outside the map; move it inside the 20 x 10 m map");
    }

    @Test
    void exactlyOnePlayerSpawn() throws Exception {
        assertThat(problems(TestMaps.map("", "", TestMaps.GROUND + TestMaps.EXIT))).containsExactly(
                "v.tmx: no player-spawn; add a point object of type player-spawn");
        assertThat(with("<object id=\"4\" type=\"player-spawn\" x=\"96\" y=\"288\"><point/></object>\n")).containsExactly(
                "v.tmx:4 (player-spawn): a second player-spawn; a level has exactly one (the first is object 2)");
    }

    @Test
    void anExitIsNeededOnlyWhenAGoalIsToReachOne() throws Exception {
        String noExit = TestMaps.GROUND + TestMaps.PLAYER;
        String needed = "v.tmx: no exit, so the level can't be won; add a rectangle of type exit where it ends";
        assertThat(problems(TestMaps.map("", "", noExit))).as("no objectives: reach an exit").containsExactly(needed);
        assertThat(problems(TestMaps.map("", TestMaps.property("objectives", "out: reach | Get out"), noExit)))
                .containsExactly(needed);
        assertThat(problems(TestMaps.map("", TestMaps.property("objectives", "hold: survive 30 | Hold on"), noExit)))
                .as("a goal that needs no exit").isEmpty();
    }

    @Test
    void theSpawnsTheMapNeeds() throws Exception {
        assertThat(problems(TestMaps.map("", TestMaps.property("needs", "john, t1000"),
                TestMaps.GROUND + TestMaps.PLAYER + TestMaps.EXIT))).containsExactly(
                "v.tmx: no john-spawn, and the map needs one (map property needs: john, t1000); add one or take john out of needs",
                "v.tmx: no t1000-spawn, and the map needs one (map property needs: john, t1000); add one or take t1000 out of needs");
        assertThat(problems(TestMaps.map("", TestMaps.property("needs", "sarah"), TestMaps.GROUND + TestMaps.PLAYER + TestMaps.EXIT)))
                .containsExactly("v.tmx: map property needs lists 'sarah'; use one of john, t1000");
        assertThat(problems(TestMaps.map("", TestMaps.property("needs", "Jon"), TestMaps.GROUND + TestMaps.PLAYER + TestMaps.EXIT)))
                .containsExactly("v.tmx: map property needs lists 'jon'; did you mean 'john'?");
    }

    @Test
    void spawnsInsideSolids() throws Exception {
        assertThat(problems(TestMaps.map("", "", TestMaps.GROUND + TestMaps.EXIT
                + "<object id=\"2\" type=\"player-spawn\" x=\"64\" y=\"310\"><point/></object>\n"))).containsExactly(
                "v.tmx:2 (player-spawn): the T-800 standing here would be inside solid 1; move it so its feet rest on the ground");
        assertThat(with("<object id=\"4\" type=\"john-spawn\" x=\"100\" y=\"288\"><point/></object>\n"
                + "<object id=\"5\" type=\"solid\" x=\"96\" y=\"250\" width=\"32\" height=\"10\"/>\n")).containsExactly(
                "v.tmx:4 (john-spawn): the John standing here would be inside solid 5; move it so its feet rest on the ground");
    }

    @Test
    void theT1000ACheckpointRestartsBehindThePlayerMustHaveRoom() throws Exception {
        String checkpoint = "<object id=\"4\" name=\"yard\" type=\"checkpoint\" x=\"200\" y=\"288\"><properties>"
                + "<property name=\"pursuer\" type=\"float\" value=\"-3\"/></properties><point/></object>\n";
        assertThat(with(checkpoint)).as("3 m west of 6.25 m, on open floor").isEmpty();
        String wall = "<object id=\"5\" type=\"solid\" x=\"96\" y=\"224\" width=\"16\" height=\"64\"/>\n";
        assertThat(with(checkpoint + wall)).containsExactly("v.tmx:4 (checkpoint): the T-1000 it restarts 3.0 m west"
                + " (pursuer) standing here would be inside solid 5; move it so its feet rest on the ground");
    }

    @Test
    void theExitMustBeReachableWithThePlayersJump() throws Exception {
        String wall = "<object id=\"4\" type=\"solid\" x=\"320\" y=\"128\" width=\"32\" height=\"160\"/>\n";
        assertThat(with(wall)).containsExactly("v.tmx:3 (exit): can't be reached from the player-spawn (object 2) by running"
                + " at 6.5 m/s and jumping onto steps up to 2.00 m high: the T-800 gets no nearer than x 9.6 m, y 1.0 m (Tiled 308, 288 px),"
                + " where the solid (object 4) blocks the way; add a step, a ladder or a platform, or clear what blocks the way");
        String lowWall = "<object id=\"4\" type=\"solid\" x=\"320\" y=\"224\" width=\"32\" height=\"64\"/>\n";
        assertThat(with(lowWall)).as("a 2 m wall can be jumped").isEmpty();
        String ladder = "<object id=\"5\" type=\"ladder\" x=\"288\" y=\"96\" width=\"32\" height=\"192\"/>\n";
        String wallWithRoom = "<object id=\"4\" type=\"solid\" x=\"320\" y=\"128\" width=\"32\" height=\"160\"/>\n";
        assertThat(problems(TestMaps.map("", "", TestMaps.GROUND + TestMaps.PLAYER + TestMaps.EXIT + wallWithRoom + ladder)))
                .as("a ladder climbs it").isEmpty();
        String barsToCeiling = "<object id=\"4\" type=\"bars\" x=\"320\" y=\"0\" width=\"8\" height=\"288\"/>\n";
        assertThat(with(barsToCeiling)).hasSize(1);
    }

    @Test
    void checkpointsMustBeClearAndLeadToAnExit() throws Exception {
        String inFloor = "<object id=\"4\" name=\"low\" type=\"checkpoint\" x=\"200\" y=\"310\"><point/></object>\n";
        assertThat(with(inFloor)).containsExactly(
                "v.tmx:4 (checkpoint): the T-800 standing here would be inside solid 1; move it so its feet rest on the ground");
        String walledIn = "<object id=\"4\" name=\"pit\" type=\"checkpoint\" x=\"416\" y=\"288\"><point/></object>\n"
                + "<object id=\"5\" type=\"solid\" x=\"448\" y=\"64\" width=\"32\" height=\"224\"/>\n"
                + "<object id=\"6\" type=\"solid\" x=\"352\" y=\"64\" width=\"32\" height=\"224\"/>\n"
                + "<object id=\"7\" type=\"ladder\" x=\"320\" y=\"32\" width=\"32\" height=\"256\"/>\n"
                + "<object id=\"8\" type=\"solid\" x=\"0\" y=\"32\" width=\"480\" height=\"32\"/>\n";
        assertThat(problems(TestMaps.map("", "", TestMaps.GROUND + TestMaps.PLAYER + TestMaps.EXIT + walledIn)))
                .as("the player can't get out of the pit the checkpoint is in (and the way from the spawn is blocked too)")
                .hasSize(1).first().asString().startsWith("v.tmx:3 (exit): can't be reached");
        String pitOnly = "<object id=\"4\" name=\"pit\" type=\"checkpoint\" x=\"416\" y=\"288\"><point/></object>\n"
                + "<object id=\"5\" type=\"solid\" x=\"448\" y=\"64\" width=\"32\" height=\"224\"/>\n"
                + "<object id=\"6\" type=\"solid\" x=\"352\" y=\"64\" width=\"32\" height=\"224\"/>\n"
                + "<object id=\"7\" type=\"exit\" x=\"96\" y=\"192\" width=\"64\" height=\"96\"/>\n";
        assertThat(problems(TestMaps.map("", "", TestMaps.GROUND + TestMaps.PLAYER + pitOnly))).containsExactly(
                "v.tmx:4 (checkpoint): no exit can be reached from this checkpoint by running at 6.5 m/s and jumping onto steps up to 2.00 m high:"
                        + " the T-800 gets no nearer than x 12.4 m, y 1.0 m (Tiled 396, 288 px), where the solid (object 6) blocks"
                        + " the way; add a step, a ladder or a platform, or clear what blocks the way");
    }

    @Test
    void mapScaleIdsAndPropertyTypes() throws Exception {
        assertThat(problems(TestMaps.base("").replace("tilewidth=\"32\" tileheight=\"32\"", "tilewidth=\"16\" tileheight=\"16\"")))
                .first().asString().isEqualTo("v.tmx: tiles are 16 x 16 px, but the game's scale is 32 px to a metre: make the map"
                        + " with 32 x 32 tiles");
        assertThat(with("<object id=\"3\" type=\"crate\" x=\"200\" y=\"256\" width=\"32\" height=\"32\"/>\n")).containsExactly(
                "v.tmx:3 (crate): object id 3 is used twice; Tiled gives every object its own id, so copy objects in Tiled"
                        + " rather than in the file");
        assertThat(with(rect(4, "trigger", prop("beat", "int", "5")) + rect(5, "beat", prop("steps", "string", "lock 1"))))
                .containsExactly("v.tmx:4 (trigger): 'beat' must be an object property (type object, then pick the object), not int");
        assertThat(with(rect(4, "beat", ""))).containsExactly(
                "v.tmx:4 (beat): needs the property 'steps' (string: one step a row: " + com.judgmentday.stage.StageText.kinds()
                        + " (see Beats))");
    }

    @Test
    void checkpointsNeedUniqueNames() throws Exception {
        String one = "<object id=\"4\" name=\"gate\" type=\"checkpoint\" x=\"200\" y=\"288\"><point/></object>\n";
        String two = "<object id=\"5\" name=\"gate\" type=\"checkpoint\" x=\"300\" y=\"288\"><point/></object>\n";
        String nameless = "<object id=\"6\" type=\"checkpoint\" x=\"400\" y=\"288\"><point/></object>\n";
        assertThat(with(one + two + nameless)).containsExactly(
                "v.tmx:5 (checkpoint): checkpoint name 'gate' is already used by object 4; names must be unique",
                "v.tmx:6 (checkpoint): a checkpoint needs a Name (players and --checkpoint use it)");
    }

    @Test
    void beatsAndDoorsNeedWhatTheyActOn() throws Exception {
        assertThat(with(rect(4, "beat", prop("steps", "string", "say john.nobody-said-this")))).containsExactly(
                "v.tmx:4 (beat): steps row 1: say: no line has the key 'john.nobody-said-this' in assets/data/lines.txt; add a row"
                        + " 'john.nobody-said-this: Speaker | words' there, or fix the key");
        assertThat(with(rect(4, "beat", prop("steps", "string", "say john.trust")))).containsExactly(
                "v.tmx:4 (beat): steps row 1: say: no line has the key 'john.trust' in assets/data/lines.txt;"
                        + " did you mean 'john.trust-me'?");
        assertThat(with(rect(4, "npc", prop("line", "string", "Hey, you can't be up here.")))).as("words, not a key")
                .containsExactly("v.tmx:4 (npc): 'line': no line has the key 'Hey, you can't be up here.' in"
                        + " assets/data/lines.txt; add a row 'Hey, you can't be up here.: Speaker | words' there, or fix the key");
        assertThat(with(rect(4, "npc", prop("line", "string", "guard.cant-be-her")))).containsExactly(
                "v.tmx:4 (npc): 'line': no line has the key 'guard.cant-be-her' in assets/data/lines.txt;"
                        + " did you mean 'guard.cant-be-here'?");
        assertThat(with(rect(4, "beat", prop("steps", "string", "open #1")))).containsExactly(
                "v.tmx:4 (beat): steps row 1: open: #1 is a solid; it must be one of door, winch");
        assertThat(with(rect(4, "beat", prop("steps", "string", "drop #1")))).as("only a load drops").containsExactly(
                "v.tmx:4 (beat): steps row 1: drop: #1 is a solid; it must be one of load");
        assertThat(with(rect(4, "beat", prop("steps", "string", "spawn #1 at #4")))).as("only the T-1000 comes in elsewhere")
                .containsExactly("v.tmx:4 (beat): steps row 1: spawn: only the t1000-spawn's T-1000 can be brought in at another"
                        + " place (#1 is a solid: move it where it should appear, and write 'spawn #1')");
        assertThat(with(rect(4, "beat", prop("steps", "string", "spawn #1 by #4")))).containsExactly(
                "v.tmx:4 (beat): steps row 1: spawn: write 'spawn #<object id>' (the Tiled ID of the object), or 'spawn"
                        + " #<t1000-spawn id> at #<area or point id>' to bring the T-1000 in somewhere else");
        assertThat(with(rect(4, "beat", prop("steps", "string", "dance")))).containsExactly(
                "v.tmx:4 (beat): steps row 1: no step is called 'dance'; steps: " + com.judgmentday.stage.StageText.kinds());
        assertThat(with(rect(4, "beat", prop("steps", "string", "open #77")))).containsExactly(
                "v.tmx:4 (beat): steps row 1: open: no object has ID 77; write # and the Tiled ID of an object in this map");
        assertThat(with(rect(4, "beat", prop("steps", "string", "control john")))).containsExactly(
                "v.tmx:4 (beat): steps row 1: control: the map has no john-spawn; add one, or hand control to a character (its"
                        + " name) or an npc (#id)");
        assertThat(with(rect(4, "beat", prop("steps", "string", "control t1000")))).containsExactly(
                "v.tmx:4 (beat): steps row 1: control: control moves to a character of the map (its name or id) or a person"
                        + " (#id of an npc), not the t1000");
        assertThat(with(rect(4, "door", prop("key", "string", "red")))).containsExactly(
                "v.tmx:4 (door): its key 'red' matches no pickup with item key and key red; add one or clear the door's key");
        assertThat(with(rect(4, "door", prop("trigger", "object", "1")))).contains(
                "v.tmx:4 (door): 'trigger' points at object 1, a solid; it must be a trigger");
        assertThat(with(rect(4, "switch", prop("doors", "string", "blast door")))).containsExactly(
                "v.tmx:4 (switch): its door 'blast door' matches no door's Name; add a door or clear its doors");
        String door = "<object id=\"5\" name=\"blast door\" type=\"door\" x=\"300\" y=\"100\" width=\"16\" height=\"64\">%s</object>\n";
        assertThat(with(rect(4, "switch", prop("doors", "string", "blast door") + prop("crank", "bool", "true"))
                + String.format(door, ""))).containsExactly("v.tmx:4 (switch): it is a crank, but its door 'blast door'"
                + " opens at once: give the door an opensSeconds (a roller shutter) or clear crank");
        assertThat(with(rect(4, "switch", prop("doors", "string", "blast door") + prop("crank", "bool", "true"))
                + String.format(door, "<properties>" + prop("opensSeconds", "float", "3") + "</properties>"))).isEmpty();
        assertThat(with(rect(4, "switch", prop("doors", "string", "blast door") + prop("crank", "bool", "true")
                + prop("action", "string", "toggle")) + String.format(door, "<properties>" + prop("opensSeconds", "float", "3")
                + "</properties>"))).containsExactly("v.tmx:4 (switch): a crank opens, once: set its action to open and once to"
                + " true, or clear crank");
    }
}
