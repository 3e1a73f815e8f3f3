package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.stage.BeatDef;
import com.judgmentday.stage.StepDef;
import com.judgmentday.stage.StepKind;

/**
 * Notices the player reaching the level's checkpoints (checkpoint.reached, once each): within {@link #REACH_X}
 * across and {@link #REACH_Y} up or down of its point or area, after the tick's physics. The window saves them
 * as progress; reports show them.
 */
public final class CheckpointSystem extends EntitySystem {
    public static final float REACH_X = 1f;
    public static final float REACH_Y = 2f;
    private final Array<AreaDef> checkpoints;
    private final boolean[] reached;
    private final EventLog events;
    private ImmutableArray<Entity> players;

    /**
     * {@code startedAt}: the checkpoint the run starts at (already reached), or null. A checkpoint a beat's
     * {@code checkpoint} step names is that beat's to reach (a moment in a fight, not a place): walking there does not.
     */
    public CheckpointSystem(int priority, LevelDef level, String startedAt, EventLog events) {
        super(priority);
        this.checkpoints = level.checkpoints;
        this.reached = new boolean[checkpoints.size];
        this.events = events;
        for (int i = 0; i < checkpoints.size; i++) {
            String name = checkpoints.get(i).name;
            reached[i] = name.equals(startedAt) || setByABeat(level, name);
        }
    }

    private static boolean setByABeat(LevelDef level, String name) {
        for (BeatDef beat : level.beats) {
            for (StepDef step : beat.steps) {
                if (step.kind == StepKind.CHECKPOINT && step.word.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void addedToEngine(Engine engine) {
        players = engine.getEntitiesFor(Family.all(ControlComponent.class, TransformComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        for (int p = 0; p < players.size(); p++) {
            TransformComponent at = Mappers.TRANSFORM.get(players.get(p));
            for (int i = 0; i < checkpoints.size; i++) {
                AreaDef checkpoint = checkpoints.get(i);
                if (!reached[i] && at.x >= checkpoint.x - REACH_X && at.x <= checkpoint.x + checkpoint.width + REACH_X
                        && at.y >= checkpoint.y - REACH_Y && at.y <= checkpoint.y + checkpoint.height + REACH_Y) {
                    reached[i] = true;
                    events.event(EventType.CHECKPOINT_REACHED).who(GameEvent.NOBODY, checkpoint.name).what(checkpoint.name)
                            .whom(Mappers.IDENTITY.get(players.get(p))).at(at.x, at.y).emit();
                }
            }
        }
    }
}
