package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.badlogic.gdx.ai.btree.annotation.TaskAttribute;
import com.judgmentday.ai.AgentBrain;

/**
 * Action: runs for a number of the simulation's ticks, then succeeds; the ticked stand-in for gdx-ai's {@code wait},
 * which reads the wall clock ({@code waitTicks ticks:60} is a second). Any agent's tree may use it.
 */
public final class WaitTicks extends LeafTask<AgentBrain> {
    @TaskAttribute(required = true)
    public int ticks;
    private long startedAt;

    @Override
    public void start() {
        startedAt = getObject().tick();
    }

    @Override
    public Status execute() {
        return getObject().tick() - startedAt >= ticks ? Status.SUCCEEDED : Status.RUNNING;
    }

    @Override
    protected Task<AgentBrain> copyTo(Task<AgentBrain> task) {
        ((WaitTicks) task).ticks = ticks;
        return task;
    }

    @Override
    public void reset() {
        ticks = 0;
        startedAt = 0L;
        super.reset();
    }
}
