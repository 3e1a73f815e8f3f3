package com.judgmentday.desktop;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.bot.Bot;
import com.judgmentday.bot.BotDef;
import com.judgmentday.content.ClasspathFile;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.report.BenchResult;
import com.judgmentday.report.BenchTable;
import com.judgmentday.report.Benchmark;
import com.judgmentday.sim.Simulation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Measures each level played by the bot, headless, one after another on this thread (docs/performance.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure every level played by the bot: speed, the tick against its bare world.step, AI and bot cost,"
                + " allocation (docs/performance.md).")
final class BenchCommand implements Callable<Integer> {
    /**
     * The bench levels, in the jar (and the assets), not in the level select: the physics at its busiest (stress), and
     * 40 people who act, under fire (crowd).
     */
    static final List<String> BENCH = List.of("bench/stress.tmx", "bench/crowd.tmx");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--level", paramLabel = "<id|path>", description = "A level to measure (repeatable); default: every"
            + " shipped level and the bench levels (bench/stress.tmx, bench/crowd.tmx).")
    List<String> levels = new ArrayList<>();

    @Option(names = "--runs", description = "Measured runs a level; default 10.")
    int runs = 10;

    @Option(names = "--warmup", description = "Runs a level thrown away first (the JIT); default 10.")
    int warmup = 10;

    @Option(names = "--seconds", description = "Simulated seconds before a run stops undecided; default 180 (the Galleria from its start takes the bot over two minutes).")
    double seconds = 180;

    @Option(names = "--skill", paramLabel = "<name>", description = "The bot's skill; default: average.")
    String skill = PlaytestCommand.DEFAULT_SKILL;

    @Option(names = "--seed", description = "Random seed of every run; default 1.")
    long seed = 1;

    @Override
    public Integer call() {
        if (runs < 1 || runs > Benchmark.MAX_RUNS || warmup < 0 || warmup > Benchmark.MAX_RUNS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--runs must be 1 to " + Benchmark.MAX_RUNS + " and --warmup 0 to " + Benchmark.MAX_RUNS);
        }
        if (!(seconds > 0 && seconds <= PlaytestCommand.MAX_SECONDS)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--seconds must be above 0 and at most " + (long) PlaytestCommand.MAX_SECONDS);
        }
        BotDef botDef = Choices.skill(spec, "--skill", skill);
        TuningDef tuning = Content.tuning();
        List<LevelDef> defs = new ArrayList<>();
        for (String level : levels.isEmpty() ? everyLevel() : levels) {
            defs.add(BENCH.contains(level) ? new LevelLoader(tuning).load(bench(level)) : LevelCatalog.load(level, tuning));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(machine());
        out.printf(Locale.ROOT, "the bot at %s, seed %d; each level %d runs after %d warm-up runs, at most %.0f s each%n%n",
                skill, seed, runs, warmup, seconds);
        out.flush();
        Benchmark benchmark = new Benchmark(tuning, (simulation, played, runSeed) -> new Bot(simulation, played, botDef,
                botDef.skill(skill), runSeed));
        long maxTicks = Math.max(1L, Math.round(seconds * Simulation.TICKS_PER_SECOND));
        List<BenchResult> results = new ArrayList<>();
        for (LevelDef level : defs) {
            results.add(benchmark.measure(level, seed, maxTicks, warmup, runs));
            spec.commandLine().getErr().println("judgment-day: measured " + level.id);
        }
        out.print(BenchTable.table(results));
        out.println();
        out.print(BenchTable.targets(results));
        out.flush();
        return 0;
    }

    private static List<String> everyLevel() {
        List<String> all = new ArrayList<>();
        for (String id : LevelCatalog.ids()) {
            all.add(id);
        }
        all.addAll(BENCH);
        return all;
    }

    /** A bench level's source when run from the repository, else the jar's copy. */
    private static FileHandle bench(String level) {
        File source = new File("assets", level);
        return source.isFile() ? new FileHandle(source) : new ClasspathFile(level);
    }

    /** The machine the figures were measured on: cores, CPU, memory, the JVM and how busy the machine is. */
    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "machine: %d cores (%s), %s %s; %s %s (%s), max heap %d MB; load average %s",
                runtime.availableProcessors(), cpuModel(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"), runtime.maxMemory() >> 20,
                load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load));
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | SecurityException e) {
            return "CPU unknown";
        }
        return "CPU unknown";
    }
}
