package com.judgmentday.stage;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.UserText;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Simulation;

import java.util.Locale;

/**
 * Reads a map's {@code objectives} property: one objective a row, {@code [later] id: kind [arguments] [| words on
 * screen]}, where kind is reach [exit name], melt, count N event, survive seconds, protect character, dont-shoot
 * character, or no-casualties.
 */
final class ObjectiveText {
    private ObjectiveText() {
    }

    static Array<ObjectiveDef> parse(String text, Array<String> problems) {
        Array<ObjectiveDef> objectives = new Array<>();
        String[] rows = text.split("\r?\n", -1);
        if (rows.length > StageText.MAX_ROWS) {
            problems.add("objectives: " + rows.length + " rows; a map holds at most " + StageText.MAX_ROWS);
            return objectives;
        }
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].trim();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            ObjectiveDef objective = new ObjectiveDef();
            objective.line = i + 1;
            String problem = read(objective, row);
            if (problem == null) {
                for (ObjectiveDef other : objectives) {
                    if (other.id.equals(objective.id)) {
                        problem = "the id '" + objective.id + "' is used twice; give each objective its own";
                    }
                }
            }
            if (problem != null) {
                problems.add("objectives row " + (i + 1) + ": " + problem);
            } else {
                objectives.add(objective);
            }
        }
        return objectives;
    }

    private static String read(ObjectiveDef objective, String row) {
        int bar = row.indexOf('|');
        objective.text = bar < 0 ? "" : row.substring(bar + 1).trim();
        String head = (bar < 0 ? row : row.substring(0, bar)).trim();
        if (head.startsWith("later ")) {
            objective.later = true;
            head = head.substring("later ".length()).trim();
        }
        int colon = head.indexOf(':');
        if (colon <= 0) {
            return "write 'id: kind [arguments] | words', for instance 'out: reach loading bay | Get John out'";
        }
        objective.id = head.substring(0, colon).trim();
        if (!objective.id.matches("[a-z0-9][a-z0-9-]*")) {
            return "the id '" + UserText.token(objective.id) + "' may hold only a-z, 0-9 and dashes";
        }
        String[] words = head.substring(colon + 1).trim().split("\\s+");
        String kind = words[0].toLowerCase(Locale.ROOT);
        switch (kind) {
            case "reach":
                objective.kind = ObjectiveDef.Kind.REACH;
                objective.arg = head.substring(colon + 1).trim().substring(kind.length()).trim();
                return objective.text.isEmpty() ? fill(objective, objective.arg.isEmpty() ? "Reach the exit" : "Reach " + objective.arg) : null;
            case "melt":
                objective.kind = ObjectiveDef.Kind.MELT;
                return words.length != 1 ? "write 'melt' alone" : fill(objective, "Melt the T-1000");
            case "count": {
                objective.kind = ObjectiveDef.Kind.COUNT;
                Float n = words.length >= 3 ? StageText.number(words[1]) : null;
                if (n == null || n < 1 || n > 100000 || n != Math.floor(n)) {
                    return "write 'count <1 to 100000> <event> [about what]', for instance 'count 3 breakable.broken'"
                            + " or 'count 1 beat.finished the epilogue'";
                }
                objective.count = Math.round(n);
                // Only the events about this (a beat's, exit's or door's name), as a trigger's 'what' has it.
                objective.arg = String.join(" ", java.util.Arrays.copyOfRange(words, 3, words.length));
                EventType[] type = new EventType[1];
                String problem = StageText.event(words[2], type);
                objective.event = type[0];
                return problem != null ? problem : fill(objective, objective.count + " x " + words[2]
                        + (objective.arg.isEmpty() ? "" : " " + objective.arg));
            }
            case "survive": {
                objective.kind = ObjectiveDef.Kind.SURVIVE;
                Float seconds = words.length == 2 ? StageText.number(words[1]) : null;
                if (seconds == null || seconds <= 0 || seconds > 3600) {
                    return "write 'survive <seconds, up to 3600>'";
                }
                objective.ticks = Math.round(seconds * Simulation.TICKS_PER_SECOND);
                return fill(objective, "Survive " + words[1] + " s");
            }
            case "protect":
                objective.kind = ObjectiveDef.Kind.PROTECT;
                if (words.length != 2) {
                    return "write 'protect <john, sarah or t800>'";
                }
                objective.arg = words[1];
                return fill(objective, "Keep " + words[1] + " alive");
            case "dont-shoot":
                objective.kind = ObjectiveDef.Kind.DONT_SHOOT;
                if (words.length != 2) {
                    return "write 'dont-shoot <a character of the map: sarah, t800 or john>'";
                }
                objective.arg = words[1];
                return fill(objective, "Don't shoot " + words[1]);
            case "no-casualties":
                objective.kind = ObjectiveDef.Kind.NO_CASUALTIES;
                return words.length != 1 ? "write 'no-casualties' alone" : fill(objective, "No casualties");
            default:
                return "no objective kind is called '" + UserText.token(kind)
                        + "'; kinds: reach, melt, count, survive, protect, dont-shoot, no-casualties";
        }
    }

    private static String fill(ObjectiveDef objective, String words) {
        if (objective.text.isEmpty()) {
            objective.text = words;
        }
        return null;
    }
}
