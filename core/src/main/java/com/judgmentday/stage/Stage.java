package com.judgmentday.stage;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntMap;
import com.judgmentday.components.GuardedComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.sim.RunState;

/**
 * What the stage's systems share: the level's triggers, beats and objectives, their {@link StageState}, the run,
 * the event log, and the entities a step names (by Tiled object id, or by role: controlled, john, t1000).
 */
public final class Stage {
    public final LevelDef level;
    /** The level's objectives, or {@link ObjectiveDef#defaults} when it names none. */
    public final Array<ObjectiveDef> objectives;
    public final StageState state;
    public final RunState run;
    public final EventLog events;
    /** The entity each map object became, by Tiled object id (objects a beat spawns are added when it does). */
    public final IntMap<Entity> objects;
    /** The checkpoint the run started at, or {@link TriggerDef#FROM_START} for a run from the level's start. */
    public final String startedAt;
    private ImmutableArray<Entity> controlled;
    /** The one a control step handed the keys to last (null: none yet). */
    private Entity handedTo;
    private ImmutableArray<Entity> pursuers;
    private ImmutableArray<Entity> everyone;

    /** {@code checkpoint}: where the run starts, or null for the level's start. */
    public Stage(LevelDef level, RunState run, EventLog events, IntMap<Entity> objects, String checkpoint) {
        this.level = level;
        this.startedAt = checkpoint == null ? TriggerDef.FROM_START : checkpoint;
        this.objectives = level.objectives.isEmpty() ? ObjectiveDef.defaults(level.spawn(SpawnDef.Kind.JOHN) != null)
                : level.objectives;
        this.state = new StageState(level, objectives);
        AreaDef at = checkpoint == null ? null : level.checkpoint(checkpoint);
        for (int i = 0; at != null && i < objectives.size; i++) {
            // Met before the checkpoint the run starts at: met already, without a word.
            if (java.util.Arrays.asList(at.met).contains(objectives.get(i).id)) {
                state.status[i] = StageState.MET;
            }
        }
        this.run = run;
        this.events = events;
        this.objects = objects;
    }

    /** Looks up the roles in the engine's entities. */
    public void attach(Engine engine) {
        controlled = engine.getEntitiesFor(Family.all(ControlComponent.class, TransformComponent.class).get());
        pursuers = engine.getEntitiesFor(Family.all(T1000Component.class, TransformComponent.class).get());
        everyone = engine.getEntitiesFor(Family.all(IdentityComponent.class).get());
    }

    /** The T-1000s in play. */
    public ImmutableArray<Entity> pursuers() {
        return pursuers;
    }

    /** Marks whom a dont-shoot objective names, so the player's fire stops at them instead of passing an ally. */
    public void guard() {
        for (ObjectiveDef objective : objectives) {
            Entity character = objective.kind == ObjectiveDef.Kind.DONT_SHOOT ? named(objective.arg) : null;
            if (character != null && !Mappers.GUARDED.has(character)) {
                character.add(new GuardedComponent());
            }
        }
    }

    /** The entity a role names (controlled, john, t1000), or null when it is not in the level now. */
    public Entity role(String role) {
        switch (role) {
            case "controlled":
                // One handed the keys by a step this tick is not in the family yet (it changes after the tick): a hide
                // right after control went back was dropped as if the one told were still played.
                if (handedTo != null && Mappers.CONTROL.has(handedTo)) {
                    return handedTo;
                }
                return controlled.size() == 0 ? null : controlled.first();
            case "t1000":
                return pursuers.size() == 0 ? null : pursuers.first();
            default:
                return named(role);
        }
    }

    /** A control step handed the keys to this one now: it is the controlled role at once. */
    void handedOver(Entity character) {
        handedTo = character;
    }

    /** The entity with that report name, or null. */
    public Entity named(String name) {
        for (int i = 0; i < everyone.size(); i++) {
            if (Mappers.IDENTITY.get(everyone.get(i)).name.equals(name)) {
                return everyone.get(i);
            }
        }
        return null;
    }

    /** The entity with that identity id, or null. */
    public Entity byId(int id) {
        for (int i = 0; i < everyone.size(); i++) {
            if (Mappers.IDENTITY.get(everyone.get(i)).id == id) {
                return everyone.get(i);
            }
        }
        return null;
    }

    /** What a step acts on: its object's entity, or its role's; null when gone. */
    public Entity target(StepDef step) {
        return step.target != 0 ? objects.get(step.target) : role(step.role);
    }
}
