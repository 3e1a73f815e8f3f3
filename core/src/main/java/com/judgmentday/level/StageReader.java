package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntSet;
import com.judgmentday.content.Lines;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.UserText;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Simulation;
import com.judgmentday.stage.BeatDef;
import com.judgmentday.stage.ObjectiveDef;
import com.judgmentday.stage.StageText;
import com.judgmentday.stage.StepDef;
import com.judgmentday.stage.TriggerDef;

import java.util.Locale;

/**
 * Reads the stage of a map (its {@code trigger} and {@code beat} objects and its {@code objectives} property) into
 * the level, and tells the validator what is wrong with it: steps that name no line, objects of the wrong type,
 * objectives no beat shows.
 */
final class StageReader {
    private final TmxDocument document;
    private final Lines lines;
    private final Array<Problem> problems;
    /** Triggers and beats to pass by: already found wrong. */
    private final IntSet unsound;
    /** The characters' rules, for steps that need them (catch, shutdown); null when building a checked map. */
    private final TuningDef tuning;

    private StageReader(TmxDocument document, Lines lines, TuningDef tuning, Array<Problem> problems, IntSet unsound) {
        this.document = document;
        this.lines = lines;
        this.tuning = tuning;
        this.problems = problems;
        this.unsound = unsound;
    }

    /** Fills the level's triggers, beats and objectives from a sound map. */
    static void build(TmxDocument document, Lines lines, LevelDef level) {
        new StageReader(document, lines, null, new Array<>(), new IntSet()).read(level);
    }

    /** What is wrong with the map's stage, one problem each. */
    static void check(TmxDocument document, Lines lines, TuningDef tuning, Array<Problem> problems, IntSet unsound) {
        new StageReader(document, lines, tuning, problems, unsound).read(new LevelDef());
    }

    private void read(LevelDef level) {
        Array<String> found = new Array<>();
        level.objectives.addAll(StageText.objectives(document.properties.get("objectives", ""), found));
        for (String message : found) {
            problems.add(new Problem(document.file, 0, "map", message));
        }
        boolean goal = level.objectives.isEmpty();
        for (ObjectiveDef objective : level.objectives) {
            goal |= objective.goal();
        }
        if (!goal) {
            problems.add(new Problem(document.file, 0, "map", "objectives: none is a goal (reach, melt, count, survive),"
                    + " so the level could never be won; add one"));
        }
        for (MapObject object : document.objects) {
            if (unsound.contains(object.id)) {
                continue;
            }
            if (object.type.equals("beat")) {
                level.beats.add(beat(object, level));
            } else if (object.type.equals("trigger")) {
                level.triggers.add(trigger(object));
            }
        }
        for (BeatDef beat : level.beats) {
            for (StepDef step : beat.steps) {
                StepTargets.check(document, level, beat, step, tuning, problems);
            }
        }
        for (MapObject object : document.objects) {
            if (!object.type.equals("checkpoint")) {
                continue;
            }
            for (String id : StorySoFar.names(object.properties.get(StorySoFar.MET, ""))) {
                if (!objectiveIds(level).contains(id, false)) {
                    problem(object, StorySoFar.MET + ": the map's objectives have no id '" + UserText.token(id) + "'; ids: "
                            + objectiveIds(level).toString(", "));
                }
            }
        }
        Array<String> exits = exitNames();
        for (ObjectiveDef objective : level.objectives) {
            if (objective.kind == ObjectiveDef.Kind.REACH && !objective.arg.isEmpty()
                    && !exits.contains(objective.arg, false)) {
                problems.add(new Problem(document.file, 0, "map", "objectives row " + objective.line + ": 'reach "
                        + UserText.token(objective.arg) + "' names no exit (the map's exits: "
                        + (exits.isEmpty() ? "none" : exits.toString(", ")) + ")"
                        + (exits.isEmpty() ? "; add an exit" : DidYouMean.hint(objective.arg, exits))));
            }
            String unprotectable = objective.kind == ObjectiveDef.Kind.PROTECT || objective.kind == ObjectiveDef.Kind.DONT_SHOOT
                    ? ControlNames.protectable(document, objective.arg, objective.kind == ObjectiveDef.Kind.PROTECT
                    ? "protect" : "dont-shoot") : null;
            if (unprotectable != null) {
                problems.add(new Problem(document.file, 0, "map", "objectives row " + objective.line + ": " + unprotectable));
            }
            if (objective.later && !StepTargets.shown(level, objective.id)) {
                problems.add(new Problem(document.file, 0, "map", "objectives row " + objective.line + ": '" + objective.id
                        + "' waits for a beat to show it, but no beat has the step 'objective " + objective.id
                        + "'; add one, or drop 'later'"));
            }
        }
    }

    /** The names the exits go by (an unnamed exit is "exit"), as a reach objective names them. */
    private Array<String> exitNames() {
        Array<String> names = new Array<>();
        for (MapObject object : document.objects) {
            if (object.type.equals("exit")) {
                String name = object.name.isEmpty() ? "exit" : object.name;
                if (!names.contains(name, false)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private BeatDef beat(MapObject object, LevelDef level) {
        BeatDef beat = new BeatDef();
        beat.objectId = object.id;
        beat.name = object.name.isEmpty() ? "beat#" + object.id : object.name;
        Array<String> found = new Array<>();
        beat.steps.addAll(StageText.steps(object.properties.get("steps", ""), lines, found));
        for (String message : found) {
            problems.add(new Problem(document.file, object.id, object.label(), message));
        }
        return beat;
    }

    private TriggerDef trigger(MapObject object) {
        TriggerDef trigger = new TriggerDef();
        trigger.objectId = object.id;
        trigger.name = object.name.isEmpty() ? "trigger#" + object.id : object.name;
        String when = object.properties.get("when", "enter").trim();
        trigger.when = TriggerDef.When.valueOf(when.replace('-', '_').toUpperCase(Locale.ROOT));
        float[] b = document.bounds(object);
        trigger.x = b[0];
        trigger.y = b[1];
        trigger.width = b[2] - b[0];
        trigger.height = b[3] - b[1];
        trigger.by = object.properties.get("by", "controlled").trim();
        trigger.who = object.properties.get("who", "").trim();
        trigger.what = object.properties.get("what", "").trim();
        trigger.count = Integer.parseInt(object.properties.get("count", "1").trim());
        trigger.ticks = Math.round(Float.parseFloat(object.properties.get("seconds", "0").trim()) * Simulation.TICKS_PER_SECOND);
        trigger.after = Integer.parseInt(object.properties.get("after", "0").trim());
        trigger.beat = Integer.parseInt(object.properties.get("beat", "0").trim());
        trigger.repeat = Boolean.parseBoolean(object.properties.get("repeat", "false").trim());
        trigger.from = object.properties.get("from", "").trim();
        trigger.fromEach = trigger.from.isEmpty() ? new String[0] : trigger.from.split("\\s*,\\s*");
        for (String start : trigger.fromEach) {
            if (!start.equals(TriggerDef.FROM_START) && !checkpointNamed(start)) {
                problem(object, "'from' names '" + UserText.token(start) + "', not a checkpoint of this map; write"
                        + " checkpoints' Names, or 'start' for runs from the level's start, comma-separated");
            }
        }
        String event = object.properties.get("event", "").trim();
        trigger.event = EventType.byId(event);
        switch (trigger.when) {
            case ENTER:
                if (trigger.width <= 0f || trigger.height <= 0f) {
                    problem(object, "an enter trigger needs an area: draw it as a rectangle or polygon, or set when to event, timer, beat-done, all or any");
                }
                break;
            case EVENT:
                if (trigger.event == null) {
                    problem(object, event.isEmpty() ? "an event trigger needs its event (for instance t1000.frozen)"
                            : "no event is called '" + UserText.token(event) + "'; docs/reports.md lists them");
                }
                break;
            case BEAT_DONE:
                if (trigger.after == 0) {
                    problem(object, "a beat-done trigger needs 'after': the beat it waits for");
                }
                break;
            case ALL: case ANY:
                trigger.parts = parts(object);
                break;
            default:
                break;
        }
        if (trigger.after != 0 && (trigger.when == TriggerDef.When.TIMER || trigger.when == TriggerDef.When.ALL
                || trigger.when == TriggerDef.When.ANY)) {
            problem(object, "'after' goes with beat-done, event and enter triggers; a " + when + " trigger ignores it:"
                    + " clear it");
        } else if (trigger.after != 0 && trigger.after == trigger.beat && trigger.when != TriggerDef.When.BEAT_DONE) {
            problem(object, "'after' names the beat this trigger starts, so it could never fire; name the beat it waits"
                    + " for");
        }
        return trigger;
    }

    private static Array<String> objectiveIds(LevelDef level) {
        Array<String> ids = new Array<>();
        for (ObjectiveDef objective : level.objectives) {
            ids.add(objective.id);
        }
        return ids;
    }

    private boolean checkpointNamed(String name) {
        for (MapObject object : document.objects) {
            if (object.type.equals("checkpoint") && object.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private int[] parts(MapObject object) {
        String of = object.properties.get("of", "").trim();
        String[] ids = of.isEmpty() ? new String[0] : of.split("\\s*,\\s*");
        if (ids.length == 0) {
            problem(object, "an all or any trigger needs 'of': the other triggers' IDs, comma-separated (for instance 12, 14)");
        }
        int[] parts = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            try {
                parts[i] = Integer.parseInt(ids[i]);
            } catch (NumberFormatException e) {
                problem(object, "'of' holds '" + UserText.token(ids[i]) + "', not an object ID; write trigger IDs, comma-separated");
                continue;
            }
            if (parts[i] == object.id) {
                problem(object, "'of' names the trigger itself; name other triggers");
            } else {
                refersTo(object, parts[i], "trigger", "of", "a trigger it waits for");
            }
        }
        return parts;
    }

    private void refersTo(MapObject object, int id, String type, String property, String role) {
        MapObject other = document.object(id);
        if (other == null || !other.type.equals(type)) {
            problem(object, "'" + property + "' must name " + role + ": the ID of a " + type + " object"
                    + (other == null ? ", but no object has ID " + id : ", but object " + id + " is a " + UserText.token(other.type)));
        }
    }

    private void problem(MapObject object, String message) {
        problems.add(new Problem(document.file, object.id, object.label(), message));
    }
}
