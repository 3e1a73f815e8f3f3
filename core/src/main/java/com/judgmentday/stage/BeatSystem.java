package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Outcome;

/**
 * Runs the beats the triggers started, step by step on the tick clock: a step begins (its effect), holds its
 * ticks when it is one that holds the beat (say, wait), and the next begins. Skipping runs every remaining step
 * at once and lets go of the camera and the controls: the beat's end state. Also counts down the camera
 * framing and the controls lock that steps leave running.
 */
public final class BeatSystem extends EntitySystem {
    private final Stage stage;
    private final StageState state;
    private final StepActions actions;

    public BeatSystem(int priority, Stage stage, StepActions actions) {
        super(priority);
        this.stage = stage;
        this.state = stage.state;
        this.actions = actions;
    }

    @Override
    public void update(float deltaTime) {
        if (state.cameraTicks > 0) {
            state.cameraTicks--;
            follow();
        }
        if (state.lockTicks > 0 && --state.lockTicks == 0) {
            stage.events.event(EventType.CONTROLS_UNLOCKED).detail("the lock ran out").emit();
        }
        if (stage.run.outcome != Outcome.RUNNING) {
            return;
        }
        for (int i = 0; i < stage.level.beats.size; i++) {
            if (state.step[i] != StageState.NONE) {
                run(i, stage.level.beats.get(i));
            }
        }
    }

    private void run(int index, BeatDef beat) {
        while (state.step[index] < beat.steps.size) {
            StepDef step = beat.steps.get(state.step[index]);
            if (state.left[index] == StageState.NONE) {
                actions.begin(step);
                if (state.step[index] == StageState.NONE) {
                    // The step cut its own beat: it has ended.
                    return;
                }
                state.left[index] = holds(step) && !state.skipping ? step.ticks : 0;
                if (state.left[index] > 0) {
                    // Held from the next tick: a step of n ticks lets the next begin n ticks after it.
                    return;
                }
            } else if (state.left[index] > 0 && !state.skipping && --state.left[index] > 0) {
                return;
            }
            state.step[index]++;
            state.left[index] = StageState.NONE;
        }
        state.step[index] = StageState.NONE;
        state.finished[index]++;
        if (state.skipping) {
            actions.release();
        }
        stage.events.event(EventType.BEAT_FINISHED).what(beat.name).detail(beat.name).emit();
    }

    /** The camera keeps on whom it frames while they move. */
    private void follow() {
        Entity framed = state.cameraEntity == StageState.NONE ? null : stage.byId(state.cameraEntity);
        TransformComponent at = framed == null ? null : Mappers.TRANSFORM.get(framed);
        if (at != null) {
            state.cameraX = at.x;
            state.cameraY = at.y;
        }
    }

    /** Steps that hold the beat until their time is up; the others leave their effect running and go on. */
    private static boolean holds(StepDef step) {
        return step.kind == StepKind.SAY || step.kind == StepKind.WAIT || step.kind == StepKind.METER;
    }
}
