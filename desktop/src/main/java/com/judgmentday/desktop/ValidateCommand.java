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

import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Checks level files the way the game will load them and prints one line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check Tiled maps: one line per problem as file:object-id (type): message.",
            "Exit 0 when clean, 1 when problems were found, 2 when a file can't be read."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Most maps a folder may bring in: a bound on the work one command asks for. */
    static final int MAX_MAPS = 1000;

    @Parameters(arity = "1..*", paramLabel = "<file.tmx>", description = "Maps to check (paths, level ids, or folders:"
            + " every .tmx directly in them).")
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
        List<String> maps = maps(files);
        for (String file : maps) {
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
        err.println(maps.size() + (maps.size() == 1 ? " map, " : " maps, ") + problems
                + (problems == 1 ? " problem" : " problems") + (warnings == 0 ? "" : warnings == 1 ? ", 1 warning"
                : ", " + warnings + " warnings") + (code == 2 ? ", and maps that can't be read" : ""));
        return code;
    }

    /** The files named, a folder standing for the .tmx files directly in it, sorted; refused past {@link #MAX_MAPS}. */
    private List<String> maps(List<String> named) {
        List<String> maps = new ArrayList<>();
        for (String name : named) {
            File folder = new File(name);
            if (!folder.isDirectory()) {
                maps.add(name);
                continue;
            }
            File[] found = folder.listFiles((dir, file) -> file.toLowerCase(Locale.ROOT).endsWith(".tmx"));
            if (found == null || found.length == 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), name + " is a folder with no .tmx maps in it");
            }
            Arrays.sort(found);
            for (File map : found) {
                maps.add(map.getPath());
            }
        }
        if (maps.size() > MAX_MAPS) {
            throw new CommandLine.ParameterException(spec.commandLine(), maps.size() + " maps named; at most " + MAX_MAPS
                    + " in one go");
        }
        return maps;
    }
}
