package com.judgmentday.level;

import com.badlogic.gdx.utils.JsonReader;
import com.badlogic.gdx.utils.JsonValue;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Tiled files in assets/levels say what the schema says; regenerate with 'schema assets/levels'. */
class TiledSchemaFilesTest {
    private final Path levels = TestContent.assets().resolve("levels");

    @Test
    void objectTypesMatchTheSchema() throws Exception {
        assertThat(Files.readString(levels.resolve(TiledSchemaWriter.OBJECT_TYPES)))
                .as("assets/levels/objecttypes.xml is stale: run 'java -jar desktop/target/judgment-day.jar schema assets/levels'")
                .isEqualTo(TiledSchemaWriter.objectTypes(LevelSchema.standard()));
    }

    @Test
    void theProjectFileMatchesTheSchema() throws Exception {
        assertThat(Files.readString(levels.resolve(TiledSchemaWriter.PROJECT)))
                .as("assets/levels/judgment-day.tiled-project is stale: run 'java -jar desktop/target/judgment-day.jar schema assets/levels'")
                .isEqualTo(TiledSchemaWriter.project(LevelSchema.standard()));
    }

    @Test
    void theProjectShipsCommandsThatPlayAndValidateTheOpenMapWithTheBuiltGame() throws Exception {
        JsonValue commands = new JsonReader().parse(Files.readString(levels.resolve(TiledSchemaWriter.PROJECT))).get("commands");
        assertThat(commands.size).isEqualTo(2);
        assertCommand(commands.get(0), "Play this map in Judgment Day", "--level %mapfile", "F5");
        assertCommand(commands.get(1), "Validate this map", "validate %mapfile", "F6");
    }

    /** Resolves the command's paths the way Tiled 1.8 does (%projectpath is the project file's folder). */
    private void assertCommand(JsonValue command, String name, String jdArguments, String shortcut) {
        assertThat(command.getString("name")).isEqualTo(name);
        assertThat(command.getBoolean("enabled")).as(name + " is enabled (Tiled hides a command without it)").isTrue();
        assertThat(command.getString("command")).isEqualTo("java");
        String launcher = "%projectpath/../../tools/Jd.java";
        assertThat(command.getString("arguments")).isEqualTo(launcher + " " + jdArguments);
        assertThat(levels.resolve(launcher.replace("%projectpath/", "")).normalize()).as(name + "'s launcher").isRegularFile();
        Path workingDirectory = levels.resolve(command.getString("workingDirectory").replace("%projectpath/", "")).normalize();
        assertThat(workingDirectory.resolve("pom.xml")).as(name + " runs from the repository root").isRegularFile();
        assertThat(workingDirectory.resolve("desktop")).as("Jd.java finds desktop/target/ here").isDirectory();
        assertThat(command.getBoolean("saveBeforeExecute")).as(name + " plays what is on screen").isTrue();
        assertThat(command.getBoolean("showOutput")).as(name + " shows the game's lines in the Debug Console").isTrue();
        assertThat(command.getString("shortcut")).isEqualTo(shortcut);
    }

    @Test
    void theGuidesObjectReferenceMatchesTheSchema() throws Exception {
        String guide = Files.readString(TestContent.assets().resolve("..").resolve("docs").resolve("levels.md"));
        assertThat(guide).as("docs/levels.md's object reference is stale: run 'java -jar desktop/target/judgment-day.jar"
                + " schema assets/levels --guide docs/levels.md'").contains(TiledSchemaWriter.reference(LevelSchema.standard()));
    }

    @Test
    void everyTypeAndPropertyIsDocumentedForDesigners() throws Exception {
        String guide = Files.readString(TestContent.assets().resolve("..").resolve("docs").resolve("levels.md"));
        for (ObjectTypeDef type : LevelSchema.standard().types()) {
            assertThat(guide).as("docs/levels.md describes " + type.name).contains("`" + type.name + "`");
            for (PropertyDef property : type.properties) {
                assertThat(guide).as("docs/levels.md describes " + type.name + "." + property.name)
                        .contains("`" + property.name + "`");
            }
        }
    }
}
