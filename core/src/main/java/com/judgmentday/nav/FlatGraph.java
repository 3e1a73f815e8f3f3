package com.judgmentday.nav;

import com.badlogic.gdx.utils.Array;

/**
 * A navigation graph copied into flat arrays, for route search: nodes' positions and, per node, its edges' ends and
 * costs in the graph's order. Made once per graph ({@link NavGraph#flat()}) and shared, read only, by every planner
 * and run that plans over that graph: a planner handed a new graph as a door opens makes nothing.
 */
public final class FlatGraph {
    public final int nodes;
    public final float[] nodeX;
    public final float[] nodeY;
    /** The edges leaving node n are {@code firstEdge[n]} up to {@code firstEdge[n + 1]}, in the graph's order. */
    public final int[] firstEdge;
    public final int[] edgeTo;
    public final float[] edgeCost;

    FlatGraph(NavGraph graph) {
        nodes = graph.size();
        int edges = 0;
        for (int i = 0; i < nodes; i++) {
            edges += graph.edges(graph.node(i)).size;
        }
        nodeX = new float[nodes];
        nodeY = new float[nodes];
        firstEdge = new int[nodes + 1];
        edgeTo = new int[edges];
        edgeCost = new float[edges];
        int at = 0;
        for (int i = 0; i < nodes; i++) {
            nodeX[i] = graph.node(i).x;
            nodeY[i] = graph.node(i).y;
            firstEdge[i] = at;
            Array<NavEdge> out = graph.edges(graph.node(i));
            for (int e = 0; e < out.size; e++) {
                edgeTo[at] = out.items[e].to.index;
                edgeCost[at] = out.items[e].getCost();
                at++;
            }
        }
        firstEdge[nodes] = at;
    }
}
