package com.judgmentday.desktop;

import com.judgmentday.content.AtomicFiles;
import com.judgmentday.content.GameVersion;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.content.ClasspathFile;
import com.judgmentday.report.BandReport;
import com.judgmentday.report.DifficultyBands;
import com.judgmentday.report.PlayAll;
import com.judgmentday.report.PlayAllWriter;
import com.judgmentday.settings.Settings;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code playtest --all [--bot]}: every level from every start point on a pool of threads, a table, a JSON summary.
 * With the bot every start point must win, certified or not, and each level's win rate at each difficulty is
 * measured against its band.
 */
final class PlayAllRun {
    /** {@code --difficulty all}: every difficulty, easiest first. */
    static final String ALL = "all";
    private final CommandLine.Model.CommandSpec spec;
    private final int runs;
    private final int threads;
    private final String difficulty;
    private final Path json;
    /** Null: the certificates play. */
    private final PlayAll.Player bot;
    private final String skill;

    PlayAllRun(CommandLine.Model.CommandSpec spec, Integer runs, Integer jobs, String difficulty, Path json, PlayAll.Player bot,
            String skill) {
        this.bot = bot;
        this.skill = skill;
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
        List<String> difficulties = new ArrayList<>();
        if (ALL.equals(difficulty)) {
            for (String name : Settings.DIFFICULTIES) {
                if (tuning.pursuit.containsKey(name)) {
                    difficulties.add(name);
                }
            }
        } else if (difficulty == null || tuning.pursuit.containsKey(difficulty)) {
            difficulties.add(difficulty);
        } else {
            throw refuse("--difficulty '" + difficulty + "' is not one of " + tuning.pursuit.keys().toArray().toString(", ")
                    + " (data/tuning.json), or " + ALL);
        }
        DifficultyBands bands = bot == null ? null : DifficultyBands.read(new ClasspathFile(LevelCatalog.INDEX), tuning);
        String unwritable = json == null ? null : AtomicFiles.whyNotWritable(json);
        if (unwritable != null) {
            throw refuse("--json: " + unwritable);
        }
        PlayAll playAll = new PlayAll(tuning, bot);
        List<PlayAll.Job> jobs;
        try {
            jobs = playAll.jobs(new ArrayList<>(List.of(LevelCatalog.ids().toArray(String.class))), runs, difficulties);
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage());
        }
        long start = System.nanoTime();
        List<PlayAll.Row> rows = playAll.play(jobs, threads);
        double wall = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().print(PlayAllWriter.table(rows, wall, threads, bot != null));
        List<BandReport.Rate> rates = bands == null ? null : BandReport.rates(rows, bands);
        if (rates != null) {
            spec.commandLine().getOut().println();
            spec.commandLine().getOut().print(BandReport.table(rates, skill));
        }
        spec.commandLine().getOut().flush();
        if (json != null) {
            try {
                AtomicFiles.writeString(json, PlayAllWriter.json(rows, rates, wall, threads, GameVersion.get()));
            } catch (IOException e) {
                spec.commandLine().getErr().println("judgment-day: could not write the summary " + json + ": " + e.getMessage());
                return 2;
            }
        }
        return (bot != null ? PlayAll.neverWon(rows).isEmpty() : PlayAll.certifiedAllWon(rows)) ? 0 : 1;
    }

    private CommandLine.ParameterException refuse(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
