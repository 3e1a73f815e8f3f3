package com.judgmentday.certificates;

import com.badlogic.ashley.core.Component;
import com.judgmentday.sim.DigestTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The state at one tick as named digests (32 bits each: enough to name what differs, the 64-bit state hash is what
 * says whether anything does): the run, the random generator, the stage, and each entity's components by class.
 * Made from a live {@link DigestTable} (keeping the live components, so a difference can show their values) or read
 * back from a certificate. {@link #differences} names what differs between two.
 */
public final class Snapshot {
    /** One entity: its report name, its components' digests by simple class name, and the live ones when known. */
    public record Entry(String name, TreeMap<String, Integer> parts, Map<String, Component> live) {
    }

    public int run;
    public int random;
    public int stage;
    public final TreeMap<Integer, Entry> entities = new TreeMap<>();

    /** A copy of the table (made at a mark or on a divergence, never in the hot loop). */
    public static Snapshot of(DigestTable table) {
        Snapshot snapshot = new Snapshot();
        snapshot.run = (int) table.run;
        snapshot.random = (int) table.random;
        snapshot.stage = (int) table.stage;
        for (int e = 0; e < table.entityCount(); e++) {
            TreeMap<String, Integer> parts = new TreeMap<>();
            Map<String, Component> live = new TreeMap<>();
            for (int p = table.firstPart.get(e); p < table.endPart(e); p++) {
                String name = table.partClasses.get(p).getSimpleName();
                parts.put(name, (int) table.partDigests.get(p));
                live.put(name, table.parts.get(p));
            }
            snapshot.entities.put(table.ids.get(e), new Entry(table.names.get(e), parts, live));
        }
        return snapshot;
    }

    /** A deep copy without the live components (what a certificate holds). */
    public Snapshot copy() {
        Snapshot copy = new Snapshot();
        copy.run = run;
        copy.random = random;
        copy.stage = stage;
        entities.forEach((id, entry) -> copy.entities.put(id, new Entry(entry.name, new TreeMap<>(entry.parts), Map.of())));
        return copy;
    }

    /**
     * What differs from {@code expected} to {@code actual}, one line each, at most {@code limit} lines (then how many
     * more): "entity #14 't1000' BodyComponent differs (x 10.25 vs 10.31)", values when both sides are live.
     */
    public static List<String> differences(Snapshot expected, Snapshot actual, int limit) {
        List<String> lines = new ArrayList<>();
        if (expected.run != actual.run) {
            lines.add("the run's own state differs (tick, outcome, flags, arrivals due, openings, exit reached)");
        }
        if (expected.random != actual.random) {
            lines.add("the random generator differs");
        }
        if (expected.stage != actual.stage) {
            lines.add("the stage differs (triggers, beats, objectives, framing, controls lock)");
        }
        TreeSet<Integer> ids = new TreeSet<>(expected.entities.keySet());
        ids.addAll(actual.entities.keySet());
        for (int id : ids) {
            Entry was = expected.entities.get(id);
            Entry is = actual.entities.get(id);
            if (was == null) {
                lines.add(who(id, is) + " is there only in the replay");
                continue;
            }
            if (is == null) {
                lines.add(who(id, was) + " is missing from the replay");
                continue;
            }
            TreeSet<String> names = new TreeSet<>(was.parts.keySet());
            names.addAll(is.parts.keySet());
            for (String name : names) {
                Integer one = was.parts.get(name);
                Integer other = is.parts.get(name);
                if (one == null || other == null) {
                    lines.add(who(id, is) + " " + name + (one == null ? " is there only in the replay" : " is missing from the replay"));
                } else if (!one.equals(other)) {
                    Component before = was.live.get(name);
                    Component after = is.live.get(name);
                    String values = before == null || after == null ? "" : FieldValues.differences(before, after);
                    lines.add(who(id, is) + " " + name + " differs" + (values.isEmpty() ? "" : " (" + values + ")"));
                }
            }
        }
        if (lines.size() > limit) {
            int more = lines.size() - limit;
            List<String> cut = new ArrayList<>(lines.subList(0, limit));
            cut.add("... and " + more + " more");
            return cut;
        }
        return lines;
    }

    private static String who(int id, Entry entry) {
        return "entity #" + id + " '" + entry.name + "'";
    }
}
