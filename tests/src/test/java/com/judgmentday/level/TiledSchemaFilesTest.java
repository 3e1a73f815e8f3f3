package com.judgmentday.level;

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
