package com.judgmentday.nav;

import com.badlogic.gdx.utils.Array;

/**
 * Where a body can go in a level: nodes are standing and holding places, edges are walks, jumps, drops, climbs and
 * pours, each within the body's physical reach. Unchanged once built, so every agent and run of the level can share
 * it ({@link NavGraphCache}); what one agent avoids is its own (the planner's bans).
 */
public final class NavGraph {
    final TerrainGrid grid;
    final Array<NavNode> nodes = new Array<>(false, 256, NavNode.class);
    /** Node index per grid cell, -1 where there is none. */
    final int[] nodeAt;
    /** Its flat copy for route search, made the first time a planner asks. */
    private FlatGraph flat;

    NavGraph(TerrainGrid grid) {
        this.grid = grid;
        this.nodeAt = new int[grid.columns * grid.rows];
        java.util.Arrays.fill(nodeAt, -1);
    }

    /** The node at a grid cell, or -1. */
    public int nodeAt(int column, int row) {
        if (column < 0 || row < 0 || column >= grid.columns || row >= grid.rows) {
            return -1;
        }
        return nodeAt[column + row * grid.columns];
    }

    public NavNode node(int index) {
        return nodes.items[index];
    }

    public int size() {
        return nodes.size;
    }

    /**
     * The graph in flat arrays for route search, made once and shared by every planner over it (graphs are shared
     * between runs, on several threads: made under the graph's lock, as a planner is set up or a door opens).
     */
    public synchronized FlatGraph flat() {
        if (flat == null) {
            flat = new FlatGraph(this);
        }
        return flat;
    }

    /** The edge from one node to another, or null. */
    public NavEdge edge(int from, int to) {
        NavNode node = nodes.items[from];
        for (int i = 0; i < node.edges.size; i++) {
            if (node.edges.items[i].to.index == to) {
                return node.edges.items[i];
            }
        }
        return null;
    }

    /** Edges leaving a node, to read only (the graph is shared): for planning, drawing and tests. */
    public Array<NavEdge> edges(NavNode node) {
        return node.edges;
    }

    /**
     * The node nearest a body whose centre is at (x, feetY): the standing place under it, or the closest
     * node within a few metres. -1 when there is none near.
     */
    public int nearest(float x, float feetY) {
        int cx = grid.column(x);
        int cy = grid.row(feetY);
        for (int dy = 0; dy <= 8; dy++) {
            for (int sign = 1; sign >= -1; sign -= 2) {
                int y = cy - sign * dy;
                if (y < 0 || y >= grid.rows) {
                    continue;
                }
                for (int dx = 0; dx <= 2; dx++) {
                    for (int sx = 1; sx >= -1; sx -= 2) {
                        int x2 = cx + sx * dx;
                        if (x2 >= 0 && x2 < grid.columns && nodeAt[x2 + y * grid.columns] >= 0) {
                            return nodeAt[x2 + y * grid.columns];
                        }
                    }
                }
            }
        }
        int best = -1;
        float bestDistance = 16f;
        for (int i = 0; i < nodes.size; i++) {
            NavNode node = nodes.items[i];
            if (node.y > feetY + grid.cell * 2) {
                // A place above is no start: the body can't be there without a way up.
                continue;
            }
            float d = Math.abs(node.x - x) + Math.abs(node.y - feetY);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    public TerrainGrid grid() {
        return grid;
    }
}
