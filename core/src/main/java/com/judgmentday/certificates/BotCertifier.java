package com.judgmentday.certificates;

import com.judgmentday.bot.Bot;
import com.judgmentday.bot.BotDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputRecorder;
import com.judgmentday.level.LevelDef;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;

/**
 * Makes a start point's certificate from the bot's own play: the bot plays, every key it presses is kept, and the
 * certificate is recorded by replaying those keys ({@link CertificateRecorder}), so what is kept is a win that
 * plain input reproduces, not the bot's say-so. Tries the next seed when a seed does not win, up to a bound.
 */
public final class BotCertifier {
    /** The most seeds one start point is given. */
    public static final int MAX_TRIES = 20;

    private BotCertifier() {
    }

    /** What came of certifying one start point: the certificate when a seed won, and every seed's outcome. */
    public static final class Attempt {
        /** The winning run's certificate, or null when no seed won. */
        public Certificate certificate;
        /** One line for each seed tried: "seed 3: LOSE at tick 812 (John died)". */
        public final StringBuilder tried = new StringBuilder();
        /** The bot won but its recorded keys, replayed, did not: a determinism defect, never a certificate. */
        public boolean replayDiffered;
    }

    /**
     * Lets the bot at {@code skill} play {@code start} ({@link Certificate#START} or a checkpoint) with seeds
     * {@code seed}, {@code seed + 1}... up to {@code tries} of them ({@code 1..}{@value #MAX_TRIES}), each for at most
     * {@code maxTicks}, and certifies the first win.
     */
    public static Attempt certify(LevelDef level, TuningDef tuning, BotDef bot, String skill, long seed, int tries,
            String start, String difficulty, long maxTicks) {
        if (tries < 1 || tries > MAX_TRIES) {
            throw new IllegalArgumentException("tries must be 1 to " + MAX_TRIES + ", not " + tries);
        }
        Attempt attempt = new Attempt();
        String checkpoint = Certificate.START.equals(start) ? null : start;
        for (int i = 0; i < tries && attempt.certificate == null && !attempt.replayDiffered; i++) {
            long runSeed = seed + i;
            InputRecorder recorder = new InputRecorder(level.id, runSeed, "bot " + skill, checkpoint);
            Outcome played = play(level, tuning, bot, skill, runSeed, checkpoint, difficulty, maxTicks, recorder);
            if (played != Outcome.WIN) {
                attempt.tried.append("seed ").append(runSeed).append(": the bot did not win (").append(played)
                        .append(")\n");
                continue;
            }
            Certificate certificate = CertificateRecorder.record(level, level.id, tuning, recorder.script(), runSeed,
                    start, difficulty, skill, false, maxTicks);
            if (certificate.outcome == Outcome.WIN) {
                attempt.certificate = certificate;
                attempt.tried.append("seed ").append(runSeed).append(": WIN at tick ").append(certificate.tick)
                        .append('\n');
            } else {
                attempt.replayDiffered = true;
                attempt.tried.append("seed ").append(runSeed).append(": the bot won, but its keys replayed end ")
                        .append(certificate.outcome).append(" at tick ").append(certificate.tick)
                        .append(": the simulation is not deterministic for this input (find where with Lockstep)\n");
            }
        }
        return attempt;
    }

    private static Outcome play(LevelDef level, TuningDef tuning, BotDef bot, String skill, long seed,
            String checkpoint, String difficulty, long maxTicks, InputRecorder recorder) {
        Simulation simulation = new Simulation(level, tuning, seed, checkpoint, difficulty);
        try {
            Bot player = new Bot(simulation, tuning, bot, bot.skill(skill), seed);
            ActionSet actions = new ActionSet();
            while (simulation.tick() < maxTicks && simulation.outcome() == Outcome.RUNNING) {
                actions.clear();
                player.poll(simulation.tick(), actions);
                recorder.record(actions);
                simulation.step(actions);
            }
            return simulation.outcome() == Outcome.RUNNING ? Outcome.TIMEOUT : simulation.outcome();
        } finally {
            simulation.dispose();
        }
    }
}
