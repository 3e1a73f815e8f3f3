package com.judgmentday.level;

import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator asks the game's own navigation graph whether an exit can be reached: lifts carry, closed doors
 * and bars stop, molten steel can't be stood in, fire is a warning, John must be able to follow; and when the
 * answer is no, the message says how far the body gets and what is in the way.
 */
class ReachabilityTest {
    /** A 6 m lift from the floor to a gallery (a copy of ai-maze's freight lift), the exit on the gallery. */
    private static final String GALLERY = "<object id=\"4\" type=\"solid\" x=\"352\" y=\"96\" width=\"288\" height=\"8\"/>\n"
            + "<object id=\"5\" type=\"exit\" x=\"544\" y=\"0\" width=\"64\" height=\"96\"/>\n";

    @TempDir
    Path dir;

    private LevelLoader.Checked check(String objects) throws Exception {
        return new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("r.tmx",
                TestMaps.map("", "", TestMaps.GROUND + TestMaps.PLAYER + objects)));
    }

    private List<String> errors(String objects) throws Exception {
        return lines(check(objects).problems);
    }

    private List<String> warnings(String objects) throws Exception {
        return lines(check(objects).warnings);
    }

    private List<String> lines(Iterable<Problem> found) {
        List<String> lines = new ArrayList<>();
        for (Problem problem : found) {
            lines.add(problem.toString().substring(dir.toString().length() + 1));
        }
        return lines;
    }

    private static String lift(boolean moving, String path) {
        return "<object id=\"6\" name=\"freight lift\" type=\"elevator\" x=\"256\" y=\"284.8\" width=\"96\" height=\"3.2\">"
                + "<properties><property name=\"moving\" type=\"bool\" value=\"" + moving + "\"/>"
                + "<property name=\"path\" type=\"object\" value=\"7\"/><property name=\"speed\" type=\"float\" value=\"2\"/>"
                + "</properties></object>\n"
                + "<object id=\"7\" type=\"path\" x=\"304\" y=\"288\"><polyline points=\"" + path + "\"/></object>\n";
    }

    @Test
    void aLiftIsAWayUpWhetherItRunsOnItsOwnOrWaitsToBeCalledAndWhicheverWayItsPathIsDrawn() throws Exception {
        assertThat(errors(GALLERY)).as("without the lift").hasSize(1);
        for (boolean moving : new boolean[] {true, false}) {
            assertThat(errors(GALLERY + lift(moving, "0,0 0,-192"))).as("moving %s, drawn up", moving).isEmpty();
            assertThat(errors(GALLERY + lift(moving, "0,-192 0,0"))).as("moving %s, drawn down", moving).isEmpty();
        }
    }

    @Test
    void aClosedDoorIsNoWayThroughAndTheMessageSaysWhereTheWayEndsAndWhatBlocksIt() throws Exception {
        String wallWithDoor = "<object id=\"4\" type=\"solid\" x=\"320\" y=\"0\" width=\"32\" height=\"192\"/>\n"
                + "<object id=\"5\" name=\"cell door\" type=\"door\" x=\"320\" y=\"192\" width=\"32\" height=\"96\"/>\n"
                + TestMaps.EXIT;
        assertThat(errors(wallWithDoor)).containsExactly("r.tmx:3 (exit): can't be reached from the player-spawn (object 2)"
                + " by running at 6.5 m/s and jumping onto steps up to 2.00 m high: the T-800 gets no nearer than x 9.6 m, y 1.0 m (Tiled 308,"
                + " 288 px), where the door 'cell door' (object 5), which stays shut (no key or switch for it can be reached"
                + " before it), blocks the way;"
                + " add a step, a ladder or a platform, or clear what blocks the way");
    }

    @Test
    void moltenSteelAcrossTheFloorIsNamedWhenNoJumpClearsIt() throws Exception {
        String pool = "<object id=\"4\" name=\"pool\" type=\"molten-steel\" x=\"192\" y=\"272\" width=\"256\" height=\"16\"/>\n"
                + TestMaps.EXIT;
        assertThat(errors(pool)).hasSize(1).first().asString()
                .contains("where molten steel 'pool' (object 4) lies across the way, and no one can stand in it");
        String narrow = "<object id=\"4\" type=\"molten-steel\" x=\"192\" y=\"272\" width=\"64\" height=\"16\"/>\n" + TestMaps.EXIT;
        assertThat(errors(narrow)).as("a 2 m pool is jumped").isEmpty();
        assertThat(warnings(narrow)).containsExactly("r.tmx:4 (molten-steel): warning: the only way to the exit from the"
                + " player-spawn leaps over this molten steel, and a jump that falls short is death; fine for a set piece, or"
                + " give a safer way");
        String bridged = narrow + "<object id=\"5\" type=\"solid\" x=\"128\" y=\"264\" width=\"192\" height=\"8\"/>\n";
        assertThat(errors(bridged)).isEmpty();
        assertThat(warnings(bridged)).as("a walkway over the pool is a safer way").isEmpty();
    }

    @Test
    void aPoolTooWideIsNamedEvenWhenAWallStandsFurtherOn() throws Exception {
        // An 8 m pool from x = 5 m, then a plateau with the exit at its far end: the line toward the exit meets the
        // plateau's side, but the pool is what stops the player.
        String map = "<object id=\"4\" name=\"steel pool\" type=\"molten-steel\" x=\"160\" y=\"272\" width=\"256\""
                + " height=\"16\"/>\n"
                + "<object id=\"5\" name=\"plateau\" type=\"solid\" x=\"448\" y=\"128\" width=\"192\" height=\"160\"/>\n"
                + "<object id=\"3\" type=\"exit\" x=\"608\" y=\"32\" width=\"32\" height=\"96\"/>\n";
        assertThat(errors(map)).hasSize(1).first().asString()
                .contains("where molten steel 'steel pool' (object 4) lies across the way");
    }

    @Test
    void aJumpFromAPoolsLipThatDoesNotCrossItIsNoLeapOverMoltenSteel() throws Exception {
        // Standing on a 1 m strip between a ledge and a pool, the way on is a jump up and back, away from the pool.
        LevelLoader.Checked checked = new LevelLoader(TestContent.tuning()).check(new com.badlogic.gdx.files.FileHandle(
                Path.of("src", "test", "resources", "levels", "review", "jump-from-a-pools-lip.tmx").toFile()));
        assertThat(checked.problems).isEmpty();
        assertThat(checked.warnings).isEmpty();
    }

    @Test
    void aSpawnOverAPoolIsToldItFallsIntoTheSteel() throws Exception {
        String map = TestMaps.map("", "", TestMaps.GROUND + TestMaps.EXIT
                + "<object id=\"2\" type=\"player-spawn\" x=\"200\" y=\"200\"><point/></object>\n"
                + "<object id=\"4\" name=\"vat\" type=\"molten-steel\" x=\"160\" y=\"272\" width=\"96\" height=\"16\"/>\n");
        assertThat(lines(new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("r.tmx", map)).problems))
                .containsExactly("r.tmx:2 (player-spawn): falls into molten steel 'vat' (object 4); move it onto a floor");
    }

    @Test
    void fireOnTheOnlyWayIsAWarningOnTheFire() throws Exception {
        String fire = "<object id=\"4\" type=\"fire\" x=\"192\" y=\"160\" width=\"256\" height=\"128\"/>\n"
                + "<object id=\"5\" type=\"solid\" x=\"192\" y=\"0\" width=\"256\" height=\"128\"/>\n" + TestMaps.EXIT;
        assertThat(errors(fire)).isEmpty();
        assertThat(warnings(fire)).containsExactly("r.tmx:4 (fire): warning: the only way to the exit from the player-spawn"
                + " runs through this fire, and the T-800 burns in it; give a way round or over it");
    }

    @Test
    void johnWhoCantFollowToTheExitIsAnErrorForTheExitWontOpenWithoutHim() throws Exception {
        // John starts shut in a low shed; the T-800 jumps over its 2 m roof to the exit.
        String shed = "<object id=\"4\" type=\"solid\" x=\"192\" y=\"224\" width=\"8\" height=\"64\"/>\n"
                + "<object id=\"5\" type=\"solid\" x=\"312\" y=\"224\" width=\"8\" height=\"64\"/>\n"
                + "<object id=\"6\" type=\"solid\" x=\"192\" y=\"224\" width=\"128\" height=\"8\"/>\n"
                + "<object id=\"7\" type=\"john-spawn\" x=\"256\" y=\"288\"><point/></object>\n" + TestMaps.EXIT;
        assertThat(errors(shed)).containsExactly("r.tmx:7 (john-spawn): John can't follow the player to the exit"
                + " by running at 7.5 m/s and jumping onto steps up to 2.00 m high: he gets no nearer than x 9.5 m, y 1.0 m (Tiled 304, 288 px),"
                + " where the solid (object 5) blocks the way, and the exit won't open without him; give him a way (a ladder, a lift,"
                + " a lower step)");
    }

    @Test
    void sarahIsCheckedWithHerOwnBody() throws Exception {
        String map = TestMaps.map("", "", TestMaps.GROUND + TestMaps.EXIT
                + "<object id=\"2\" type=\"player-spawn\" x=\"64\" y=\"288\"><properties>"
                + "<property name=\"character\" value=\"sarah\"/></properties><point/></object>\n"
                + "<object id=\"4\" type=\"solid\" x=\"320\" y=\"0\" width=\"32\" height=\"288\"/>\n");
        assertThat(lines(new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("r.tmx", map)).problems))
                .hasSize(1).first().asString().contains("by running at 7.5 m/s").contains(": Sarah gets no nearer than");
    }

    @Test
    void peoplePlacedInTheHeatOfFireOrMoltenSteelOrWhereAnOverflowRunsAreWarnedOf() throws Exception {
        String fire = TestMaps.EXIT + "<object id=\"4\" type=\"fire\" x=\"320\" y=\"240\" width=\"64\" height=\"48\"/>\n";
        String near = "<object id=\"5\" type=\"npc\" x=\"416\" y=\"288\"><point/></object>\n";
        String far = "<object id=\"5\" type=\"npc\" x=\"520\" y=\"288\"><point/></object>\n";
        assertThat(warnings(fire + near)).hasSize(1).first().asString().startsWith("r.tmx:5 (npc): warning: would heat to")
                .contains("from the fire (object 4) and burn to death");
        assertThat(warnings(fire + far)).as("4 m and more away").isEmpty();
        String overflow = TestMaps.EXIT + "<object id=\"4\" type=\"molten-steel\" x=\"288\" y=\"96\" width=\"32\""
                + " height=\"32\"><properties><property name=\"kind\" value=\"overflow\"/>"
                + "<property name=\"volume\" type=\"float\" value=\"500\"/></properties></object>\n";
        assertThat(warnings(overflow + near)).containsExactly("r.tmx:5 (npc): warning: stands where the overflow (object 4) runs:"
                + " its molten steel spreads 5 m either side of where it pours; move them off that floor");
    }

    @Test
    void anExitThatOpensOnceTheT1000IsGoneNeedsOneAndMoltenSteel() throws Exception {
        String exit = "<object id=\"3\" type=\"exit\" x=\"544\" y=\"192\" width=\"64\" height=\"96\"><properties>"
                + "<property name=\"opens\" value=\"t1000-gone\"/></properties></object>\n";
        assertThat(errors(exit)).containsExactly("r.tmx:3 (exit): it opens once the T-1000 is gone, but only molten steel"
                + " destroys it and the map needs both a t1000-spawn and molten-steel; add them or set opens to always");
        String both = "<object id=\"4\" type=\"t1000-spawn\" x=\"300\" y=\"288\"><point/></object>\n"
                + "<object id=\"5\" type=\"molten-steel\" x=\"400\" y=\"280\" width=\"32\" height=\"8\"/>\n";
        assertThat(errors(exit + both)).isEmpty();
    }

    @Test
    void aT1000ThatCanReachJohnInTheFirstSecondsIsAWarning() throws Exception {
        String john = "<object id=\"6\" type=\"john-spawn\" x=\"96\" y=\"288\"><point/></object>\n";
        String near = "<object id=\"7\" type=\"t1000-spawn\" x=\"224\" y=\"288\"><point/></object>\n";
        String delayed = "<object id=\"7\" type=\"t1000-spawn\" x=\"224\" y=\"288\"><properties>"
                + "<property name=\"delay\" type=\"float\" value=\"5\"/></properties><point/></object>\n";
        assertThat(warnings(TestMaps.EXIT + john + near)).containsExactly("r.tmx:7 (t1000-spawn): warning: the T-1000 can"
                + " reach John 0.5 s into the level (4 m away at 8.5 m/s, after a delay of 0 s); give the player time with a"
                + " delay or more distance (docs/ai.md, Pacing a chase)");
        assertThat(warnings(TestMaps.EXIT + john + delayed)).isEmpty();
        String meant = "<object id=\"7\" type=\"t1000-spawn\" x=\"224\" y=\"288\"><properties>"
                + "<property name=\"close\" type=\"bool\" value=\"true\"/></properties><point/></object>\n";
        assertThat(warnings(TestMaps.EXIT + john + meant)).as("placed close on purpose").isEmpty();
    }

    @Test
    void aOneWayPlatformIsAStepTheValidatorUses() throws Exception {
        // A ledge 4 m up, out of a jump's reach, with the exit on it; a one-way platform halfway makes it two steps.
        String ledge = "<object id=\"4\" type=\"solid\" x=\"448\" y=\"160\" width=\"192\" height=\"8\"/>\n"
                + "<object id=\"5\" type=\"exit\" x=\"544\" y=\"64\" width=\"64\" height=\"96\"/>\n";
        String platform = "<object id=\"6\" type=\"one-way\" x=\"288\" y=\"224\" width=\"128\" height=\"8\"/>\n";
        assertThat(errors(ledge)).as("without the platform").hasSize(1);
        assertThat(errors(ledge + platform)).isEmpty();
    }
}
