package com.judgmentday.level;

import com.badlogic.gdx.math.Intersector;
import com.badlogic.gdx.math.Vector2;

import java.util.Locale;

/**
 * Names what stands between where a body got stuck and where it wanted to go, for the validator's "can't be
 * reached" message: the first wall, door or set of bars across the line between them, or molten steel on the
 * floor in between, or else a gap or a height too great to jump.
 */
final class Obstacles {
    private final TmxDocument document;
    private final Vector2 hit = new Vector2();

    Obstacles(TmxDocument document) {
        this.document = document;
    }

    /** What blocks the way from (x0, y0) to (x1, y1), as the end of a sentence; {@code feetY}: the body's floor. */
    String between(float x0, float y0, float x1, float y1, float feetY) {
        MapObject nearest = null;
        float nearestDistance = Float.MAX_VALUE;
        for (MapObject object : document.objects) {
            if (!blocks(object.type)) {
                continue;
            }
            float[] v = document.outline(object);
            boolean closed = object.shape != ObjectShape.POLYLINE;
            int count = v.length / 2;
            int edges = closed ? count : count - 1;
            for (int i = 0; i < edges; i++) {
                int j = (i + 1) % count;
                if (Intersector.intersectSegments(x0, y0, x1, y1, v[i * 2], v[i * 2 + 1], v[j * 2], v[j * 2 + 1], hit)) {
                    float d = hit.dst(x0, y0);
                    if (d < nearestDistance) {
                        nearestDistance = d;
                        nearest = object;
                    }
                }
            }
        }
        MapObject molten = null;
        float moltenDistance = Float.MAX_VALUE;
        for (MapObject object : document.objects) {
            float[] b = document.bounds(object);
            if (object.type.equals("molten-steel") && b[2] > Math.min(x0, x1) && b[0] < Math.max(x0, x1)
                    && b[3] >= feetY - 6f && b[1] <= feetY + 1f) {
                float distance = x1 > x0 ? Math.max(0f, b[0] - x0) : Math.max(0f, x0 - b[2]);
                if (distance < moltenDistance) {
                    moltenDistance = distance;
                    molten = object;
                }
            }
        }
        // Whichever comes first on the way: a pool on the floor ahead, or what the line toward the exit meets.
        float solidDistance = nearest == null ? Float.MAX_VALUE : Math.abs(hit.set(x1 - x0, y1 - y0).nor().x) * nearestDistance;
        if (molten != null && moltenDistance <= solidDistance) {
            return describe(molten) + " lies across the way, and no one can stand in it";
        }
        if (nearest != null) {
            return describe(nearest) + " blocks the way";
        }
        float rise = y1 - y0;
        return rise > 1f ? String.format(Locale.ROOT, "the way on is %.1f m higher, out of a jump's reach", rise)
                : "the gap on is too wide to jump";
    }

    private static boolean blocks(String type) {
        return type.equals("solid") || type.equals("door") || type.equals("bars");
    }

    private static String describe(MapObject object) {
        String name = object.name.isEmpty() ? "" : " '" + object.name + "'";
        String what;
        switch (object.type) {
            case "door":
                what = "the door" + name + " (object " + object.id + "), which stays shut (no key or switch for it can be reached before it),";
                break;
            case "bars":
                what = "the bars" + name + " (object " + object.id + "), which only the T-1000 pours through,";
                break;
            case "molten-steel":
                what = "molten steel" + name + " (object " + object.id + ")";
                break;
            default:
                what = "the " + object.type + name + " (object " + object.id + ")";
                break;
        }
        return what;
    }
}
