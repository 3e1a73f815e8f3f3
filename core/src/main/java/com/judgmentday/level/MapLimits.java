package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectIntMap;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The largest map the game takes: beyond these a level would take too long to load, navigate or simulate, so
 * the validator refuses it and says the limit (docs/levels.md lists them).
 */
final class MapLimits {
    /** Metres (a side-scrolling level of 1,000 m is twenty minutes of running). */
    static final float MAX_WIDTH = 1000f;
    static final float MAX_HEIGHT = 200f;
    static final int MAX_OBJECTS = 5000;
    /** Points in one polygon or polyline, and in all of them together. */
    static final int MAX_POINTS = 1000;
    static final int MAX_ALL_POINTS = 20_000;
    /** Loose bodies each tick steps: crates and people. */
    static final Map<String, Integer> MAX_OF_TYPE = Collections.unmodifiableSortedMap(
            new TreeMap<>(Map.of("crate", 300, "npc", 200, "pickup", 500)));

    private MapLimits() {
    }

    /** Adds a problem for each limit passed; true when the map is within all of them. */
    static boolean check(TmxDocument document, Array<Problem> problems) {
        int before = problems.size;
        if (document.widthMetres() > MAX_WIDTH || document.heightMetres() > MAX_HEIGHT) {
            problems.add(new Problem(document.file, 0, "map", "the map is " + Math.round(document.widthMetres()) + " x "
                    + Math.round(document.heightMetres()) + " m; the largest the game takes is " + Math.round(MAX_WIDTH) + " x "
                    + Math.round(MAX_HEIGHT) + " m (" + Math.round(MAX_WIDTH) + " x " + Math.round(MAX_HEIGHT)
                    + " tiles): split it into levels joined by an exit's next"));
        }
        if (document.objects.size() > MAX_OBJECTS) {
            problems.add(new Problem(document.file, 0, "map", "the map has " + document.objects.size() + " objects; the most the"
                    + " game takes is " + MAX_OBJECTS + ": split it into levels"));
        }
        ObjectIntMap<String> counts = new ObjectIntMap<>();
        int allPoints = 0;
        for (MapObject object : document.objects) {
            counts.getAndIncrement(object.type, 0, 1);
            int points = object.points == null ? 0 : object.points.length / 2;
            allPoints += points;
            if (points > MAX_POINTS) {
                problems.add(new Problem(document.file, object.id, object.label(), "its outline has " + points + " points; the"
                        + " most one may have is " + MAX_POINTS + ": simplify it, or draw it as several objects"));
            }
        }
        if (allPoints > MAX_ALL_POINTS) {
            problems.add(new Problem(document.file, 0, "map", "the map's outlines have " + allPoints + " points in all; the"
                    + " most the game takes is " + MAX_ALL_POINTS + ": simplify them"));
        }
        for (Map.Entry<String, Integer> limit : MAX_OF_TYPE.entrySet()) {
            int count = counts.get(limit.getKey(), 0);
            if (count > limit.getValue()) {
                problems.add(new Problem(document.file, 0, "map", "the map has " + count + " " + limit.getKey() + " objects; the"
                        + " most the game simulates is " + limit.getValue()));
            }
        }
        return problems.size == before;
    }
}
