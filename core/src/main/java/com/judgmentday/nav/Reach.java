package com.judgmentday.nav;

import com.badlogic.gdx.utils.IntArray;

import java.util.Arrays;

/**
 * Everywhere a body can get to from one place in a navigation graph (breadth first over its edges), and the way
 * back from any place reached: what the validator asks of a map, for the player, John and each checkpoint.
 */
public final class Reach {
    private final NavGraph graph;
    /** The node each reached node was first reached from; -2 where it was not reached, -1 at the start. */
    private final int[] cameFrom;
    private final IntArray queue = new IntArray();

    public Reach(NavGraph graph) {
        this.graph = graph;
        this.cameFrom = new int[graph.size()];
    }

    /** Searches from {@code start}; {@code throughFire}: whether standing in fire is allowed on the way. */
    public Reach from(int start, boolean throughFire) {
        return from(start, throughFire, true);
    }

    /** As {@link #from(int, boolean)}; {@code overMolten}: whether leaps over molten steel are taken. */
    public Reach from(int start, boolean throughFire, boolean overMolten) {
        Arrays.fill(cameFrom, -2);
        queue.clear();
        if (start < 0) {
            return this;
        }
        cameFrom[start] = -1;
        queue.add(start);
        for (int head = 0; head < queue.size; head++) {
            NavNode node = graph.node(queue.get(head));
            for (int i = 0; i < node.edges.size; i++) {
                NavEdge edge = node.edges.items[i];
                NavNode to = edge.to;
                if (cameFrom[to.index] == -2 && (throughFire || to.fire < 0) && (overMolten || !edge.overMolten())) {
                    cameFrom[to.index] = node.index;
                    queue.add(to.index);
                }
            }
        }
        return this;
    }

    public boolean reached(int node) {
        return cameFrom[node] != -2;
    }

    /** The node the search came to this one from; -1 at the start. */
    public int cameFrom(int node) {
        return cameFrom[node];
    }

    /** Nodes reached, in the order they were found. */
    public IntArray reachedNodes() {
        return queue;
    }
}
