package com.judgmentday.report;

import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.stage.ObjectiveDef;
import com.judgmentday.stage.StageState;

/** How one of the level's objectives ended a run: met, failed, or still pending. */
public final class ObjectiveResult {
    /** Where it stood at the end. */
    public enum Status { MET, FAILED, PENDING }

    public final String id;
    public final String text;
    public final Status status;

    public ObjectiveResult(String id, String text, Status status) {
        this.id = id;
        this.text = text;
        this.status = status;
    }

    /**
     * The objective at {@code index} at the end of a run: a charge (protect, no casualties) not failed was kept,
     * so met, when the level was won; a run that was lost or timed out has kept it only so far (pending).
     */
    static ObjectiveResult of(Simulation simulation, int index) {
        ObjectiveDef objective = simulation.objectives().get(index);
        byte status = simulation.stage().status[index];
        boolean won = simulation.outcome() == Outcome.WIN;
        Status end = status == StageState.MET || (won && status == StageState.PENDING && !objective.goal()) ? Status.MET
                : status == StageState.FAILED ? Status.FAILED : Status.PENDING;
        return new ObjectiveResult(objective.id, objective.text, end);
    }
}
