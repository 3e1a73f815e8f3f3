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

/** An object typed the way some libGDX tutorials do it (a custom property, the Name) is told to use its Class. */
class TypeAdviceTest {
    @TempDir
    Path dir;

    private List<String> problems(String objects) throws Exception {
        Array<Problem> found = new LevelLoader(TestContent.tuning())
                .check(new TestMaps(dir).write("t.tmx", TestMaps.base(objects))).problems;
        List<String> lines = new ArrayList<>();
        for (Problem problem : found) {
            lines.add(problem.toString().substring(dir.toString().length() + 1));
        }
        return lines;
    }

    private static String box(String attributes, String property, String value) {
        return "<object id=\"4\" " + attributes + " x=\"200\" y=\"100\" width=\"32\" height=\"32\">"
                + (property == null ? "" : "<properties><property name=\"" + property + "\" value=\"" + value + "\"/></properties>")
                + "</object>\n";
    }

    @Test
    void aTypeInACustomPropertyIsToldToBeTheClass() throws Exception {
        assertThat(problems(box("", "type", "crate"))).containsExactly("t.tmx:4 (untyped): object has no type, but its custom"
                + " property 'type' says 'crate': did you mean its Class? Set Class (Tiled 1.9+) or Type (1.8) to crate and"
                + " remove the property");
        assertThat(problems(box("", "name", "Solid"))).containsExactly("t.tmx:4 (untyped): object has no type, but its custom"
                + " property 'name' says 'Solid': did you mean its Class? Set Class (Tiled 1.9+) or Type (1.8) to solid and"
                + " remove the property");
    }

    @Test
    void aTypeInTheNameIsToldToBeTheClass() throws Exception {
        assertThat(problems(box("name=\"crate\"", null, null))).containsExactly("t.tmx:4 (crate): object has no type, but its"
                + " Name says 'crate': did you mean its Class? Set Class (Tiled 1.9+) or Type (1.8) to crate");
    }

    @Test
    void aCustomTypePropertyThatNamesNoTypeStillSaysWhereTheTypeGoes() throws Exception {
        assertThat(problems(box("", "type", "platform"))).singleElement().asString().startsWith("t.tmx:4 (untyped): object has"
                + " no type; a custom property 'type' doesn't give one: set its Class (Tiled 1.9+) or Type (1.8) to one of"
                + " player-spawn, ");
    }

    @Test
    void anUnknownClassWithTheTypeInACustomPropertyGetsTheHint() throws Exception {
        assertThat(problems(box("type=\"Platform\"", "type", "solid"))).containsExactly("t.tmx:4 (Platform): unknown type"
                + " 'Platform', but its custom property 'type' says 'solid': did you mean its Class? Set Class (Tiled 1.9+)"
                + " or Type (1.8) to solid and remove the property");
    }

    @Test
    void withoutAHintTheMessagesAreAsBefore() throws Exception {
        assertThat(problems(box("", null, null))).singleElement().asString().startsWith("t.tmx:4 (untyped): object has no type;"
                + " set its Class (Tiled 1.9+) or Type (1.8) to one of player-spawn, ");
        assertThat(problems(box("type=\"crat\"", null, null))).containsExactly("t.tmx:4 (crat): unknown type 'crat'; did you"
                + " mean 'crate'?");
    }
}
