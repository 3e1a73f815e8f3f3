package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.badlogic.gdx.ai.btree.annotation.TaskAttribute;
import com.judgmentday.ai.T1000Brain;

/** Condition: the target is within {@code metres} horizontally, on about the same level (set in the tree file). */
public final class Near extends LeafTask<T1000Brain> {
    @TaskAttribute
    public float metres = 4f;

    @Override
    public Status execute() {
        return getObject().near(metres) ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        ((Near) task).metres = metres;
        return task;
    }
}
