package com.judgmentday.stage;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.Lines;
import com.judgmentday.content.UserText;
import com.judgmentday.events.EventType;
import com.judgmentday.level.LineKeys;
import com.judgmentday.sim.Simulation;

import java.util.Locale;

/**
 * Reads the small text formats of the stage: a beat's {@code steps} (one step a row: {@code say john.who-are-you},
 * {@code wait 1.5}) and a map's {@code objectives} (one a row: {@code out: reach loading bay | Get John out}).
 * Every mistake is one message naming its row and what to write instead.
 */
public final class StageText {
    /** Characters a step may name instead of an object. */
    public static final String[] ROLES = {"controlled", "john", "t1000"};
    /** The music a beat may cue: the game's loops, or stop. */
    public static final String[] MUSIC_CUES = {"chase", "finale", "menu", "stop"};
    /** A beat may hold at most this many steps, and a map this many objectives. */
    public static final int MAX_ROWS = 200;
    private static final float MAX_SECONDS = 600f;
    /** What a meter step shows fits the HUD's status line in this many characters. */
    private static final int METER_TEXT = 32;
    /** The fastest a fling throws a body, m/s: faster tunnels through walls. */
    private static final float MAX_FLING = 20f;
    /** How long the T-1000 poses when a disguise step names no time, seconds. */
    private static final float DISGUISE_SECONDS = 6f;

    private StageText() {
    }

    /** The steps of a beat; problems go to {@code problems}, one per bad row. */
    public static Array<StepDef> steps(String text, Lines lines, Array<String> problems) {
        Array<StepDef> steps = new Array<>();
        String[] rows = text.split("\r?\n", -1);
        if (rows.length > MAX_ROWS) {
            problems.add("steps: " + rows.length + " rows; a beat holds at most " + MAX_ROWS + ": split it into beats");
            return steps;
        }
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].trim();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] words = row.split("\\s+");
            StepKind kind = StepKind.byWord(words[0].toLowerCase(Locale.ROOT));
            String where = "steps row " + (i + 1) + ": ";
            if (kind == null) {
                problems.add(where + "no step is called '" + UserText.token(words[0]) + "'; steps: " + kinds());
                continue;
            }
            StepDef step = new StepDef();
            step.kind = kind;
            step.line = i + 1;
            String problem = read(step, words, lines);
            if (problem != null) {
                problems.add(where + kind.word + ": " + problem);
            } else {
                steps.add(step);
            }
        }
        if (steps.isEmpty() && problems.isEmpty()) {
            problems.add("steps: the beat has no steps; write one a row, for instance 'say john.who-are-you'");
        }
        return steps;
    }

    /** Fills a step from its row's words; the problem in words, or null. */
    private static String read(StepDef step, String[] words, Lines lines) {
        switch (step.kind) {
            case SAY:
                if (words.length < 2 || words.length > 3) {
                    return "write 'say <line key> [seconds]'";
                }
                step.word = words[1];
                String missing = LineKeys.problem(lines, step.word);
                if (missing != null) {
                    return missing;
                }
                step.speaker = lines.speaker(step.word);
                step.text = lines.words(step.word);
                return seconds(step, words, 2, lines.readingSeconds(step.word));
            case CAMERA:
                if (words.length < 2 || words.length > 4) {
                    return "write 'camera <#object or controlled, john, t1000> [zoom] [seconds]'";
                }
                String target = target(step, words[1]);
                if (target != null) {
                    return target;
                }
                if (words.length > 2) {
                    Float zoom = number(words[2]);
                    if (zoom == null || zoom < 0.25f || zoom > 4f) {
                        return "the zoom '" + UserText.token(words[2]) + "' must be a number from 0.25 to 4";
                    }
                    step.zoom = zoom;
                }
                return seconds(step, words, 3, 2f);
            case LOCK:
                return words.length > 2 ? "write 'lock [seconds]'" : seconds(step, words, 1, 1f);
            case WAIT:
                return words.length != 2 ? "write 'wait <seconds>'" : seconds(step, words, 1, 0f);
            case METER: {
                if (words.length < 3) {
                    return "write 'meter <seconds> <what it shows>' (JOHN'S BIKE STARTING)";
                }
                step.text = String.join(" ", java.util.Arrays.copyOfRange(words, 2, words.length));
                if (step.text.length() > METER_TEXT) {
                    return "what it shows is " + step.text.length() + " characters; at most " + METER_TEXT + " fit the HUD";
                }
                String time = seconds(step, words, 1, 0f);
                return time != null ? time : step.ticks == 0 ? "the time must be more than 0 seconds" : null;
            }
            case UNLOCK:
                return words.length != 1 ? "write 'unlock' alone" : null;
            case SPAWN:
                if (words.length == 4 && words[2].equals("at") && words[1].startsWith("#") && words[3].startsWith("#")) {
                    String problem = target(step, words[3]);
                    step.place = step.target;
                    return problem != null ? problem : target(step, words[1]);
                }
                if (words.length != 2 || !words[1].startsWith("#")) {
                    return "write 'spawn #<object id>' (the Tiled ID of the object), or 'spawn #<t1000-spawn id> at"
                            + " #<area or point id>' to bring the T-1000 in somewhere else";
                }
                return target(step, words[1]);
            case REMOVE: case OPEN: case CLOSE: case OVERFLOW: case RUPTURE: case DROP: case CUT: case ALARM:
                if (words.length != 2 || !words[1].startsWith("#")) {
                    return "write '" + step.kind.word + " #<object id>' (the Tiled ID of the object)";
                }
                return target(step, words[1]);
            case FREEZE:
                return words.length != 2 ? "write 'freeze t1000'" : target(step, words[1]);
            case EXPOSE:
                return words.length != 2 ? "write 'expose t1000'" : target(step, words[1]);
            case MEND:
                return words.length != 2 ? "write 'mend t1000'" : target(step, words[1]);
            case BRACE: {
                Float times = words.length == 3 ? number(words[2]) : null;
                if (times == null || times < 0 || times > 20 || times != Math.floor(times)) {
                    return "write 'brace t1000 <knock-backs in a row, 1 to 20; 0: never>'";
                }
                step.count = Math.round(times);
                return target(step, words[1]);
            }
            case FLING: {
                Float speed = words.length == 3 ? number(words[2]) : null;
                if (speed == null || speed < 1f || speed > MAX_FLING) {
                    return "write 'fling <character: controlled, john, or a character's id> <m/s, 1 to " + (int) MAX_FLING
                            + ">' (the T-1000 hurls it away from itself)";
                }
                step.x = speed;
                character(step, words[1]);
                return null;
            }
            case IMPULSE: {
                if (words.length != 4) {
                    return "write 'impulse <#object or controlled, john, t1000> <x> <y>' (N·s, y up)";
                }
                Float x = number(words[2]);
                Float y = number(words[3]);
                if (x == null || y == null || Math.abs(x) > 100000f || Math.abs(y) > 100000f) {
                    return "the impulse must be two numbers from -100000 to 100000 N·s";
                }
                step.x = x;
                step.y = y;
                return target(step, words[1]);
            }
            case CATCH: case HANG: case RIDE:
                if (words.length != 3 || !words[2].startsWith("#")) {
                    return "write '" + step.kind.word + " <character: controlled, or a character's name or id> #<"
                            + (step.kind == StepKind.CATCH ? "crusher" : step.kind == StepKind.HANG ? "load"
                            : "parked-vehicle") + " id>'";
                }
                character(step, words[1]);
                return target(step, words[2]);
            case SHUTDOWN:
                if (words.length < 2) {
                    return "write 'shutdown <character: controlled, or a character's name or id> [cause]'";
                }
                character(step, words[1]);
                step.text = words.length > 2 ? String.join(" ", java.util.Arrays.copyOfRange(words, 2, words.length)) : "a beat";
                return step.text.length() > 40 ? "the cause is at most 40 characters (it shows in reports)" : null;
            case HIDE:
                if (words.length < 3 || !words[words.length - 1].startsWith("#")) {
                    return "write 'hide <character: john, or a character's name or id> #<object id>' (where it hides:"
                            + " an area or point of the map)";
                }
                character(step, String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1)));
                return target(step, words[words.length - 1]);
            case VOLLEY:
                return volley(step, words);
            case STAY:
                if (words.length < 2) {
                    return "write 'stay <character: john, or a character's name or id> [#<object id>]' (with a place, it"
                            + " runs there first: an area or point of the map)";
                }
                if (words.length > 2 && words[words.length - 1].startsWith("#")) {
                    character(step, String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1)));
                    return target(step, words[words.length - 1]);
                }
                character(step, String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)));
                return null;
            case CALL: case FOLLOW:
                if (words.length < 2) {
                    return "write '" + step.kind.word + " <character: john, or a character's name or id>'";
                }
                character(step, String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)));
                return null;
            case HOLD:
                if (words.length < 2 || words.length > 3) {
                    return "write 'hold <character: controlled, t1000, john, or a character's id> [seconds]'";
                }
                character(step, words[1]);
                return seconds(step, words, 2, 1f);
            case DISGUISE:
                return disguise(step, words);
            case CONTROL:
                if (words.length < 2) {
                    return "write 'control <a character's name or id: sarah, t800, john; or #npc id>'";
                }
                if (!words[1].startsWith("#") && !java.util.Arrays.asList(ROLES).contains(words[1])) {
                    // A placed character's name (it may hold spaces) or id: the map's checks find whom it names.
                    step.word = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
                    return null;
                }
                return words.length != 2 ? "write 'control #<npc id>' or 'control john' alone" : target(step, words[1]);
            case CHECKPOINT:
                if (words.length < 2) {
                    return "write 'checkpoint <name>' (a checkpoint object's Name)";
                }
                step.word = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
                return null;
            case OBJECTIVE: case MUSIC:
                if (words.length != 2) {
                    return "write '" + step.kind.word + " <" + (step.kind == StepKind.OBJECTIVE ? "objective id" : "cue")
                            + ">'";
                }
                step.word = words[1];
                return null;
            default:
                return "unknown step";
        }
    }

    /** {@code disguise t1000 <character's name or id> [seconds]}: the name may hold spaces, the seconds come last. */
    private static String disguise(StepDef step, String[] words) {
        if (words.length < 3 || !"t1000".equals(words[1])) {
            return "write 'disguise t1000 <a character's name or id, for instance sarah> [seconds, " + (int) DISGUISE_SECONDS + " if none]'";
        }
        int last = words.length - 1;
        boolean timed = words.length > 3 && number(words[last]) != null;
        step.word = String.join(" ", java.util.Arrays.copyOfRange(words, 2, timed ? last : words.length));
        String problem = seconds(step, words, timed ? last : words.length, DISGUISE_SECONDS);
        return problem == null && step.ticks == 0 ? "the pose must last more than 0 seconds" : problem;
    }

    /**
     * {@code volley <character> <mark: t1000, controlled, john or #id> [shots]}: the character (a name or id without
     * spaces) fires at the mark, one shot to a hundred (one if none).
     */
    private static String volley(StepDef step, String[] words) {
        if (words.length < 3 || words.length > 4) {
            return "write 'volley <character: a character's id, or john> <mark: t1000, controlled, john or #id> [shots]'";
        }
        character(step, words[1]);
        step.count = 1;
        if (words.length == 4) {
            Float shots = number(words[3]);
            if (shots == null || shots < 1f || shots > 100f || shots != Math.floor(shots)) {
                return "the shots '" + UserText.token(words[3]) + "' must be a whole number from 1 to 100";
            }
            step.count = Math.round(shots);
        }
        if (words[2].startsWith("#")) {
            return target(step, words[2]);
        }
        if (!java.util.Arrays.asList(ROLES).contains(words[2])) {
            return "the mark '" + UserText.token(words[2]) + "' must be t1000, controlled, john or #<object id>";
        }
        step.text = words[2];
        return null;
    }

    /** The character a step acts on: the controlled one, or a name the map's checks resolve (see ControlNames). */
    private static void character(StepDef step, String word) {
        if (java.util.Arrays.asList(ROLES).contains(word)) {
            step.role = word;
        } else {
            step.word = word;
        }
    }

    private static String target(StepDef step, String word) {
        if (word.startsWith("#")) {
            Float id = number(word.substring(1));
            if (id == null || id < 1 || id != Math.floor(id) || id > Integer.MAX_VALUE) {
                return "'" + UserText.token(word) + "' is not an object id; write # and the Tiled ID, for instance #12";
            }
            step.target = Math.round(id);
            return null;
        }
        for (String role : ROLES) {
            if (role.equals(word)) {
                step.role = role;
                return null;
            }
        }
        return "'" + UserText.token(word) + "' names nothing; write # and a Tiled object ID, or one of controlled, john, t1000";
    }

    private static String seconds(StepDef step, String[] words, int index, float fallback) {
        float seconds = fallback;
        if (words.length > index) {
            Float value = number(words[index]);
            if (value == null || value < 0f || value > MAX_SECONDS) {
                return "the time '" + UserText.token(words[index]) + "' must be seconds from 0 to " + (int) MAX_SECONDS;
            }
            seconds = value;
        }
        step.ticks = Math.round(seconds * Simulation.TICKS_PER_SECOND);
        return null;
    }

    static Float number(String word) {
        try {
            float value = Float.parseFloat(word);
            return Float.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Every step's word, for messages. */
    public static String kinds() {
        StringBuilder all = new StringBuilder();
        for (StepKind kind : StepKind.values()) {
            all.append(all.length() == 0 ? "" : ", ").append(kind.word);
        }
        return all.toString();
    }

    /** The map's objectives; problems go to {@code problems}, one per bad row. */
    public static Array<ObjectiveDef> objectives(String text, Array<String> problems) {
        return ObjectiveText.parse(text, problems);
    }

    /** The event type of a report id, or a problem in words. */
    static String event(String id, EventType[] into) {
        EventType type = EventType.byId(id);
        if (type == null) {
            return "no event is called '" + UserText.token(id) + "'; docs/reports.md lists them (t1000.frozen, casualty, ...)";
        }
        into[0] = type;
        return null;
    }
}
