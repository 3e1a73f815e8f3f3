package com.judgmentday.desktop;

import com.judgmentday.content.AtomicFiles;
import com.judgmentday.level.LevelSchema;
import com.judgmentday.level.TiledSchemaWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Writes the Tiled object-types and project files for the level schema (run after changing the schema). */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Write objecttypes.xml and judgment-day.tiled-project for Tiled into a folder (assets/levels).")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "<folder>", description = "Where to write them.")
    Path folder;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no folder " + folder);
        }
        LevelSchema schema = LevelSchema.standard();
        AtomicFiles.writeString(folder.resolve(TiledSchemaWriter.OBJECT_TYPES), TiledSchemaWriter.objectTypes(schema));
        AtomicFiles.writeString(folder.resolve(TiledSchemaWriter.PROJECT), TiledSchemaWriter.project(schema));
        spec.commandLine().getOut().println("wrote " + folder.resolve(TiledSchemaWriter.OBJECT_TYPES) + " and "
                + folder.resolve(TiledSchemaWriter.PROJECT));
        return 0;
    }
}
