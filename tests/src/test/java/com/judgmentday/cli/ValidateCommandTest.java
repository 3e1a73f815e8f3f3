package com.judgmentday.cli;

import com.judgmentday.desktop.Launcher;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator as designers run it: exit 0 clean, 1 problems, 2 unreadable; one line each. */
class ValidateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Launcher.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void theShippedLevelsAreClean() {
        assertThat(run("validate", "proving-ground")).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("1 map, 0 problems\n");
    }

    @Test
    void aMapWithMistakesGetsALineEachAndExitOne() throws Exception {
        String map = TestMaps.base("<object id=\"4\" type=\"crat\" x=\"0\" y=\"0\" width=\"32\" height=\"32\"/>\n"
                + "<object id=\"5\" type=\"conveyor\" x=\"0\" y=\"0\" width=\"32\" height=\"8\"><properties>"
                + "<property name=\"speed\" type=\"float\" value=\"99\"/></properties></object>\n");
        Path file = dir.resolve("m.tmx");
        new TestMaps(dir).write("m.tmx", map);
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                file + ":4 (crat): unknown type 'crat'; did you mean 'crate'?",
                file + ":5 (conveyor): 'speed' is 99; it must be from -20 to 20");
    }

    @Test
    void aHandMadeMapWithEveryMistakeGetsEachOnItsOwnLine() {
        Path file = Path.of("src", "test", "resources", "levels", "every-mistake.tmx");
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(out.toString().lines().map(line -> line.substring(file.toString().length()))).containsExactly(
                ": unknown property 'titel'; did you mean 'title'?",
                ":5 (crat): unknown type 'crat'; did you mean 'crate'?",
                ":6 (crusher): unknown property 'perod'; did you mean 'period'?",
                ":7 (crusher): 'period' must be a number, not 'fast'",
                ":8 (breakable): 'hitPoints' is 0; it must be from 1 to 100000",
                ":9 (crate): lies outside the map; move it inside the 40 x 16 m map",
                ":12 (trigger): 'beat' points at object 99, which does not exist",
                ":11 (player-spawn): a second player-spawn; a level has exactly one (the first is object 2)",
                ": no t1000-spawn, and the map needs one (map property needs: john, t1000); add one or take t1000 out of needs",
                ":10 (john-spawn): the John standing here would be inside solid 'cliff' (object 4); move it so its feet rest on the ground",
                ":14 (checkpoint): checkpoint name 'yard' is already used by object 13; names must be unique",
                ":15 (beat): steps row 1: say: no line has the key 'john.who-r-u' in assets/data/lines.txt;"
                        + " did you mean 'john.whoa'?",
                ":15 (beat): steps row 2: no step is called 'jump'; steps: " + com.judgmentday.stage.StageText.kinds(),
                ":3 (exit): can't be reached from the player-spawn (object 2) by running at 6.5 m/s and jumping onto steps up to 2.00 m high:"
                        + " the T-800 gets no nearer than x 29.6 m, y 2.0 m (Tiled 948, 448 px), where the solid 'cliff'"
                        + " (object 4) blocks the way; add a step, a ladder or a platform, or clear what blocks the way");
    }

    @Test
    void aFolderStandsForTheMapsInItAndTheShippedFolderIsClean() throws Exception {
        assertThat(run("validate", TestContent.assets().resolve("levels").toString())).as(out.toString()).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith(LevelCatalog.ids().size + " maps, 0 problems");
        assertThat(run("validate", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(dir + " is a folder with no .tmx maps in it");
    }

    @Test
    void anUnreadableMapIsOneLineAndExitTwo() throws Exception {
        new TestMaps(dir).write("bad.tmx", "<map");
        new TestMaps(dir).write("ok.tmx", TestMaps.base(""));
        assertThat(run("validate", dir.resolve("bad.tmx").toString(), dir.resolve("ok.tmx").toString())).isEqualTo(2);
        assertThat(out.toString().lines()).singleElement().asString()
                .startsWith(dir.resolve("bad.tmx") + ": not a");
    }

    @Test
    void mapsThatOnceCrashedTheValidatorAreOneLineAndExitTwo() throws Exception {
        TestMaps maps = new TestMaps(dir);
        maps.write("deep.tmx", TestMaps.base("").replace("<objectgroup", "<group>".repeat(5000) + "</group>".repeat(5000)
                + "<objectgroup"));
        maps.write("stray.tmx", TestMaps.base("").replace("</map>", "</objectgroup></map>"));

        int code = run("validate", dir.resolve("deep.tmx").toString(), dir.resolve("stray.tmx").toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString().lines()).containsExactly(
                dir.resolve("deep.tmx") + ": not a readable Tiled map (line 3: elements are nested more than 64 deep;"
                        + " flatten the group layers)",
                dir.resolve("stray.tmx") + ": not a readable Tiled map (line 8: </objectgroup> where </map> was expected"
                        + " (<map> opened on line 2); remove the stray tag)");
        assertThat(err.toString()).isEqualTo("2 maps, 0 problems, and maps that can't be read\n");
    }
}
