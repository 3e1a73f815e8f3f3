package com.judgmentday.support;

import com.judgmentday.input.InputScript;
import com.judgmentday.input.InputScriptParser;
import com.judgmentday.input.InputSource;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.report.Playtest;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Simulation;

import java.nio.file.Path;

/** One-line gameplay scenarios on real levels: {@code Scenario.level("proving-ground").script("x.txt").run()}. */
public final class Scenario {
    private final LevelDef level;
    private long seed = 1L;
    private InputScript script;
    private long maxTicks = 60L * 120;
    /** The checkpoint it starts at, as a restart there does (null: the level's start). */
    private String checkpoint;

    private Scenario(LevelDef level) {
        this.level = level;
    }

    public static Scenario level(String idOrPath) {
        return new Scenario(LevelCatalog.load(idOrPath, TestContent.tuning()));
    }

    public static Scenario level(LevelDef level) {
        return new Scenario(level);
    }

    /** Plays a script from assets/scripts (its seed, unless {@link #seed} follows). */
    public Scenario script(String name) {
        return script(TestContent.script(name));
    }

    public Scenario script(Path file) {
        try {
            script = InputScriptParser.parse(file);
        } catch (Exception e) {
            throw new AssertionError(e.getMessage(), e);
        }
        if (script.seed != null) {
            seed = script.seed;
        }
        maxTicks = script.totalTicks() + 5 * 60;
        return this;
    }

    public Scenario seed(long seed) {
        this.seed = seed;
        return this;
    }

    public Scenario from(String checkpoint) {
        this.checkpoint = checkpoint;
        return this;
    }

    public Scenario seconds(double seconds) {
        this.maxTicks = Math.round(seconds * Simulation.TICKS_PER_SECOND);
        return this;
    }

    /** A fresh simulation of this scenario, for tests that step it themselves. */
    public Simulation simulation() {
        return checkpoint == null ? new Simulation(level, TestContent.tuning(), seed)
                : new Simulation(level, TestContent.tuning(), seed, checkpoint);
    }

    public InputSource input() {
        return script == null ? InputSource.NONE : script.player();
    }

    /** Plays to the end and reports; the simulation is disposed. */
    public RunReport run() {
        Simulation simulation = simulation();
        try {
            return Playtest.run(simulation, input(), maxTicks);
        } finally {
            simulation.dispose();
        }
    }
}
