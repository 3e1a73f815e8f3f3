package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectMap;
import com.badlogic.gdx.utils.IntSet;
import com.judgmentday.content.Lines;
import com.badlogic.gdx.utils.ObjectIntMap;
import com.judgmentday.content.TuningDef;
import com.judgmentday.objects.ObjectType;
import com.judgmentday.objects.ObjectTypes;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells a designer everything wrong with a map at once, one {@link Problem} per line: types, shapes,
 * properties, placement, the spawns the level needs, references, checkpoint names, and whether the exit
 * can be reached with the player's jump.
 */
public final class LevelValidator {
    /** Pixels per metre the maps are drawn at (one 32 px tile is a metre). */
    static final float SCALE_PX = 32f;
    /** Closest two outline points may be, metres; Box2D refuses closer ones. */
    static final float MIN_EDGE = 0.01f;
    private final ObjectTypes types = ObjectTypes.standard();
    private final LevelSchema schema = types.schema();
    private final TuningDef tuning;
    private final Lines lines;
    /** The map being validated (the validator is used by one thread at a time). */
    private TmxDocument currentDocument;

    /** The schema's types the game does not build yet (the validator refuses them). */
    public static Set<String> notSimulated() {
        Set<String> names = new TreeSet<>();
        for (ObjectType<?> type : ObjectTypes.standard().all()) {
            if (type.notSimulated() != null) {
                names.add(type.name());
            }
        }
        return names;
    }

    public LevelValidator(TuningDef tuning) {
        this(tuning, Lines.standard());
    }

    /** A validator whose beats' say steps must name a key of {@code lines}. */
    public LevelValidator(TuningDef tuning, Lines lines) {
        this.tuning = tuning;
        this.lines = lines;
    }

    public Array<Problem> validate(TmxDocument document) {
        currentDocument = document;
        Array<Problem> problems = new Array<>();
        PropertyChecker properties = new PropertyChecker(document, problems, lines);
        properties.check(0, "map", schema.mapProperties(), document.properties, document.propertyTypes);
        if (document.tileWidth != SCALE_PX || document.tileHeight != SCALE_PX) {
            problems.add(new Problem(document.file, 0, "map", "tiles are " + fmt(document.tileWidth) + " x "
                    + fmt(document.tileHeight) + " px, but the game's scale is 32 px to a metre: make the map with 32 x 32 tiles"));
        }
        if (!MapLimits.check(document, problems)) {
            // Checking more of a map this big could take minutes; the limits are what to fix first.
            return problems;
        }
        checkIds(document, problems);
        checkLoadout(document, problems);
        StorySoFar.check(document.properties, tuning, document.file, 0, "map", problems);
        Array<String> typeNames = new Array<>();
        for (ObjectTypeDef type : schema.types()) {
            typeNames.add(type.name);
        }
        boolean terrainSound = true;
        boolean hazardsSound = true;
        for (MapObject object : document.objects) {
            boolean sound = checkObject(document, object, typeNames, properties, problems);
            terrainSound &= sound || !Reachability.TERRAIN.contains(object.type);
            hazardsSound &= sound || !HazardWarnings.READS.contains(object.type);
        }
        checkSpawns(document, problems);
        checkCheckpoints(document, problems);
        NextLevels.check(document, problems);
        StageReader.check(document, lines, tuning, problems, unsoundStage(problems));
        // The search needs sound terrain and a clear (first) player spawn; other mistakes don't stop it.
        if (terrainSound && firstPlayerSpawnSound(document, problems)) {
            new Reachability(document, tuning).check(problems);
        }
        if (hazardsSound) {
            new HazardWarnings(document, tuning).check(problems);
        }
        return problems;
    }

    /** Every weapon the map's loadout names must be one the tuning defines. */
    private void checkLoadout(TmxDocument document, Array<Problem> problems) {
        String loadout = document.properties.get("loadout", "").trim();
        if (loadout.isEmpty()) {
            return;
        }
        Array<String> known = new ObjectMap.Keys<>(tuning.weapons).toArray();
        for (String entry : loadout.split("\\s*,\\s*")) {
            int colon = entry.indexOf(':');
            String weapon = colon < 0 ? entry : entry.substring(0, colon);
            if (!tuning.weapons.containsKey(weapon)) {
                problems.add(new Problem(document.file, 0, "map", "loadout: no weapon is called '" + weapon + "'"
                        + DidYouMean.hint(weapon, known) + " (weapons: " + known.toString(", ") + ")"));
            } else if (colon >= 0 && !entry.substring(colon + 1).matches("[1-9][0-9]{0,2}")) {
                problems.add(new Problem(document.file, 0, "map", "loadout: '" + entry + "' must give its rounds as a "
                        + "whole number from 1 to 999 after the colon (m79:1 is one grenade)"));
            }
        }
    }

    /** Triggers and beats already found wrong (types, numbers, choices): the stage's own checks pass them by. */
    private IntSet unsoundStage(Array<Problem> problems) {
        IntSet unsound = new IntSet();
        for (Problem problem : problems) {
            MapObject object = currentDocument.object(problem.objectId);
            if (object != null && (object.type.equals("trigger") || object.type.equals("beat"))) {
                unsound.add(object.id);
            }
        }
        return unsound;
    }

    private static boolean firstPlayerSpawnSound(TmxDocument document, Array<Problem> problems) {
        for (MapObject object : document.objects) {
            if (object.type.equals("player-spawn")) {
                for (Problem problem : problems) {
                    if (problem.objectId == object.id) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Checks one object on its own; true when it is sound enough for the level-wide checks. */
    private boolean checkObject(TmxDocument document, MapObject object, Array<String> typeNames,
                                PropertyChecker properties, Array<Problem> problems) {
        String label = object.label();
        if (object.type.isEmpty()) {
            if (object.shape == ObjectShape.TILE || object.shape == ObjectShape.TEXT) {
                return true;
            }
            problems.add(problem(document, object, TypeAdvice.missing(object, typeNames)));
            return false;
        }
        ObjectType<?> objectType = types.type(object.type);
        ObjectTypeDef type = objectType == null ? null : objectType.schema();
        if (type == null) {
            problems.add(problem(document, object, TypeAdvice.unknown(object, typeNames)));
            return false;
        }
        if (object.geometryProblem != null) {
            problems.add(problem(document, object, object.geometryProblem));
            return false;
        }
        if (objectType.notSimulated() != null) {
            problems.add(problem(document, object, "type " + object.type + " is not simulated yet: the game would not build it;"
                    + " " + objectType.notSimulated()));
            return false;
        }
        if (!type.shapes.contains(object.shape)) {
            problems.add(problem(document, object, article(type.name) + " must be " + shapes(type) + ", not "
                    + article(object.shape)));
            return false;
        }
        int before = problems.size;
        properties.check(object.id, label, type, object.properties, object.propertyTypes);
        if (object.shape == ObjectShape.RECTANGLE && (object.width < 1f || object.height < 1f)) {
            problems.add(problem(document, object, "its rectangle must be at least 1 px wide and high"));
        }
        if (object.points != null) {
            checkOutline(document, object, problems);
        }
        objectType.check(object, document, problems);
        objectType.check(object, tuning, document, problems);
        float[] b = document.bounds(object);
        float w = document.widthMetres();
        float h = document.heightMetres();
        if (b[0] < -MIN_EDGE || b[1] < -MIN_EDGE || b[2] > w + MIN_EDGE || b[3] > h + MIN_EDGE) {
            problems.add(problem(document, object, "lies outside the map; move it inside the " + fmt(w) + " x " + fmt(h)
                    + " m map"));
        }
        return problems.size == before;
    }

    private void checkOutline(TmxDocument document, MapObject object, Array<Problem> problems) {
        float[] v = document.outline(object);
        boolean closed = object.shape == ObjectShape.POLYGON;
        int count = v.length / 2;
        if (count < (closed ? 3 : 2)) {
            problems.add(problem(document, object, "a " + (closed ? "polygon needs 3" : "polyline needs 2") + " points or more"));
            return;
        }
        int edges = closed ? count : count - 1;
        for (int i = 0; i < edges; i++) {
            int j = (i + 1) % count;
            if (Math.abs(v[i * 2] - v[j * 2]) < MIN_EDGE && Math.abs(v[i * 2 + 1] - v[j * 2 + 1]) < MIN_EDGE) {
                problems.add(problem(document, object, "points " + (i + 1) + " and " + (j + 1)
                        + " are on top of each other; remove one of them"));
                return;
            }
        }
    }

    /** Whether the objectives ask for an exit: a reach goal, or none written (reach an exit is the default). */
    private static boolean wonAtAnExit(String objectives) {
        if (objectives.isBlank()) {
            return true;
        }
        for (String row : objectives.split("\n")) {
            String head = row.split("\\|", 2)[0];
            int colon = head.indexOf(':');
            String[] words = head.substring(colon + 1).trim().split("\\s+");
            if (colon > 0 && words[0].toLowerCase(Locale.ROOT).equals("reach")) {
                return true;
            }
        }
        return false;
    }

    private void checkSpawns(TmxDocument document, Array<Problem> problems) {
        MapObject player = null;
        for (MapObject object : document.objects) {
            if (object.type.equals("player-spawn")) {
                if (player == null) {
                    player = object;
                } else {
                    problems.add(problem(document, object, "a second player-spawn; a level has exactly one (the first is object "
                            + player.id + ")"));
                }
            }
        }
        if (player == null) {
            problems.add(new Problem(document.file, 0, "map", "no player-spawn; add a point object of type player-spawn"));
        }
        if (count(document, "exit") == 0 && wonAtAnExit(document.properties.get("objectives", ""))) {
            problems.add(new Problem(document.file, 0, "map", "no exit, so the level can't be won; add a rectangle of type exit"
                    + " where it ends"));
        }
        String needs = document.properties.get("needs", schema.mapProperties().property("needs").defaultValue)
                .toLowerCase(Locale.ROOT);
        for (String need : needs.split(",")) {
            String spawn = need.trim();
            if (spawn.isEmpty()) {
                continue;
            }
            if (!spawn.equals("john") && !spawn.equals("t1000")) {
                problems.add(new Problem(document.file, 0, "map", "map property needs lists '" + spawn
                        + "'" + DidYouMean.hint(spawn, java.util.List.of("john", "t1000"))));
            } else if (count(document, spawn + "-spawn") == 0) {
                problems.add(new Problem(document.file, 0, "map", "no " + spawn + "-spawn, and the map needs one (map property"
                        + " needs: " + needs + "); add one or take " + spawn + " out of needs"));
            }
        }
        for (MapObject object : document.objects) {
            boolean placesSomeone = object.type.endsWith("-spawn") || object.type.equals("checkpoint")
                    || object.type.equals("character");
            if (placesSomeone && schema.type(object.type) != null && object.geometryProblem == null) {
                new SpawnClearance(tuning, document).check(object, problems);
            }
        }
    }

    private void checkIds(TmxDocument document, Array<Problem> problems) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (MapObject object : document.objects) {
            if (!seen.add(object.id)) {
                problems.add(problem(document, object, "object id " + object.id + " is used twice; Tiled gives every object"
                        + " its own id, so copy objects in Tiled rather than in the file"));
            }
        }
    }

    private void checkCheckpoints(TmxDocument document, Array<Problem> problems) {
        ObjectIntMap<String> seen = new ObjectIntMap<>();
        for (MapObject object : document.objects) {
            if (!object.type.equals("checkpoint")) {
                continue;
            }
            if (object.name.isBlank()) {
                problems.add(problem(document, object, "a checkpoint needs a Name (players and --checkpoint use it)"));
            } else if (seen.containsKey(object.name)) {
                problems.add(problem(document, object, "checkpoint name '" + object.name + "' is already used by object "
                        + seen.get(object.name, 0) + "; names must be unique"));
            } else {
                seen.put(object.name, object.id);
            }
        }
    }

    private static int count(TmxDocument document, String type) {
        int count = 0;
        for (MapObject object : document.objects) {
            if (object.type.equals(type)) {
                count++;
            }
        }
        return count;
    }

    private static Problem problem(TmxDocument document, MapObject object, String message) {
        return new Problem(document.file, object.id, object.label(), message);
    }

    private static String shapes(ObjectTypeDef type) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (ObjectShape shape : type.shapes) {
            out.append(i == 0 ? "" : i == type.shapes.size() - 1 ? " or " : ", ").append(article(shape));
            i++;
        }
        return out.toString();
    }

    private static String article(ObjectShape shape) {
        return article(shape.name().toLowerCase(Locale.ROOT));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String fmt(float value) {
        return value == (long) value ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
