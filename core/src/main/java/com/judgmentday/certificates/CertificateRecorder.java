package com.judgmentday.certificates;

import com.judgmentday.content.TuningDef;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputScript;
import com.judgmentday.input.InputSource;
import com.judgmentday.level.LevelDef;
import com.judgmentday.sim.DigestTable;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.sim.StateHasher;

/**
 * Plays an input on a level from a start point and writes down what happened as a {@link Certificate}: the outcome
 * and its tick, the final state hash, and a mark every {@link Certificate#MARK_TICKS} ticks. Whether a run that did
 * not win may be kept is the caller's call ({@code certify} refuses it).
 */
public final class CertificateRecorder {
    private CertificateRecorder() {
    }

    /**
     * Plays until the level is won or lost or {@code maxTicks} pass (then the outcome is TIMEOUT). The certificate
     * names {@code levelId}, {@code start} ({@link Certificate#START} or a checkpoint), the difficulty (null: tuning's).
     */
    public static Certificate record(LevelDef level, String levelId, TuningDef tuning, InputScript input, long seed,
            String start, String difficulty, String skill, boolean skipBeats, long maxTicks) {
        Certificate certificate = new Certificate();
        certificate.level = levelId;
        certificate.start = start == null ? Certificate.START : start;
        certificate.seed = seed;
        certificate.difficulty = difficulty == null ? tuning.difficulty : difficulty;
        certificate.skill = skill;
        certificate.skipBeats = skipBeats;
        certificate.input = input;
        Simulation simulation = new Simulation(level, tuning, seed, certificate.checkpoint(), certificate.difficulty);
        try {
            simulation.setSkippingBeats(skipBeats);
            StateHasher hasher = new StateHasher(simulation);
            DigestTable table = new DigestTable();
            InputSource source = input.player();
            ActionSet actions = new ActionSet();
            while (simulation.tick() < maxTicks && simulation.outcome() == Outcome.RUNNING) {
                actions.clear();
                source.poll(simulation.tick(), actions);
                simulation.step(actions);
                if (simulation.tick() % Certificate.MARK_TICKS == 0) {
                    hasher.digest(simulation, table);
                    certificate.marks.add(new Certificate.Mark(simulation.tick(), hasher.hash(simulation),
                            Snapshot.of(table).copy()));
                }
            }
            Outcome outcome = simulation.outcome();
            certificate.outcome = outcome == Outcome.RUNNING ? Outcome.TIMEOUT : outcome;
            certificate.tick = simulation.tick();
            certificate.stateHash = hasher.hash(simulation);
        } finally {
            simulation.dispose();
        }
        return certificate;
    }
}
