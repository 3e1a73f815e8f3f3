package com.judgmentday.nav;

import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.HeatDef;
import com.judgmentday.content.TuningDef;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.function.Supplier;

/**
 * One level's navigation graphs, each built once when first asked for and then shared by every run, agent and thread
 * that plays the level (a graph is never changed once built). Owned by the level's definition, so a map loaded again
 * gets graphs of its own; keyed by everything a graph is built from besides the map: the body's figures, whether it
 * pours, gravity, the heat figures, and the doors counted open. Safe to use from several threads: a graph is built by
 * the first thread to ask, the others wait for it; the same key makes the same graph whoever builds it.
 */
public final class NavGraphCache {
    /** Graphs kept per level, the least recently used given up first (the validator opens doors one by one). */
    public static final int MAX_GRAPHS = 12;
    /**
     * Places to stand kept per level, in all its graphs (a shipped level's graph has under 1,000; the biggest a map
     * may make, {@link NavGraphBuilder#MAX_NODES}, about 100 MB): past it the least recently used are given up.
     */
    public static final long MAX_NODES_KEPT = 2L * NavGraphBuilder.MAX_NODES;

    private final LinkedHashMap<Key, Slot> slots = new LinkedHashMap<>(16, 0.75f, true);
    private final int maxGraphs;
    private final long maxNodes;
    private int builds;

    public NavGraphCache() {
        this(MAX_GRAPHS, MAX_NODES_KEPT);
    }

    /** A cache keeping at most {@code maxGraphs} graphs and {@code maxNodes} places to stand in them. */
    NavGraphCache(int maxGraphs, long maxNodes) {
        this.maxGraphs = maxGraphs;
        this.maxNodes = maxNodes;
    }

    /** The graph for that key, built by {@code build} unless already built. */
    NavGraph get(Key key, Supplier<NavGraph> build) {
        Slot slot;
        synchronized (slots) {
            slot = slots.computeIfAbsent(key, k -> new Slot());
        }
        NavGraph graph = slot.get(build, this);
        synchronized (slots) {
            trim(slot);
        }
        return graph;
    }

    /**
     * Gives up the least recently used graphs while there are too many, or too big: never {@code keep}, nor one still
     * being built (another thread would build it again, to the same result).
     */
    private void trim(Slot keep) {
        long nodes = 0;
        int built = 0;
        for (Slot slot : slots.values()) {
            nodes += slot.nodes();
            built += slot.graph == null ? 0 : 1;
        }
        Iterator<Slot> eldest = slots.values().iterator();
        while ((built > maxGraphs || nodes > maxNodes) && eldest.hasNext()) {
            Slot slot = eldest.next();
            if (slot != keep && slot.graph != null) {
                built--;
                nodes -= slot.nodes();
                eldest.remove();
            }
        }
    }

    /** Graphs kept now. */
    public int size() {
        synchronized (slots) {
            return slots.size();
        }
    }

    /** Graphs built so far (not found already built). */
    public int builds() {
        synchronized (slots) {
            return builds;
        }
    }

    private void built() {
        synchronized (slots) {
            builds++;
        }
    }

    /** The key for a body's graph with these doors (map object ids) open. */
    static Key key(CharacterDef body, TuningDef tuning, boolean liquid, IntArray openDoors) {
        HeatDef heat = tuning.heat;
        float[] figures = {body.width, body.height, body.squeezeHeight, body.runSpeed, body.jumpSpeed, body.climbSpeed,
            body.burnAbove, tuning.gravity, heat.ambient, heat.airCoupling, heat.immersionCoupling, heat.radiantCoupling,
            heat.radiantRange, liquid ? 1f : 0f};
        int[] open = openDoors.toArray();
        Arrays.sort(open);
        return new Key(figures, open);
    }

    /** What a graph depends on besides the map; compared by value. */
    static final class Key {
        private final float[] figures;
        private final int[] open;
        private final int hash;

        Key(float[] figures, int[] open) {
            this.figures = figures;
            this.open = open;
            this.hash = 31 * Arrays.hashCode(figures) + Arrays.hashCode(open);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Arrays.equals(figures, ((Key) other).figures)
                    && Arrays.equals(open, ((Key) other).open);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A graph built at most once; a build that fails (a map too big) is tried again by the next to ask. */
    private static final class Slot {
        /** Written once by the building thread; read under the cache's lock after the build, or by the slot's. */
        private volatile NavGraph graph;

        synchronized NavGraph get(Supplier<NavGraph> build, NavGraphCache owner) {
            if (graph == null) {
                graph = build.get();
                owner.built();
            }
            return graph;
        }

        /** Places to stand in the graph, 0 while it is being built. */
        long nodes() {
            NavGraph built = graph;
            return built == null ? 0 : built.size();
        }
    }
}
