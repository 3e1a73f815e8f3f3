package com.judgmentday.desktop;

import com.judgmentday.content.AtomicFiles;
import com.judgmentday.content.GameVersion;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.report.PlayAll;
import com.judgmentday.report.PlayAllWriter;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code playtest --all [--bot]}: every level from every start point on a pool of threads, a table, a JSON summary.
 * With the bot every start point must win, certified or not.
 */
final class PlayAllRun {
    private final CommandLine.Model.CommandSpec spec;
    private final int runs;
    private final int threads;
    private final String difficulty;
    private final Path json;
    /** Null: the certificates play. */
    private final PlayAll.Player bot;

    PlayAllRun(CommandLine.Model.CommandSpec spec, Integer runs, Integer jobs, String difficulty, Path json, PlayAll.Player bot) {
        this.bot = bot;
        this.spec = spec;
        this.runs = runs == null ? 1 : runs;
        this.threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        this.difficulty = difficulty;
        this.json = json;
    }

    /** The options that pick one run are refused: --all picks every level, start point and input itself. */
    int call(Object... oneRunOptions) throws Exception {
        for (Object option : oneRunOptions) {
            if (option != null && !Boolean.FALSE.equals(option)) {
                throw refuse("--all plays every level from every start point with its certificate's input (or the bot) and seed:"
                        + " --level, --input, --seed, --seconds, --checkpoint and --skip-beats don't go with it");
            }
        }
        if (runs < 1 || runs > PlayAll.MAX_RUNS) {
            throw refuse("--runs must be 1 to " + PlayAll.MAX_RUNS);
        }
        if (threads < 1 || threads > PlayAll.MAX_THREADS) {
            throw refuse("--jobs must be 1 to " + PlayAll.MAX_THREADS);
        }
        TuningDef tuning = Content.tuning();
        if (difficulty != null && !tuning.pursuit.containsKey(difficulty)) {
            throw refuse("--difficulty '" + difficulty + "' is not one of " + tuning.pursuit.keys().toArray().toString(", ")
                    + " (data/tuning.json)");
        }
        String unwritable = json == null ? null : AtomicFiles.whyNotWritable(json);
        if (unwritable != null) {
            throw refuse("--json: " + unwritable);
        }
        PlayAll playAll = new PlayAll(tuning, bot);
        List<PlayAll.Job> jobs;
        try {
            jobs = playAll.jobs(new ArrayList<>(List.of(LevelCatalog.ids().toArray(String.class))), runs);
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage());
        }
        long start = System.nanoTime();
        List<PlayAll.Row> rows = playAll.play(jobs, difficulty, threads);
        double wall = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().print(PlayAllWriter.table(rows, wall, threads));
        spec.commandLine().getOut().flush();
        if (json != null) {
            try {
                AtomicFiles.writeString(json, PlayAllWriter.json(rows, wall, threads, GameVersion.get()));
            } catch (IOException e) {
                spec.commandLine().getErr().println("judgment-day: could not write the summary " + json + ": " + e.getMessage());
                return 2;
            }
        }
        return PlayAll.certifiedAllWon(rows, bot != null) ? 0 : 1;
    }

    private CommandLine.ParameterException refuse(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
