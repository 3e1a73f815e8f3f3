package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every documented value of every property (each choice, each range's ends, the default) put on an object of
 * its type in a small map: the map loads and plays a second, or is refused with a message, within a second.
 * A player spawn with character = sarah once hung the validator, the runner and the window for good.
 */
class EveryPropertyValueTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> everyDocumentedValueLoadsOrIsRefusedWithinASecond() {
        LevelLoader loader = new LevelLoader(TestContent.tuning());
        List<DynamicTest> tests = new ArrayList<>();
        List<ObjectTypeDef> types = new ArrayList<>(loader.schema().types());
        types.add(loader.schema().mapProperties());
        for (ObjectTypeDef type : types) {
            for (PropertyDef property : type.properties) {
                for (String value : documentedValues(property)) {
                    String name = type.name + "." + property.name + " = " + value;
                    tests.add(DynamicTest.dynamicTest(name, () -> assertTimeoutPreemptively(LIMIT,
                            () -> loadOrRefuse(loader, map(type, property, value), name), name)));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(50);
        return tests;
    }

    private void loadOrRefuse(LevelLoader loader, String text, String name) throws Exception {
        FileHandle file = new TestMaps(dir).write("values.tmx", text);
        LevelLoader.Checked checked = loader.check(file);
        for (Problem problem : checked.problems) {
            assertThat(problem.message).as(name).isNotBlank();
        }
        if (checked.problems.isEmpty()) {
            Simulation simulation = new Simulation(loader.load(file), TestContent.tuning(), 1L);
            ActionSet run = new ActionSet().add(Action.RIGHT).add(Action.JUMP).add(Action.FIRE);
            for (int tick = 0; tick < Simulation.TICKS_PER_SECOND; tick++) {
                simulation.step(run);
            }
            simulation.dispose();
        }
    }

    static List<String> documentedValues(PropertyDef property) {
        List<String> values = new ArrayList<>();
        switch (property.kind) {
            case CHOICE:
                values.addAll(List.of(property.options));
                break;
            case FLOAT:
                values.add(String.format(Locale.ROOT, "%s", property.min));
                values.add(String.format(Locale.ROOT, "%s", property.max));
                break;
            case INT:
                values.add(Integer.toString((int) property.min));
                values.add(Integer.toString((int) property.max));
                break;
            case BOOL:
                values.add("true");
                values.add("false");
                break;
            default:
                break;
        }
        if (property.defaultValue != null && !values.contains(property.defaultValue)) {
            values.add(property.defaultValue);
        }
        return values;
    }

    /** The clean base map, with the player spawn carrying the property or one object of the type that does. */
    private static String map(ObjectTypeDef type, PropertyDef property, String value) {
        String props = "<properties><property name=\"" + property.name + "\" type=\"" + property.kind.tiled
                + "\" value=\"" + value + "\"/></properties>";
        if (type.name.equals("map")) {
            return TestMaps.map("", TestMaps.property(property.name, value), TestMaps.GROUND + TestMaps.PLAYER + TestMaps.EXIT);
        }
        if (type.name.equals("player-spawn")) {
            return TestMaps.map("", "", TestMaps.GROUND + TestMaps.EXIT
                    + "<object id=\"2\" type=\"player-spawn\" x=\"64\" y=\"288\">" + props + "<point/></object>\n");
        }
        return TestMaps.base("<object id=\"9\" type=\"" + type.name + "\" " + shape(type, props) + "\n");
    }

    private static String shape(ObjectTypeDef type, String props) {
        if (type.shapes.contains(ObjectShape.RECTANGLE)) {
            return "x=\"256\" y=\"224\" width=\"64\" height=\"64\">" + props + "</object>";
        }
        if (type.shapes.contains(ObjectShape.POINT)) {
            return "x=\"256\" y=\"288\">" + props + "<point/></object>";
        }
        if (type.shapes.contains(ObjectShape.POLYLINE)) {
            return "x=\"256\" y=\"288\">" + props + "<polyline points=\"0,0 0,-96\"/></object>";
        }
        return "x=\"256\" y=\"288\">" + props + "<polygon points=\"0,0 64,0 64,-32\"/></object>";
    }
}
