package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.badlogic.gdx.ai.btree.annotation.TaskAttribute;
import com.judgmentday.ai.T1000Brain;

/** Condition: someone stands within {@code metres} (set in the tree file). */
public final class AmongPeople extends LeafTask<T1000Brain> {
    @TaskAttribute
    public float metres = 6f;

    @Override
    public Status execute() {
        return getObject().amongPeople(metres) ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        ((AmongPeople) task).metres = metres;
        return task;
    }
}
