package com.judgmentday.report;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.certificates.Certificate;
import com.judgmentday.certificates.CertificateException;
import com.judgmentday.certificates.Certificates;
import com.judgmentday.content.TuningDef;
import com.judgmentday.input.InputSource;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.nav.NavGraphCache;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.sim.StateHasher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plays every shipped level from every start point (its spawn and each checkpoint), each with that start point's
 * certificate input (none when uncertified), or with a player of its own such as the bot, for a number of seeds, on a pool of threads: each job builds, steps and
 * disposes its own {@link Simulation} on one thread. Building is serialised (Ashley's families and component types
 * and gdx-box2d's first world fill process-wide tables); stepping runs in parallel (docs/certificates.md).
 */
public final class PlayAll {
    /** Most seeds per start point. */
    public static final int MAX_RUNS = 100;
    /** Most runs in one go (levels x start points x seeds): a bound on the work one command may ask for. */
    public static final int MAX_JOBS = 2000;
    /** Most threads. */
    public static final int MAX_THREADS = 64;
    /**
     * How long an uncertified start point (or the bot) is played: 180 s since the Galleria from its start, on hard, outgrew
     * 120 s; and the grace after a certificate's tick.
     */
    public static final long UNCERTIFIED_TICKS = 180L * Simulation.TICKS_PER_SECOND;
    public static final long GRACE_TICKS = 5L * Simulation.TICKS_PER_SECOND;

    /**
     * One run to play: a level's start point, its certificate (or null), the seed, which run of N it is, and the
     * difficulty it is played at.
     */
    public record Job(String level, String start, Certificate certificate, long seed, int run, String difficulty) {
        public boolean certified() {
            return certificate != null;
        }
    }

    /** A run played: its report, or what stopped it (a level that does not load). */
    public record Row(Job job, RunReport report, String error) {
        public boolean won() {
            return report != null && report.outcome == Outcome.WIN;
        }
    }

    /** Who plays a run instead of the certificates' keys: the bot, made for each simulation and seed. */
    @FunctionalInterface
    public interface Player {
        InputSource play(Simulation simulation, TuningDef tuning, long seed);
    }

    private final TuningDef tuning;
    /** Null: each start point's certificate plays. */
    private final Player player;
    /** Held while a simulation is built or disposed: those touch tables shared by the whole process. */
    private final Object building = new Object();
    /** Each level's map, checked once, and the navigation graphs its runs share (each run reads the map: {@link #level}). */
    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    private record Source(FileHandle file, NavGraphCache graphs) {
    }

    public PlayAll(TuningDef tuning) {
        this(tuning, null);
    }

    /** Every run played by {@code player} (null: by the certificates), for as long as an uncertified run. */
    public PlayAll(TuningDef tuning, Player player) {
        this.tuning = tuning;
        this.player = player;
    }

    /**
     * The jobs for these levels: each start point, {@code runs} seeds each (the certificate's seed, then the next), at
     * each of {@code difficulties} (a null among them: the certificate's, else tuning's).
     */
    public List<Job> jobs(List<String> levels, int runs, List<String> difficulties) throws CertificateException {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("--runs must be 1 to " + MAX_RUNS);
        }
        List<Job> jobs = new ArrayList<>();
        for (String level : levels) {
            LevelDef def = level(level);
            for (String start : Certificates.startPoints(def)) {
                Certificate certificate = Certificates.find(level, start);
                long seed = certificate != null ? certificate.seed : 1L;
                for (String difficulty : difficulties) {
                    String played = difficulty != null ? difficulty : certificate != null ? certificate.difficulty
                            : tuning.difficulty;
                    for (int run = 0; run < runs; run++) {
                        jobs.add(new Job(level, start, certificate, seed + run, run, played));
                    }
                }
            }
        }
        if (jobs.size() > MAX_JOBS) {
            throw new IllegalArgumentException(jobs.size() + " runs asked for; at most " + MAX_JOBS
                    + " in one go (fewer --runs)");
        }
        return jobs;
    }

    /** Plays the jobs on {@code threads} threads. */
    public List<Row> play(List<Job> jobs, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, MAX_THREADS)), runnable -> {
            Thread thread = new Thread(runnable, "playtest-all");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Row>> running = new ArrayList<>();
            for (Job job : jobs) {
                running.add(pool.submit(() -> play(job)));
            }
            List<Row> rows = new ArrayList<>();
            for (Future<Row> future : running) {
                try {
                    rows.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a run failed: " + e.getCause(), e.getCause());
                }
            }
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    private Row play(Job job) {
        Certificate certificate = job.certificate();
        Simulation simulation;
        InputSource input = null;
        StateHasher hasher;
        try {
            // Reading a map runs in parallel; building the simulation touches tables shared by the whole process.
            LevelDef level = level(job.level());
            synchronized (building) {
                simulation = new Simulation(level, tuning, job.seed(), Certificate.START.equals(job.start()) ? null : job.start(),
                        job.difficulty());
                // A player reads the engine's families as it starts: those tables are process-wide too; so does the
                // hasher (a run's NullPointerException in another thread's PlatformSystem once came of making it later).
                input = player == null ? null : player.play(simulation, tuning, job.seed());
                hasher = new StateHasher(simulation);
            }
        } catch (RuntimeException e) {
            return new Row(job, null, e.getMessage());
        }
        try {
            simulation.setSkippingBeats(player == null && certificate != null && certificate.skipBeats);
            if (input == null) {
                input = certificate != null ? certificate.input.player() : InputSource.NONE;
            }
            long maxTicks = player == null && certificate != null ? certificate.tick + GRACE_TICKS : UNCERTIFIED_TICKS;
            RunReport report = Playtest.run(simulation, input, maxTicks, hasher);
            report.checkpoint = Certificate.START.equals(job.start()) ? null : job.start();
            return new Row(job, report, null);
        } finally {
            synchronized (building) {
                simulation.dispose();
            }
        }
    }

    /**
     * The level read for one run, with the navigation graphs its other runs share. The map is validated by the first
     * run to ask (a map with problems is refused for each run that asks); each run then reads it for itself, as the game
     * walks a level's lists with libGDX's iterators, one per list, which two threads must not share.
     */
    private LevelDef level(String id) {
        Source source = sources.computeIfAbsent(id, key -> {
            LevelCatalog.load(key, tuning);
            return new Source(LevelCatalog.resolve(key), new NavGraphCache());
        });
        return new LevelLoader(tuning).reread(source.file(), source.graphs());
    }

    /** Every certified start point won every run (the certificates' replay). */
    public static boolean certifiedAllWon(List<Row> rows) {
        for (Row row : rows) {
            if (row.job().certified() && !row.won()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The bot's rule: every start point, certified or not, at every difficulty played, won at least once among its
     * seeds. One seed each (the default) means every run won; with more, the losses are what the bands measure.
     * Returns the start points never won ("hazard-lab start (hard)"), none when all were.
     */
    public static List<String> neverWon(List<Row> rows) {
        Map<String, Boolean> won = new LinkedHashMap<>();
        for (Row row : rows) {
            Job job = row.job();
            won.merge(job.level() + " " + job.start() + " (" + job.difficulty() + ")", row.won(), Boolean::logicalOr);
        }
        List<String> never = new ArrayList<>();
        won.forEach((start, any) -> {
            if (!any) {
                never.add(start);
            }
        });
        return never;
    }
}
