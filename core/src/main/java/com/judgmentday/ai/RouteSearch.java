package com.judgmentday.ai;

import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.nav.FlatGraph;

/**
 * gdx-ai's indexed A* ({@code IndexedAStarPathFinder} over libGDX's {@code BinaryHeap}) step for step, over the graph
 * copied into flat arrays: the same nodes expanded in the same order, the same ties broken the same way (its heap's
 * quirks included), the same float sums, so the same routes. It makes
 * no record objects and calls through no interfaces, so a search costs a third of the time and no garbage; everything
 * is sized when it is made.
 */
final class RouteSearch {
    private static final int UNVISITED = 0;
    private static final int OPEN = 1;
    private static final int CLOSED = 2;
    /** Room for a graph this share (1/ROOM) larger than the first, nodes. */
    private static final int ROOM = 4;

    /** The graph searched, in flat arrays (shared with every planner over it). */
    private FlatGraph graph;
    /** The heuristic's divisor: the fastest speed, with the planner's margin. */
    private final float pace;

    // Per node: what the search under way knows of it (valid where searchOf is the current search). Sized with room to
    // spare, so the graph a door's opening brings (a few nodes more) is searched in the same arrays.
    private int[] searchOf;
    private int[] category;
    private float[] costSoFar;
    /** Estimated total cost: the heap's value. */
    private float[] estimate;
    /** The node it was reached from, or -1 at the start. */
    private int[] cameFrom;
    private int[] heapIndex;
    /** The open list: a binary min-heap of node indices, ordered by {@link #estimate}. */
    private int[] heap;
    private int heapSize;
    private int searchId;
    /** Edges examined by the last search (gdx-ai's metrics call them visited nodes). */
    private int examined;

    /** {@code pace}: the heuristic's divisor, seconds per metre's reciprocal (the fastest speed times its margin). */
    RouteSearch(FlatGraph graph, float pace) {
        this.pace = pace;
        use(graph);
    }

    /** Searches another graph from now on (a door opened); its arrays are made again only if it has outgrown them. */
    void use(FlatGraph flat) {
        graph = flat;
        if (searchOf != null && searchOf.length >= flat.nodes) {
            return;
        }
        int room = Math.max(1, flat.nodes + flat.nodes / ROOM);
        searchOf = new int[room];
        category = new int[room];
        costSoFar = new float[room];
        estimate = new float[room];
        cameFrom = new int[room];
        heapIndex = new int[room];
        // A node is in the open list at most once at a time.
        heap = new int[room];
        // Stale marks from before could equal a later search's id: start the ids afresh with the arrays.
        searchId = 0;
    }

    /**
     * Searches from one node to another, around the edges the route bans at tick {@code now} (none when
     * {@code bans} is null), and writes the nodes into {@code out} (start first); false when there is no way.
     */
    boolean search(int start, int end, RouteComponent bans, long now, IntArray out) {
        examined = 0;
        if (++searchId < 0) {
            searchId = 1;
        }
        heapSize = 0;
        record(start);
        cameFrom[start] = -1;
        costSoFar[start] = 0;
        open(start, heuristic(start, end));
        boolean banning = bans != null && bans.bannedUntil.size > 0;
        do {
            int current = pop();
            category[current] = CLOSED;
            if (current == end) {
                path(current, out);
                return true;
            }
            float base = costSoFar[current];
            int[] firstEdge = graph.firstEdge;
            int[] edgeTo = graph.edgeTo;
            for (int e = firstEdge[current], last = firstEdge[current + 1]; e < last; e++) {
                int node = edgeTo[e];
                if (banning && banned(bans, current, node, now)) {
                    continue;
                }
                examined++;
                float nodeCost = base + graph.edgeCost[e];
                float nodeHeuristic;
                record(node);
                int state = category[node];
                if (state == CLOSED) {
                    if (costSoFar[node] <= nodeCost) {
                        continue;
                    }
                    nodeHeuristic = estimate[node] - costSoFar[node];
                } else if (state == OPEN) {
                    if (costSoFar[node] <= nodeCost) {
                        continue;
                    }
                    remove(node);
                    nodeHeuristic = estimate[node] - costSoFar[node];
                } else {
                    nodeHeuristic = heuristic(node, end);
                }
                costSoFar[node] = nodeCost;
                cameFrom[node] = current;
                open(node, nodeCost + nodeHeuristic);
            }
        } while (heapSize > 0);
        return false;
    }

    /** Edges the last search examined. */
    int examined() {
        return examined;
    }

    private float heuristic(int node, int end) {
        float[] x = graph.nodeX;
        float[] y = graph.nodeY;
        return (Math.abs(x[node] - x[end]) + Math.abs(y[node] - y[end])) / pace;
    }

    /** A node the search reaches for the first time starts unvisited. */
    private void record(int node) {
        if (searchOf[node] != searchId) {
            category[node] = UNVISITED;
            searchOf[node] = searchId;
        }
    }

    private static boolean banned(RouteComponent route, int from, int to, long now) {
        IntArray edges = route.bannedEdges;
        for (int i = 0; i < route.bannedUntil.size; i++) {
            if (edges.items[2 * i] == from && edges.items[2 * i + 1] == to && route.bannedUntil.items[i] > now) {
                return true;
            }
        }
        return false;
    }

    private void path(int end, IntArray out) {
        for (int node = end; node >= 0; node = cameFrom[node]) {
            out.add(node);
        }
        out.reverse();
    }

    private void open(int node, float value) {
        estimate[node] = value;
        heapIndex[node] = heapSize;
        heap[heapSize] = node;
        up(heapSize++);
        category[node] = OPEN;
    }

    private int pop() {
        int removed = heap[0];
        if (--heapSize > 0) {
            heap[0] = heap[heapSize];
            down(0);
        }
        return removed;
    }

    /** Takes an open node out: the last one moves into its place and sifts whichever way its value says. */
    private void remove(int node) {
        if (--heapSize > 0) {
            int index = heapIndex[node];
            int moved = heap[heapSize];
            heap[index] = moved;
            if (estimate[moved] < estimate[node]) {
                up(index);
            } else {
                down(index);
            }
        }
    }

    private void up(int index) {
        int node = heap[index];
        float value = estimate[node];
        while (index > 0) {
            int parentIndex = (index - 1) >> 1;
            int parent = heap[parentIndex];
            if (value < estimate[parent]) {
                heap[index] = parent;
                heapIndex[parent] = index;
                index = parentIndex;
            } else {
                break;
            }
        }
        heap[index] = node;
        heapIndex[node] = index;
    }

    private void down(int index) {
        int node = heap[index];
        float value = estimate[node];
        while (true) {
            int leftIndex = 1 + (index << 1);
            if (leftIndex >= heapSize) {
                break;
            }
            int rightIndex = leftIndex + 1;
            int left = heap[leftIndex];
            float leftValue = estimate[left];
            int right = -1;
            float rightValue = Float.MAX_VALUE;
            if (rightIndex < heapSize) {
                right = heap[rightIndex];
                rightValue = estimate[right];
            }
            // The smallest of the three is the parent; an equal child stays below.
            if (leftValue < rightValue) {
                if (leftValue == value || leftValue > value) {
                    break;
                }
                heap[index] = left;
                heapIndex[left] = index;
                index = leftIndex;
            } else {
                if (rightValue == value || rightValue > value) {
                    break;
                }
                heap[index] = right;
                heapIndex[right] = index;
                index = rightIndex;
            }
        }
        heap[index] = node;
        heapIndex[node] = index;
    }
}
