package com.judgmentday.certificates;

import com.judgmentday.content.TuningDef;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;
import com.judgmentday.level.LevelDef;
import com.judgmentday.sim.DigestTable;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.sim.StateHasher;

/**
 * Replays a certificate's input and holds the run to it: the state hash at every mark, then the outcome, its tick
 * and the final hash. At the first mark that differs it names the entities and components that differ from the
 * digests the certificate kept; the difference began within the {@link Certificate#MARK_TICKS} ticks up to it
 * (the certificate keeps nothing finer, so that is as close as a replay against it can say).
 */
public final class CertificateChecker {
    /** What a replay found: null divergence and a matching outcome when the certificate holds. */
    public record Result(Certificate certificate, Divergence divergence, Outcome outcome, long tick, String problem) {
        public boolean holds() {
            return problem == null;
        }

        /** "proving-ground start: holds" or "proving-ground start: diverges at tick 600 (...): entity #14 ..." */
        public String describe() {
            return certificate.name() + ": " + (problem == null ? "holds (" + outcome + " at tick " + tick + ")" : problem);
        }
    }

    private CertificateChecker() {
    }

    public static Result check(Certificate certificate, LevelDef level, TuningDef tuning) {
        Simulation simulation = new Simulation(level, tuning, certificate.seed, certificate.checkpoint(), certificate.difficulty);
        try {
            simulation.setSkippingBeats(certificate.skipBeats);
            StateHasher hasher = new StateHasher(simulation);
            InputSource source = certificate.input.player();
            ActionSet actions = new ActionSet();
            int next = 0;
            while (simulation.tick() < certificate.tick && simulation.outcome() == Outcome.RUNNING) {
                actions.clear();
                source.poll(simulation.tick(), actions);
                simulation.step(actions);
                if (next < certificate.marks.size() && certificate.marks.get(next).tick() == simulation.tick()) {
                    Certificate.Mark mark = certificate.marks.get(next++);
                    if (hasher.hash(simulation) != mark.hash()) {
                        DigestTable table = new DigestTable();
                        hasher.digest(simulation, table);
                        Divergence divergence = new Divergence(mark.tick(), Certificate.MARK_TICKS,
                                Snapshot.differences(mark.state(), Snapshot.of(table), Divergence.LISTED));
                        return new Result(certificate, divergence, simulation.outcome(), simulation.tick(),
                                "diverges at " + divergence.describe());
                    }
                }
            }
            Outcome outcome = simulation.outcome() == Outcome.RUNNING ? Outcome.TIMEOUT : simulation.outcome();
            long tick = simulation.tick();
            String problem = null;
            if (outcome != certificate.outcome || tick != certificate.tick) {
                problem = "ends " + outcome + " at tick " + tick + "; the certificate says " + certificate.outcome
                        + " at tick " + certificate.tick;
            } else if (hasher.hash(simulation) != certificate.stateHash) {
                problem = "ends " + outcome + " at tick " + tick + " as certified, but the final state differs (state "
                        + StateHasher.hex(hasher.hash(simulation)) + ", certified " + StateHasher.hex(certificate.stateHash) + ")";
            }
            return new Result(certificate, null, outcome, tick, problem);
        } finally {
            simulation.dispose();
        }
    }
}
