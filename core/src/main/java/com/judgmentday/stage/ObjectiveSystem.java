package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.RunState;

/**
 * The one judge of a level: reads the tick's events and decides win and lose from the level's objectives. Goals
 * are met in order (the first unmet one is on screen); the level is won when the last is met. Anyone protected
 * going down (or caught by the T-1000), the controlled character going down, or the controlled character's weapon
 * hitting someone a dont-shoot objective names, loses it; a casualty fails the no-casualties star but never the level.
 */
public final class ObjectiveSystem extends EntitySystem {
    private final Stage stage;
    private final StageState state;
    private final RunState run;
    private int read;

    public ObjectiveSystem(int priority, Stage stage) {
        super(priority);
        this.stage = stage;
        this.state = stage.state;
        this.run = stage.run;
    }

    @Override
    public void update(float deltaTime) {
        for (; read < stage.events.events().size; read++) {
            // Judged even once the run has ended this tick, so the objective that ended it is marked failed.
            judge(stage.events.events().get(read));
        }
        if (run.outcome == Outcome.RUNNING) {
            advance();
        }
    }

    private void judge(GameEvent event) {
        Entity controlled = stage.role("controlled");
        if (event.type == EventType.CHARACTER_DOWN && controlled != null
                && event.subject.equals(Mappers.IDENTITY.get(controlled).name)) {
            lose(event.detail());
        }
        for (int i = 0; i < stage.objectives.size; i++) {
            ObjectiveDef objective = stage.objectives.get(i);
            switch (objective.kind) {
                case MELT:
                    state.counts[i] += event.type == EventType.T1000_MELTED ? 1 : 0;
                    break;
                case COUNT:
                    state.counts[i] += event.type == objective.event
                            && (objective.arg.isEmpty() || objective.arg.equals(event.what)) ? 1 : 0;
                    break;
                case PROTECT:
                    // Down covers caught: the blade landing on someone vital puts them down for good.
                    if (event.type == EventType.CHARACTER_DOWN && objective.arg.equals(event.subject)) {
                        fail(i);
                        lose(event.detail());
                    }
                    break;
                case DONT_SHOOT:
                    if (event.type == EventType.WEAPON_HIT && objective.arg.equals(event.whom) && controlled != null
                            && event.subject.equals(Mappers.IDENTITY.get(controlled).name)
                            && state.status[i] == StageState.PENDING) {
                        fail(i);
                        lose("You shot " + title(objective.arg) + ".");
                    }
                    break;
                case NO_CASUALTIES:
                    if (event.type == EventType.CASUALTY) {
                        fail(i);
                    }
                    break;
                default:
                    break;
            }
        }
    }

    /** Meets goals in order while they hold; shows the first unmet one; wins when none is left. */
    private void advance() {
        int current = StageState.NONE;
        ObjectiveDef last = null;
        for (int i = 0; i < stage.objectives.size; i++) {
            ObjectiveDef objective = stage.objectives.get(i);
            if (!objective.goal() || state.status[i] == StageState.MET) {
                continue;
            }
            if (!state.shown[i] || !met(objective, i)) {
                current = state.shown[i] ? i : StageState.NONE;
                break;
            }
            state.status[i] = StageState.MET;
            last = objective;
            stage.events.event(EventType.OBJECTIVE_MET).what(objective.id).detail(objective.text).emit();
        }
        if (current != state.current && current != StageState.NONE) {
            ObjectiveDef shown = stage.objectives.get(current);
            stage.events.event(EventType.OBJECTIVE_SHOWN).what(shown.id).detail(shown.text).emit();
        }
        state.current = current;
        if (current == StageState.NONE && last != null && !pending()) {
            if (run.win(reason(last))) {
                stage.events.event(EventType.LEVEL_WON).emit();
            }
        }
    }

    /** A goal still unmet (a later one no beat has shown yet). */
    private boolean pending() {
        for (int i = 0; i < stage.objectives.size; i++) {
            if (stage.objectives.get(i).goal() && state.status[i] != StageState.MET) {
                return true;
            }
        }
        return false;
    }

    private boolean met(ObjectiveDef objective, int index) {
        switch (objective.kind) {
            case REACH:
                return run.exitReached != null && (objective.arg.isEmpty() || objective.arg.equals(run.exitReached));
            case MELT:
                return state.counts[index] > 0;
            case COUNT:
                return state.counts[index] >= objective.count;
            case SURVIVE:
                return run.tick >= objective.ticks;
            default:
                return false;
        }
    }

    private String reason(ObjectiveDef last) {
        switch (last.kind) {
            case REACH:
                return "exit".equals(run.exitReached) ? "reached the exit" : "reached " + run.exitReached;
            case MELT:
                return "the T-1000 melted";
            case SURVIVE:
                return "survived " + Math.round(last.ticks / 60f) + " s";
            default:
                return last.text;
        }
    }

    /** What messages call a character ("Sarah"), or their report name when they are gone. */
    private String title(String name) {
        Entity character = stage.named(name);
        return character == null || !Mappers.CHARACTER.has(character) ? name : Mappers.CHARACTER.get(character).def.title;
    }

    private void fail(int index) {
        if (state.status[index] == StageState.PENDING) {
            state.status[index] = StageState.FAILED;
            ObjectiveDef objective = stage.objectives.get(index);
            stage.events.event(EventType.OBJECTIVE_FAILED).what(objective.id).detail(objective.text).emit();
        }
    }

    private void lose(String why) {
        if (run.lose(why)) {
            stage.events.event(EventType.LEVEL_LOST).detail(why).emit();
        }
    }
}
