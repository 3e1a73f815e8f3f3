package com.judgmentday.desktop;

import com.judgmentday.bot.Bot;
import com.judgmentday.bot.BotDef;
import com.judgmentday.content.AtomicFiles;
import com.judgmentday.content.GameVersion;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.UserText;
import com.judgmentday.input.InputScript;
import com.judgmentday.input.InputScriptParser;
import com.judgmentday.input.InputSource;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.LevelException;
import com.judgmentday.report.PlayAll;
import com.judgmentday.report.Playtest;
import com.judgmentday.report.ReportWriter;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Simulation;
import com.judgmentday.sim.StateHasher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Runs a level headless (no window, no GL) as fast as the CPU allows and reports on it. */
@Command(name = "playtest", mixinStandardHelpOptions = true,
        description = "Play a level headless from an input script and write a report (docs/reports.md).")
final class PlaytestCommand implements Callable<Integer> {
    /**
     * How long a run without a script lasts unless --seconds says otherwise (the Galleria from its start, on hard,
     * outgrew 120 s on 2026-12-06).
     */
    static final double DEFAULT_SECONDS = 180;
    /** Extra time after a script ends, for the last move to land. */
    static final double SCRIPT_GRACE_SECONDS = 5;
    /** The longest run: a day of simulated time. */
    static final double MAX_SECONDS = 86_400;
    /** The bot's skill unless --skill says otherwise. */
    static final String DEFAULT_SKILL = "average";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--level", paramLabel = "<id|path>", description = "Level id or .tmx file; defaults to the script's '# level:'.")
    String level;

    @Option(names = "--input", paramLabel = "<file>", description = "Input script or recording to play (docs/input-scripts.md).")
    Path input;

    @Option(names = "--bot", description = "Let the bot play (docs/bot.md).")
    boolean bot;

    @Option(names = "--skill", paramLabel = "<name>", description = "The bot's skill: careful, average, reckless or perfect (data/bot.json); default: average.")
    String skill;

    @Option(names = "--seed", description = "Random seed; defaults to the script's '# seed:', else 1.")
    Long seed;

    @Option(names = "--seconds", description = "Simulated seconds before TIMEOUT; default: the script's length + 5, else 180.")
    Double seconds;

    @Option(names = "--checkpoint", paramLabel = "<name>", description = "Start at this checkpoint; defaults to the script's '# checkpoint:'.")
    String checkpoint;

    @Option(names = "--difficulty", paramLabel = "<name>", description = "The T-1000's pursuit figures (tuning.json); default: tuning's. With --all also 'all': each in turn.")
    String difficulty;

    @Option(names = "--skip-beats", description = "Scripted beats jump to their end at once (as holding Enter does).")
    boolean skipBeats;

    @Option(names = "--json", paramLabel = "<file>", description = "Write the report here.")
    Path json;

    @Option(names = "--all", description = "Play every level from every start point, in parallel, and print a table"
            + " (docs/certificates.md); exit 0 only when every certified start point wins.")
    boolean all;

    @Option(names = "--runs", description = "With --all: seeds per start point (the certificate's, then the next); default 1.")
    Integer runs;

    @Option(names = "--jobs", description = "With --all: threads; default: the cores.")
    Integer jobs;

    @Override
    public Integer call() throws Exception {
        if (bot && input != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bot plays by itself: leave out --input");
        }
        if (skill != null && !bot) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--skill is the bot's: add --bot");
        }
        String botSkill = skill == null ? DEFAULT_SKILL : skill;
        BotDef botDef = bot ? Choices.skill(spec, "--skill", botSkill) : null;
        if (all) {
            PlayAll.Player player = bot ? (simulation, tuning, runSeed) -> new Bot(simulation, tuning, botDef,
                    botDef.skill(botSkill), runSeed) : null;
            return new PlayAllRun(spec, runs, jobs, difficulty, json, player, botSkill).call(level, input, seed, seconds, checkpoint, skipBeats);
        }
        if (runs != null || jobs != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs and --jobs go with --all");
        }
        if (seconds != null && !(seconds > 0 && seconds <= MAX_SECONDS)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--seconds must be above 0 and at most " + (long) MAX_SECONDS);
        }
        String unwritable = json == null ? null : AtomicFiles.whyNotWritable(json);
        if (unwritable != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--json: " + unwritable);
        }
        InputScript script = input == null ? null : InputScriptParser.parse(input);
        String levelName = level != null ? level : script != null ? script.level : null;
        if (levelName == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "playtest needs --level <id|path> (or an --input script with a '# level:' header)");
        }
        TuningDef tuning = Content.tuning();
        LevelDef levelDef = LevelCatalog.load(levelName, tuning);
        if (level != null && script != null && script.level != null && !sameLevel(script.level, level)) {
            spec.commandLine().getErr().println("judgment-day: the script was made on " + UserText.quote(script.level)
                    + "; playing it on " + UserText.quote(level) + " as --level asks");
        }
        long runSeed = seed != null ? seed : script != null && script.seed != null ? script.seed : 1L;
        double limit = seconds != null ? seconds
                : script != null ? script.totalTicks() / (double) Simulation.TICKS_PER_SECOND + SCRIPT_GRACE_SECONDS
                : DEFAULT_SECONDS;
        limit = Math.min(limit, MAX_SECONDS);
        long maxTicks = Math.max(1L, Math.round(limit * Simulation.TICKS_PER_SECOND));
        if (script != null && script.finalTick != null && seconds == null) {
            // A window's recording says where its run stopped: the replay stops there too, to be compared.
            maxTicks = Math.max(1L, script.finalTick);
        }

        InputSource source = script == null ? InputSource.NONE : script.player();
        String start = checkpoint != null ? checkpoint : script != null ? script.checkpoint : null;
        Choices.difficulty(spec, tuning, difficulty);
        Simulation simulation = new Simulation(levelDef, tuning, runSeed, start, difficulty);
        simulation.setSkippingBeats(skipBeats);
        if (bot) {
            source = new Bot(simulation, tuning, botDef, botDef.skill(botSkill), runSeed);
        }
        RunReport report;
        try {
            report = Playtest.run(simulation, source, maxTicks);
        } finally {
            simulation.dispose();
        }
        report.version = GameVersion.get();
        report.input = input != null ? input.toString() : bot ? "bot:" + botSkill : null;
        if (source instanceof Bot) {
            ((Bot) source).addStats(report.stats);
        }
        report.checkpoint = start;
        spec.commandLine().getOut().println(report.summary());
        boolean asRecorded = script == null || script.finalTick == null || sameEnd(script, report);
        if (script != null && script.finalTick != null) {
            spec.commandLine().getOut().println((asRecorded ? "ends as recorded: tick " : "DIFFERS from the recording,"
                    + " which ended at tick ") + script.finalTick + " state " + StateHasher.hex(script.finalState));
        }
        if (json != null) {
            try {
                ReportWriter.write(report, json);
            } catch (IOException e) {
                spec.commandLine().getErr().println("judgment-day: could not write the report " + json + ": " + e.getMessage());
                return 2;
            }
        }
        return asRecorded ? 0 : 1;
    }

    /** Whether the replay ended where the window's recording says its run did: the same tick and state hash. */
    private static boolean sameEnd(InputScript script, RunReport report) {
        return report.ticks == script.finalTick && report.stateHash == script.finalState;
    }

    /** Whether two level names (ids or paths) are the same map; a name that no longer resolves is another. */
    private static boolean sameLevel(String one, String other) {
        try {
            return LevelCatalog.resolve(one).path().equals(LevelCatalog.resolve(other).path());
        } catch (LevelException e) {
            return false;
        }
    }
}
