package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.UserText;
import com.judgmentday.stage.BeatDef;
import com.judgmentday.stage.ObjectiveDef;
import com.judgmentday.stage.StageText;
import com.judgmentday.stage.StepDef;
import com.judgmentday.stage.StepKind;

import java.util.Arrays;
import java.util.List;

/**
 * What each step of a beat may act on, checked against the map: a spawn names an npc, pick-up, crate or T-1000
 * spawn; open and close a door; rupture a nitrogen tank; and so on. Objects a beat spawns, starts or ruptures
 * are held back from the level's start (see {@link LevelDef#heldBack}).
 */
final class StepTargets {
    private static final List<String> SPAWNED = Arrays.asList("npc", "pickup", "crate", "t1000-spawn");
    private static final List<String> REMOVED = Arrays.asList("npc", "pickup", "crate", "t1000-spawn");
    private static final List<String> PUSHED = Arrays.asList("npc", "crate", "load");

    private StepTargets() {
    }

    static void check(TmxDocument document, LevelDef level, BeatDef beat, StepDef step, TuningDef tuning,
                      Array<Problem> problems) {
        String problem = problem(document, level, step);
        if (problem == null && tuning != null) {
            problem = rules(tuning, step);
        }
        if (problem != null) {
            MapObject object = document.object(beat.objectId);
            problems.add(new Problem(document.file, beat.objectId, object.label(), "steps row " + step.line + ": "
                    + step.kind.word + ": " + problem));
        } else if (step.kind == StepKind.SPAWN) {
            level.heldBack.add(step.target);
            if (step.place != 0 && tuning != null) {
                float[] b = document.bounds(document.object(step.place));
                new SpawnClearance(tuning, document).clear(document.object(beat.objectId), tuning.characters.get("t1000"),
                        "steps row " + step.line + ": the T-1000 spawned at #" + step.place, (b[0] + b[2]) / 2f, b[1], problems);
            }
        }
    }

    private static String problem(TmxDocument document, LevelDef level, StepDef step) {
        MapObject target = step.target == 0 ? null : document.object(step.target);
        if (step.target != 0 && target == null) {
            return "no object has ID " + step.target + "; write # and the Tiled ID of an object in this map";
        }
        switch (step.kind) {
            case SPAWN:
                return step.place == 0 ? type(target, SPAWNED) : spawnedAt(document, target, step.place);
            case REMOVE:
                return type(target, REMOVED);
            case OPEN: case CLOSE:
                return type(target, List.of("door", "winch"));
            case DROP:
                return type(target, List.of("load"));
            case ALARM:
                return type(target, List.of("npc"));
            case CUT:
                return type(target, List.of("beat"));
            case OVERFLOW:
                return target.type.equals("molten-steel") && "overflow".equals(target.properties.get("kind", "pool")) ? null
                        : "#" + step.target + " must be a molten-steel object of kind overflow";
            case RUPTURE:
                return target.type.equals("nitrogen-source") && "tank".equals(target.properties.get("kind", "tank")) ? null
                        : "#" + step.target + " must be a nitrogen-source of kind tank";
            case IMPULSE:
                return target == null ? null : type(target, PUSHED);
            case FREEZE:
                return "t1000".equals(step.role) ? null : "only the T-1000 freezes: write 'freeze t1000'";
            case EXPOSE:
                return "t1000".equals(step.role) ? null : "only the T-1000's cover is blown: write 'expose t1000'";
            case MEND:
                return "t1000".equals(step.role) ? null : "only the T-1000 can be mended: write 'mend t1000'";
            case BRACE:
                return "t1000".equals(step.role) ? null : "only the T-1000 braces against knock-backs: write 'brace t1000 4'";
            case FLING: {
                if ("t1000".equals(step.role)) {
                    return "the T-1000 flings others, not itself: name controlled, john or a character of the map";
                }
                boolean thrower = false;
                for (MapObject object : document.objects) {
                    thrower |= object.type.equals("t1000-spawn");
                }
                if (!thrower) {
                    return "the T-1000 flings it, and this map has no t1000-spawn";
                }
                return "controlled".equals(step.role) ? null : ControlNames.resolve(document, step);
            }
            case CATCH: case SHUTDOWN: case HANG: case RIDE: {
                String machine = step.kind == StepKind.CATCH ? type(target, List.of("crusher"))
                        : step.kind == StepKind.HANG ? type(target, List.of("load"))
                        : step.kind == StepKind.RIDE ? type(target, List.of("parked-vehicle")) : null;
                if (machine != null || "controlled".equals(step.role)) {
                    return machine;
                }
                if ("t1000".equals(step.role)) {
                    if (step.kind == StepKind.RIDE) {
                        return "the T-1000 rides nothing here: name controlled or a character of the map";
                    }
                    return step.kind == StepKind.HANG ? "the T-1000 is not hung: name controlled or a character of the map"
                            : "the T-1000 has no arm to catch nor power to lose: name controlled or a character of the map";
                }
                return ControlNames.resolve(document, step);
            }
            case VOLLEY:
                if (target != null) {
                    String wrong = type(target, List.of("npc", "character", "crate", "load", "breakable"));
                    if (wrong != null) {
                        return wrong;
                    }
                }
                if ("t1000".equals(step.role)) {
                    for (MapObject object : document.objects) {
                        if (object.type.equals("t1000-spawn") && !object.properties.get("loadout", "").isBlank()) {
                            return null;
                        }
                    }
                    return "the T-1000 carries no gun: give its t1000-spawn a loadout (the cop's pistol), or name a"
                            + " character the player does not control";
                }
                if ("controlled".equals(step.role)) {
                    return "name a character the player does not control (john, or a character of the map), not the"
                            + " controlled one: the player pulls their own trigger";
                }
                return ControlNames.resolve(document, step);
            case HIDE: case CALL: case FOLLOW: case STAY:
                if ("controlled".equals(step.role) || "t1000".equals(step.role)) {
                    return "name a character the player does not control (john, or a character of the map), not the "
                            + step.role + ": " + (step.role.equals("t1000") ? "the T-1000 takes no orders"
                            : "the player goes where they like");
                }
                return ControlNames.resolve(document, step);
            case HOLD:
                return "controlled".equals(step.role) || "t1000".equals(step.role) ? null : ControlNames.resolve(document, step);
            case DISGUISE:
                for (MapObject object : document.objects) {
                    if (object.type.equals("t1000-spawn")) {
                        return ControlNames.resolve(document, step);
                    }
                }
                return "the map has no t1000-spawn: only the T-1000 takes on someone's look";
            case CONTROL:
                if (target != null) {
                    return type(target, List.of("npc", "character"));
                }
                if ("controlled".equals(step.role) || "t1000".equals(step.role)) {
                    return "control moves to a character of the map (its name or id) or a person (#id of an npc), not the "
                            + step.role;
                }
                return ControlNames.resolve(document, step);
            case OBJECTIVE:
                for (ObjectiveDef objective : level.objectives) {
                    if (objective.id.equals(step.word)) {
                        return null;
                    }
                }
                return "the map's objectives have no id '" + UserText.token(step.word) + "'; ids: " + ids(level);
            case CHECKPOINT:
                for (MapObject object : document.objects) {
                    if (object.type.equals("checkpoint") && object.name.equals(step.word)) {
                        return null;
                    }
                }
                return "no checkpoint is named '" + UserText.token(step.word) + "'; name a checkpoint object so";
            case MUSIC:
                return Arrays.asList(StageText.MUSIC_CUES).contains(step.word) ? null
                        : "no music cue is called '" + UserText.token(step.word) + "'; cues: " + String.join(", ", StageText.MUSIC_CUES);
            default:
                return null;
        }
    }

    /** A catch or shutdown step naming a character whose tuning can't do it; null otherwise. */
    private static String rules(TuningDef tuning, StepDef step) {
        CharacterDef def = step.role.isEmpty() || "controlled".equals(step.role) ? null : tuning.characters.get(step.role);
        if (def == null) {
            return null;
        }
        if (step.kind == StepKind.CATCH && def.cutFreeSeconds <= 0f) {
            return step.role + " can't be caught: machinery holds only characters whose tuning gives a cutFreeSeconds";
        }
        if (step.kind == StepKind.SHUTDOWN && def.shutdown == null) {
            return step.role + " has no shutdown in tuning.json (atZero: reboot and its shutdown figures): only such a"
                    + " character shuts down";
        }
        return null;
    }

    /** Spawned at a place: only the T-1000 (a person, pickup or crate is placed where the map draws it). */
    private static String spawnedAt(TmxDocument document, MapObject target, int placeId) {
        MapObject place = document.object(placeId);
        if (!target.type.equals("t1000-spawn")) {
            return "only the t1000-spawn's T-1000 can be brought in at another place (#" + target.id + " is a "
                    + UserText.token(target.type) + ": move it where it should appear, and write 'spawn #" + target.id + "')";
        }
        if (place == null) {
            return "no object has ID " + placeId + "; write 'at #' and the Tiled ID of an area or point of this map";
        }
        return place.shape == ObjectShape.POLYLINE ? "#" + placeId + " is a line; bring it in at an area or point" : null;
    }

    private static String type(MapObject target, List<String> types) {
        return types.contains(target.type) ? null
                : "#" + target.id + " is a " + UserText.token(target.type) + "; it must be one of " + String.join(", ", types);
    }

    private static String ids(LevelDef level) {
        StringBuilder ids = new StringBuilder();
        for (ObjectiveDef objective : level.objectives) {
            ids.append(ids.length() == 0 ? "" : ", ").append(objective.id);
        }
        return ids.length() == 0 ? "none" : ids.toString();
    }

    /** Some beat's step shows the objective. */
    static boolean shown(LevelDef level, String id) {
        for (BeatDef beat : level.beats) {
            for (StepDef step : beat.steps) {
                if (step.kind == StepKind.OBJECTIVE && step.word.equals(id)) {
                    return true;
                }
            }
        }
        return false;
    }
}
