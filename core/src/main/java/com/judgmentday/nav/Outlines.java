package com.judgmentday.nav;

import com.badlogic.gdx.math.Intersector;

/** Geometry on the outlines a map's objects are made of (flat x, y arrays in metres). */
public final class Outlines {
    private Outlines() {
    }

    /** The outline (closed: a polygon; open: a polyline) overlaps the open box. */
    public static boolean overlaps(float[] outline, boolean closed, float left, float bottom, float right, float top) {
        float[] box = {left, bottom, right, bottom, right, top, left, top};
        int count = outline.length / 2;
        for (int i = 0; i < count; i++) {
            float x = outline[i * 2];
            float y = outline[i * 2 + 1];
            if (x > left && x < right && y > bottom && y < top) {
                return true;
            }
        }
        if (closed) {
            for (int i = 0; i < 4; i++) {
                if (Intersector.isPointInPolygon(outline, 0, outline.length, box[i * 2], box[i * 2 + 1])) {
                    return true;
                }
            }
        }
        int edges = closed ? count : count - 1;
        for (int i = 0; i < edges; i++) {
            int j = (i + 1) % count;
            for (int k = 0; k < 4; k++) {
                int l = (k + 1) % 4;
                if (Intersector.intersectSegments(outline[i * 2], outline[i * 2 + 1], outline[j * 2], outline[j * 2 + 1],
                        box[k * 2], box[k * 2 + 1], box[l * 2], box[l * 2 + 1], null)) {
                    return true;
                }
            }
        }
        return false;
    }
}
