package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;

/** A level that failed validation; its message is the first problem and how many more there are. */
public final class LevelProblemsException extends RuntimeException {
    public final transient Array<Problem> problems;

    public LevelProblemsException(Array<Problem> problems) {
        super(summary(problems));
        this.problems = problems;
    }

    private static String summary(Array<Problem> problems) {
        String first = problems.first().toString();
        int more = problems.size - 1;
        return more == 0 ? first : first + " (and " + more + " more: run 'validate " + problems.first().file + "')";
    }
}
