package com.judgmentday.desktop;

import com.judgmentday.certificates.Certificate;
import com.judgmentday.certificates.Certificates;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.sim.Simulation;
import com.judgmentday.soak.Soak;
import com.judgmentday.soak.SoakFailure;
import com.judgmentday.soak.SoakResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Plays levels for simulated minutes under hostile random input, checking every tick, and prints a line per level. */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Play levels headless under random and adversarial input for simulated minutes, checking every"
                + " tick for exceptions, non-finite values, bodies outside the level or unaccounted for, and a"
                + " growing heap (docs/soak.md). Exit 0 when nothing is found, 1 when something is.")
final class SoakCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--level", paramLabel = "<id|path>", description = "The level to soak (id or .tmx file).")
    String level;

    @Option(names = "--all", description = "Soak every shipped level in turn.")
    boolean all;

    @Option(names = "--minutes", description = "Simulated minutes per level (default: ${DEFAULT-VALUE}).")
    double minutes = 30;

    @Option(names = "--seed", description = "The first run's seed; each restart takes the next (default: ${DEFAULT-VALUE}).")
    long seed = 1L;

    @Option(names = "--start", paramLabel = "<name>", description = "The first run's start point: start or a"
            + " checkpoint; restarts take the next (default: ${DEFAULT-VALUE}).")
    String start = Certificate.START;

    @Option(names = "--difficulty", paramLabel = "<name>", description = "The T-1000's pursuit figures (tuning.json); default: tuning's.")
    String difficulty;

    @Option(names = "--no-heap", description = "Skip the heap watch (full collections once a simulated minute).")
    boolean noHeap;

    @Option(names = "--events", description = "Print under each level how often each kind of event happened: what the soak exercised.")
    boolean verbose;

    @Override
    public Integer call() {
        if (all == (level != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "soak needs --level <id|path> or --all (one of them)");
        }
        if (all && !Certificate.START.equals(start)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--start names one level's start point: use it with --level");
        }
        if (!(minutes > 0 && minutes <= Soak.MAX_MINUTES)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--minutes must be above 0 and at most " + Soak.MAX_MINUTES);
        }
        TuningDef tuning = Content.tuning();
        Choices.difficulty(spec, tuning, difficulty);
        List<LevelDef> levels = new ArrayList<>();
        for (String id : all ? LevelCatalog.ids() : com.badlogic.gdx.utils.Array.with(level)) {
            levels.add(LevelCatalog.load(id, tuning));
        }
        if (!all && !Certificates.startPoints(levels.get(0)).contains(start)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--start '" + start + "': " + levels.get(0).id
                    + " has " + String.join(", ", Certificates.startPoints(levels.get(0))));
        }
        long ticks = Math.max(1L, Math.round(minutes * 60 * Simulation.TICKS_PER_SECOND));
        Soak soak = new Soak(tuning, difficulty, !noHeap);
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (LevelDef def : levels) {
            SoakResult result = soak.run(def, ticks, seed, start);
            out.println(result.summary());
            if (verbose) {
                out.println("  exercised: " + result.exercised());
            }
            for (SoakFailure failure : result.failures) {
                out.println("  " + failure);
            }
            if (result.failureCount > result.failures.size()) {
                out.println("  ... and " + (result.failureCount - result.failures.size()) + " more");
            }
            if (!result.clean()) {
                failed++;
            }
        }
        if (levels.size() > 1) {
            out.println(String.format(Locale.ROOT, "%d of %d levels clean", levels.size() - failed, levels.size()));
        }
        return failed == 0 ? 0 : 1;
    }
}
