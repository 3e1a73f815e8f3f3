package com.judgmentday.desktop;

import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelException;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.level.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** Checks level files the way the game will load them and prints one line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check Tiled maps: one line per problem as file:object-id (type): message.",
            "Exit 0 when clean, 1 when problems were found, 2 when a file can't be read."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<file.tmx>", description = "Maps to check (paths, or level ids).")
    List<String> files;

    @Override
    public Integer call() {
        TuningDef tuning = Content.tuning();
        LevelLoader loader = new LevelLoader(tuning);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = 0;
        int problems = 0;
        int warnings = 0;
        for (String file : files) {
            try {
                LevelLoader.Checked checked = loader.check(LevelCatalog.resolve(file));
                for (Problem problem : checked.problems) {
                    out.println(problem);
                    problems++;
                    code = Math.max(code, 1);
                }
                for (Problem warning : checked.warnings) {
                    out.println(warning);
                    warnings++;
                }
            } catch (LevelException e) {
                out.println(e.getMessage());
                code = 2;
            }
        }
        out.flush();
        err.println(files.size() + (files.size() == 1 ? " map, " : " maps, ") + problems
                + (problems == 1 ? " problem" : " problems") + (warnings == 0 ? "" : warnings == 1 ? ", 1 warning"
                : ", " + warnings + " warnings") + (code == 2 ? ", and maps that can't be read" : ""));
        return code;
    }
}
