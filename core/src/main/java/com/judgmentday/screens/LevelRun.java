package com.judgmentday.screens;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.utils.Disposable;
import com.judgmentday.menu.MenuFlow;
import com.judgmentday.session.LevelSession;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.sim.StateHasher;

import java.util.Locale;

/**
 * One level being played in the window: its session and screen, and what the menus must hear of it (the
 * checkpoints the player reaches, the level won or lost), read after each frame's ticks.
 */
final class LevelRun implements Disposable {
    private static final String TAG = "judgment-day";
    /**
     * A lost level holds this long, seconds, before its page: the camera turns to whoever went down (a playtester
     * never saw John caught on a chain 5 m off: the page came at once).
     */
    static final float LOSS_LOOK_SECONDS = 1.5f;
    final LevelSession session;
    final GameScreen screen;
    private final MenuFlow flow;
    /** The level's attempts before this one, since it was last won or another level played: their ticks, and how many. */
    private final long earlierTicks;
    private final int earlierAttempts;
    private long seenGeneration;
    private Outcome reported = Outcome.RUNNING;
    /** Seconds the level has been lost and its page not yet shown. */
    private float lostFor;

    LevelRun(LevelSession session, GameScreen screen, MenuFlow flow, long earlierTicks, int earlierAttempts) {
        this.session = session;
        this.screen = screen;
        this.flow = flow;
        this.earlierTicks = earlierTicks;
        this.earlierAttempts = earlierAttempts;
        this.seenGeneration = session.generation();
        screen.countFrom(earlierTicks);
    }

    /**
     * After the frame's ticks ({@code delta} seconds): report a checkpoint newly reached, and the outcome once it is
     * decided (a loss {@link #LOSS_LOOK_SECONDS} later).
     */
    void update(float delta) {
        Simulation simulation = session.simulation();
        if (simulation == null) {
            return;
        }
        if (seenGeneration != session.generation()) {
            // A save rebuilt the level: it runs again, even under a game-over page.
            seenGeneration = session.generation();
            reported = Outcome.RUNNING;
            lostFor = 0f;
            flow.levelRebuilt();
        }
        String reached = session.checkpointReached();
        if (reached != null) {
            Gdx.app.log(TAG, "checkpoint reached: " + reached);
            flow.checkpointReached(reached);
        }
        lostFor = simulation.outcome() == Outcome.LOSE ? lostFor + delta : 0f;
        if (simulation.outcome() != reported && reportsNow(simulation.outcome(), lostFor)) {
            reported = simulation.outcome();
            Gdx.app.log(TAG, "level ended, " + reported + ": " + simulation.outcomeReason());
            flow.levelEnded(reported, simulation.outcomeReason(), simulation.nextLevel(),
                    tally(simulation, earlierTicks, earlierAttempts));
        }
    }

    /** Whether an outcome is for the menus now: a win at once, a loss once it has been seen for a moment. */
    static boolean reportsNow(Outcome outcome, float lostFor) {
        return outcome != Outcome.LOSE || lostFor >= LOSS_LOOK_SECONDS;
    }

    /**
     * The run in a line for the level-complete page: the time the level took, every attempt since it was started
     * counted (a player who died four times played it for all five), and this attempt's casualties.
     */
    static String tally(Simulation simulation, long earlierTicks, int earlierAttempts) {
        long seconds = (earlierTicks + simulation.tick()) / Simulation.TICKS_PER_SECOND;
        int dead = simulation.casualties().size;
        String attempts = earlierAttempts == 0 ? "" : " (" + (earlierAttempts + 1) + " attempts)";
        return String.format(Locale.ROOT, "Time %d:%02d%s   %s", seconds / 60, seconds % 60, attempts,
                dead == 0 ? "No casualties" : dead + (dead == 1 ? " casualty" : " casualties"));
    }

    /** Ticks this attempt has run. */
    long ticks() {
        Simulation simulation = session.simulation();
        return simulation == null ? 0L : simulation.tick();
    }

    /** It ended in a win. */
    boolean won() {
        Simulation simulation = session.simulation();
        return simulation != null && simulation.outcome() == Outcome.WIN;
    }

    @Override
    public void dispose() {
        Simulation simulation = session.simulation();
        if (simulation != null) {
            // The same line a headless playtest of a recording can be checked against.
            Gdx.app.log(TAG, "final state " + StateHasher.hex(new StateHasher(simulation).hash(simulation))
                    + " at tick " + simulation.tick());
        }
        screen.dispose();
        session.dispose();
    }
}
