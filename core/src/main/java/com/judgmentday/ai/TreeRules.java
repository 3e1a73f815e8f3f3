package com.judgmentday.ai;

import com.badlogic.gdx.ai.btree.Task;
import com.badlogic.gdx.ai.btree.branch.RandomSelector;
import com.badlogic.gdx.ai.btree.branch.RandomSequence;
import com.badlogic.gdx.ai.btree.decorator.Include;
import com.badlogic.gdx.ai.btree.decorator.Random;
import com.badlogic.gdx.ai.btree.decorator.SemaphoreGuard;
import com.badlogic.gdx.ai.btree.leaf.Wait;
import com.badlogic.gdx.ai.utils.random.ConstantDoubleDistribution;
import com.badlogic.gdx.ai.utils.random.ConstantFloatDistribution;
import com.badlogic.gdx.ai.utils.random.ConstantIntegerDistribution;
import com.badlogic.gdx.ai.utils.random.ConstantLongDistribution;
import com.badlogic.gdx.ai.utils.random.Distribution;
import com.judgmentday.content.ContentException;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;

/**
 * What a behaviour tree may hold so the simulation stays deterministic: gdx-ai's tasks that read the wall clock
 * ({@code wait}), draw from the global {@code MathUtils.random} ({@code random}, {@code randomSelector},
 * {@code randomSequence}, and any attribute given a non-constant distribution) or reach global state
 * ({@code include}'s library manager, {@code semaphoreGuard}'s repository) are refused when the tree is read, with
 * the tick-based way to write it instead.
 */
public final class TreeRules {
    /** Each forbidden task, and what to write instead. */
    private static final Map<Class<?>, String> FORBIDDEN = Map.of(
            Wait.class, "'wait' reads the wall clock, which the ticked simulation does not keep; use 'waitTicks ticks:60'"
                    + " (import waitTicks:\"com.judgmentday.ai.tasks.WaitTicks\"; 60 ticks a second)",
            Random.class, "'random' draws from the global MathUtils.random, not the run's seeded generator; decide in a"
                    + " task of ours from the simulation's random",
            RandomSelector.class, "'randomSelector' shuffles with the global MathUtils.random; use 'selector'",
            RandomSequence.class, "'randomSequence' shuffles with the global MathUtils.random; use 'sequence'",
            Include.class, "'include' loads through gdx-ai's global library manager; write the subtree in the file",
            SemaphoreGuard.class, "'semaphoreGuard' shares gdx-ai's global semaphore repository across runs; leave it out");

    private TreeRules() {
    }

    /** Refuses the tree if any of its tasks is forbidden, naming the file and the task. */
    public static void check(String file, Task<?> root) {
        String problem = problem(root);
        if (problem != null) {
            throw new ContentException(file + ": " + problem);
        }
    }

    private static String problem(Task<?> task) {
        String forbidden = FORBIDDEN.get(task.getClass());
        if (forbidden != null) {
            return forbidden;
        }
        for (Class<?> type = task.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || !Distribution.class.isAssignableFrom(field.getType())) {
                    continue;
                }
                Object value = read(field, task);
                if (value != null && !constant(value)) {
                    return "'" + field.getName() + "' of " + type.getSimpleName() + " is a random distribution, drawn"
                            + " from the global MathUtils.random; give it a constant";
                }
            }
        }
        for (int i = 0; i < task.getChildCount(); i++) {
            String below = problem(task.getChild(i));
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private static boolean constant(Object distribution) {
        return distribution instanceof ConstantIntegerDistribution || distribution instanceof ConstantFloatDistribution
                || distribution instanceof ConstantLongDistribution || distribution instanceof ConstantDoubleDistribution;
    }

    private static Object read(Field field, Task<?> task) {
        try {
            field.setAccessible(true);
            return field.get(task);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new ContentException("can't read " + field + " of a behaviour tree task: " + e.getMessage(), e);
        }
    }
}
