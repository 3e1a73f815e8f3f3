package com.judgmentday.level;

import java.util.ArrayList;
import java.util.List;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.physics.Units;

/**
 * A Tiled map as read from disk: its size, properties, gameplay objects, tilesets and tile layers, with
 * pixel-to-metre helpers.
 */
public final class TmxDocument {
    /** The file as messages name it. */
    public String file;
    /** The file it was read from (for files it names, like an exit's next map); null when made by hand. */
    public FileHandle source;
    /** The level id: the file name without .tmx. */
    public String id;
    public float tileWidth;
    public float tileHeight;
    public float widthPx;
    public float heightPx;
    public final ObjectMap<String, String> properties = new ObjectMap<>();
    public final ObjectMap<String, String> propertyTypes = new ObjectMap<>();
    /** In map order; a plain list, so checks may loop over it inside each other. */
    public final List<MapObject> objects = new ArrayList<>();
    /** In map order. */
    public final List<TilesetDef> tilesets = new ArrayList<>();
    /** In drawing order, bottom first (Tiled's Layers view read from the bottom up). */
    public final List<TileLayerDef> tileLayers = new ArrayList<>();

    /** The tileset a gid (without flip bits) belongs to, as Tiled finds it: the last one starting at or before it. */
    public TilesetDef tileset(int gid) {
        TilesetDef found = null;
        for (int i = 0; i < tilesets.size(); i++) {
            TilesetDef tileset = tilesets.get(i);
            if (tileset.firstGid <= gid && (found == null || tileset.firstGid > found.firstGid)) {
                found = tileset;
            }
        }
        return found;
    }

    /** Map x in pixels to metres. */
    public float metresX(float px) {
        return Units.metres(px);
    }

    /** Map y in pixels (down) to metres (up). */
    public float metresY(float px) {
        return Units.metres(heightPx - px);
    }

    /** The object with that id, or null. */
    public MapObject object(int id) {
        for (MapObject object : objects) {
            if (object.id == id) {
                return object;
            }
        }
        return null;
    }

    /** An object's outline in metres (y up): a rectangle's four corners or the polygon/polyline points. */
    public float[] outline(MapObject object) {
        if (object.points != null) {
            float[] v = new float[object.points.length];
            for (int i = 0; i < v.length; i += 2) {
                v[i] = metresX(object.x + object.points[i]);
                v[i + 1] = metresY(object.y + object.points[i + 1]);
            }
            return v;
        }
        float left = metresX(object.x);
        float right = metresX(object.x + object.width);
        float top = metresY(object.y);
        float bottom = metresY(object.y + object.height);
        return new float[] {left, bottom, right, bottom, right, top, left, top};
    }

    /** Bounds in metres as {minX, minY, maxX, maxY}; a point has no extent. */
    public float[] bounds(MapObject object) {
        float[] v = outline(object);
        float[] b = {v[0], v[1], v[0], v[1]};
        for (int i = 2; i < v.length; i += 2) {
            b[0] = Math.min(b[0], v[i]);
            b[1] = Math.min(b[1], v[i + 1]);
            b[2] = Math.max(b[2], v[i]);
            b[3] = Math.max(b[3], v[i + 1]);
        }
        return b;
    }

    public float widthMetres() {
        return Units.metres(widthPx);
    }

    public float heightMetres() {
        return Units.metres(heightPx);
    }
}
