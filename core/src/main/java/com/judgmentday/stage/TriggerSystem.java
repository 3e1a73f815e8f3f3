package com.judgmentday.stage;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.sim.Outcome;

/**
 * Fires the level's triggers at the end of each tick: an area entered by whom it names, an event seen enough
 * times, a timer, a beat finished, all or any of other triggers. A trigger starts its beat (see
 * {@link BeatSystem}); one that does not repeat fires once.
 */
public final class TriggerSystem extends EntitySystem {
    private final Stage stage;
    private final StageState state;
    private final EventLog events;
    private ImmutableArray<Entity> characters;
    /** How far through the event log the triggers have read. */
    private int read;

    public TriggerSystem(int priority, Stage stage) {
        super(priority);
        this.stage = stage;
        this.state = stage.state;
        this.events = stage.events;
    }

    @Override
    public void addedToEngine(Engine engine) {
        characters = engine.getEntitiesFor(Family.all(CharacterComponent.class, TransformComponent.class).get());
        stage.attach(engine);
    }

    @Override
    public void update(float deltaTime) {
        if (stage.run.outcome != Outcome.RUNNING) {
            return;
        }
        countEvents();
        for (int i = 0; i < stage.level.triggers.size; i++) {
            TriggerDef trigger = stage.level.triggers.get(i);
            if (!trigger.armedIn(stage.startedAt)) {
                // Another start point's opening: never fires in this run.
                continue;
            }
            boolean holds = holds(trigger, i);
            boolean fresh = trigger.when == TriggerDef.When.ENTER ? holds && !state.held[i] : holds;
            state.held[i] = holds;
            if (fresh && (trigger.repeat || !state.fired[i])) {
                fire(trigger, i);
            }
        }
    }

    private void countEvents() {
        for (; read < events.events().size; read++) {
            GameEvent event = events.events().get(read);
            for (int i = 0; i < stage.level.triggers.size; i++) {
                TriggerDef trigger = stage.level.triggers.get(i);
                if (trigger.when == TriggerDef.When.EVENT && event.type == trigger.event
                        && (trigger.who.isEmpty() || trigger.who.equals(event.subject) || trigger.who.equals(event.whom))
                        && (trigger.what.isEmpty() || trigger.what.equals(event.what))
                        && (trigger.after == 0 || begun(trigger.after))) {
                    state.seen[i]++;
                }
            }
        }
    }

    private boolean holds(TriggerDef trigger, int index) {
        switch (trigger.when) {
            case ENTER:
                // With after, only from the moment that beat has begun (one standing there then counts at once).
                return entered(trigger) && (trigger.after == 0 || begun(trigger.after));
            case EVENT:
                return state.seen[index] >= trigger.count;
            case TIMER:
                return trigger.repeat ? trigger.ticks > 0 && stage.run.tick % trigger.ticks == 0 : stage.run.tick >= trigger.ticks;
            case BEAT_DONE: {
                int beat = beatIndex(trigger.after);
                return beat >= 0 && state.finished[beat] > state.seen[index];
            }
            case ALL: case ANY: {
                boolean all = true;
                boolean any = false;
                boolean fresh = false;
                for (int part : trigger.parts) {
                    int at = triggerIndex(part);
                    boolean fired = at >= 0 && state.fired[at];
                    all &= fired;
                    any |= fired;
                    fresh |= at >= 0 && fired && state.firedAt[at] == stage.run.tick;
                }
                // A repeating one fires again each time one of its parts does while it holds.
                return (trigger.when == TriggerDef.When.ALL ? all : any) && (!trigger.repeat || fresh || !state.fired[index]);
            }
            default:
                return false;
        }
    }

    /** Whom the trigger watches stands (its centre) inside the area now. */
    private boolean entered(TriggerDef trigger) {
        for (int i = 0; i < characters.size(); i++) {
            Entity who = characters.get(i);
            if (!watched(trigger.by, who)) {
                continue;
            }
            TransformComponent at = Mappers.TRANSFORM.get(who);
            if (at.x >= trigger.x && at.x <= trigger.x + trigger.width && at.y >= trigger.y && at.y <= trigger.y + trigger.height) {
                return true;
            }
        }
        return false;
    }

    private boolean watched(String by, Entity who) {
        switch (by) {
            case "anyone":
                return true;
            case "controlled":
                return Mappers.CONTROL.has(who);
            case "t1000":
                return Mappers.T1000.has(who);
            default:
                return Mappers.IDENTITY.get(who).name.equals(by);
        }
    }

    private void fire(TriggerDef trigger, int index) {
        state.fired[index] = true;
        state.firedAt[index] = stage.run.tick;
        if (trigger.when == TriggerDef.When.EVENT) {
            // A repeating one counts afresh toward its next firing.
            state.seen[index] = trigger.repeat ? 0 : state.seen[index];
        } else if (trigger.when == TriggerDef.When.BEAT_DONE) {
            state.seen[index] = state.finished[beatIndex(trigger.after)];
        }
        events.event(EventType.TRIGGER_FIRED).what(trigger.name).detail(trigger.name).emit();
        int beat = beatIndex(trigger.beat);
        if (beat >= 0 && state.step[beat] == StageState.NONE) {
            state.step[beat] = 0;
            state.left[beat] = StageState.NONE;
            BeatDef def = stage.level.beats.get(beat);
            events.event(EventType.BEAT_STARTED).what(def.name).detail(def.name).emit();
        }
    }

    /** Whether that beat has begun in this run (it runs, or has finished): an event trigger's {@code after}. */
    private boolean begun(int beatObject) {
        int beat = beatIndex(beatObject);
        return beat >= 0 && (state.step[beat] != StageState.NONE || state.finished[beat] > 0);
    }

    private int beatIndex(int objectId) {
        for (int i = 0; i < stage.level.beats.size; i++) {
            if (stage.level.beats.get(i).objectId == objectId) {
                return i;
            }
        }
        return -1;
    }

    private int triggerIndex(int objectId) {
        for (int i = 0; i < stage.level.triggers.size; i++) {
            if (stage.level.triggers.get(i).objectId == objectId) {
                return i;
            }
        }
        return -1;
    }
}
