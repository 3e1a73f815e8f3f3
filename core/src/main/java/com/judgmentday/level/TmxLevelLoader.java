package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.GdxRuntimeException;
import com.badlogic.gdx.utils.SerializationException;
import com.badlogic.gdx.utils.XmlReader;
import com.badlogic.gdx.utils.XmlReader.Element;
import com.judgmentday.physics.Units;

import java.util.Locale;

/**
 * Reads the gameplay of a Tiled orthogonal map (its object layers) into a {@link LevelDef}, with no GL:
 * tile layers are art and are left to the renderer. Objects are typed by Tiled's "type" (1.8) or
 * "class" (1.9+) attribute; docs/levels.md lists the types.
 */
public final class TmxLevelLoader {
    private TmxLevelLoader() {
    }

    public static LevelDef load(FileHandle file) {
        String name = file.path();
        if (!file.exists()) {
            throw new LevelException(name + ": no such level file");
        }
        Element map;
        try {
            map = new XmlReader().parse(file);
        } catch (SerializationException | GdxRuntimeException e) {
            throw new LevelException(name + ": not a readable Tiled map (" + firstLine(e) + ")");
        }
        if (map == null || !map.getName().equals("map")) {
            throw new LevelException(name + ": not a Tiled map (the root element must be <map>)");
        }
        String id = file.nameWithoutExtension();
        return read(name, id, map);
    }

    private static LevelDef read(String name, String id, Element map) {
        String where = name + ": ";
        String orientation = map.getAttribute("orientation", "orthogonal");
        if (!orientation.equals("orthogonal")) {
            throw new LevelException(where + orientation + " maps are not supported; make an orthogonal map");
        }
        if (!map.getAttribute("infinite", "0").equals("0")) {
            throw new LevelException(where + "infinite maps are not supported; untick Infinite in the map properties");
        }
        float tileWidth = TmxNumbers.required(where, map, "tilewidth", 1, 1024);
        float tileHeight = TmxNumbers.required(where, map, "tileheight", 1, 1024);
        float widthPx = TmxNumbers.required(where, map, "width", 1, 10_000) * tileWidth;
        float heightPx = TmxNumbers.required(where, map, "height", 1, 10_000) * tileHeight;
        LevelDef level = new LevelDef();
        level.id = id;
        level.source = name;
        level.width = Units.metres(widthPx);
        level.height = Units.metres(heightPx);
        level.title = property(map, "title", id);
        readLayers(name, level, heightPx, map);
        if (level.spawn(SpawnDef.Kind.PLAYER) == null) {
            throw new LevelException(where + "no player spawn; add a point object of type player-spawn");
        }
        return level;
    }

    /** Object layers, including those inside group layers; a tileset's collision shapes are not gameplay. */
    private static void readLayers(String name, LevelDef level, float mapHeightPx, Element parent) {
        for (int i = 0; i < parent.getChildCount(); i++) {
            Element child = parent.getChild(i);
            if (child.getName().equals("objectgroup")) {
                for (Element object : child.getChildrenByName("object")) {
                    readObject(name, level, mapHeightPx, object);
                }
            } else if (child.getName().equals("group")) {
                readLayers(name, level, mapHeightPx, child);
            }
        }
    }

    private static void readObject(String name, LevelDef level, float mapHeightPx, Element object) {
        int objectId = TmxNumbers.whole(name + ": object ", object, "id", 0);
        String type = object.getAttribute("type", object.getAttribute("class", ""));
        String where = name + ":" + objectId + " (" + (type.isEmpty() ? "untyped" : type) + "): ";
        float max = TmxNumbers.MAX_COORDINATE;
        if (TmxNumbers.decimal(where, object, "rotation", 0f, -360f, 360f) != 0f) {
            throw new LevelException(where + "rotated objects are not supported; set Rotation to 0");
        }
        float x = TmxNumbers.decimal(where, object, "x", 0f, -max, max);
        float y = TmxNumbers.decimal(where, object, "y", 0f, -max, max);
        float w = TmxNumbers.decimal(where, object, "width", 0f, 0f, max);
        float h = TmxNumbers.decimal(where, object, "height", 0f, 0f, max);
        switch (type) {
            case "solid":
                level.solids.add(solid(where, objectId, object, x, y, w, h, mapHeightPx));
                break;
            case "player-spawn":
            case "john-spawn":
                SpawnDef spawn = spawn(objectId, type, object, x, y, w, h, mapHeightPx);
                if (level.spawn(spawn.kind) != null) {
                    throw new LevelException(where + "a second " + type + "; a level has exactly one (the first is object "
                            + level.spawn(spawn.kind).objectId + ")");
                }
                level.spawns.add(spawn);
                break;
            case "crate":
                level.crates.add(area(where, objectId, object, x, y, w, h, mapHeightPx, "crate#" + objectId));
                break;
            case "exit":
                level.exits.add(area(where, objectId, object, x, y, w, h, mapHeightPx, object.getAttribute("name", "exit")));
                break;
            case "":
                throw new LevelException(where + "object has no type; set its Class (Tiled 1.9+) or Type to one of " + KNOWN);
            default:
                throw new LevelException(where + "unknown object type '" + type + "'; use one of " + KNOWN);
        }
    }

    private static final String KNOWN = "solid, player-spawn, john-spawn, crate, exit";
    /** Closest two outline points may be, metres; Box2D refuses closer ones. */
    private static final float MIN_EDGE = 0.01f;
    /** Smallest side of a rectangle, pixels. */
    private static final float MIN_SIDE_PX = 1f;

    private static SolidDef solid(String where, int objectId, Element object, float x, float y, float w, float h,
                                  float mapHeightPx) {
        SolidDef solid = new SolidDef();
        solid.objectId = objectId;
        Element polygon = object.getChildByName("polygon");
        Element polyline = object.getChildByName("polyline");
        if (polygon != null || polyline != null) {
            solid.closed = polygon != null;
            solid.vertices = points(where, (polygon != null ? polygon : polyline).getAttribute("points", ""), x, y, mapHeightPx);
            if (solid.vertices.length < (solid.closed ? 6 : 4)) {
                throw new LevelException(where + "a " + (solid.closed ? "polygon needs 3" : "polyline needs 2") + " points or more");
            }
            checkEdges(where, solid.vertices, solid.closed);
        } else if (object.getChildByName("ellipse") != null || object.getChildByName("point") != null) {
            throw new LevelException(where + "solids are rectangles, polygons or polylines, not ellipses or points");
        } else {
            if (w < MIN_SIDE_PX || h < MIN_SIDE_PX) {
                throw new LevelException(where + "a solid rectangle needs a width and height of at least 1 px");
            }
            float left = Units.metres(x);
            float right = Units.metres(x + w);
            float top = Units.metres(mapHeightPx - y);
            float bottom = Units.metres(mapHeightPx - y - h);
            solid.vertices = new float[] {left, bottom, right, bottom, right, top, left, top};
            solid.closed = true;
            solid.box = true;
        }
        return solid;
    }

    private static float[] points(String where, String text, float ox, float oy, float mapHeightPx) {
        String[] pairs = text.trim().split("\\s+");
        float[] vertices = new float[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            if (xy.length != 2) {
                throw new LevelException(where + "point '" + pairs[i] + "' is not x,y");
            }
            float max = TmxNumbers.MAX_COORDINATE;
            String what = "point '" + pairs[i] + "'";
            vertices[i * 2] = Units.metres(ox + TmxNumbers.parse(where, what, xy[0], -max, max));
            vertices[i * 2 + 1] = Units.metres(mapHeightPx - (oy + TmxNumbers.parse(where, what, xy[1], -max, max)));
        }
        return vertices;
    }

    /** Box2D needs outline points apart; a loop's last point counts against its first. */
    private static void checkEdges(String where, float[] v, boolean closed) {
        int count = v.length / 2;
        int edges = closed ? count : count - 1;
        for (int i = 0; i < edges; i++) {
            int j = (i + 1) % count;
            if (Math.abs(v[i * 2] - v[j * 2]) < MIN_EDGE && Math.abs(v[i * 2 + 1] - v[j * 2 + 1]) < MIN_EDGE) {
                throw new LevelException(where + "points " + (i + 1) + " and " + (j + 1)
                        + " are on top of each other; remove one of them");
            }
        }
    }

    private static SpawnDef spawn(int objectId, String type, Element object, float x, float y, float w, float h,
                                  float mapHeightPx) {
        SpawnDef spawn = new SpawnDef();
        spawn.objectId = objectId;
        boolean player = type.equals("player-spawn");
        spawn.kind = player ? SpawnDef.Kind.PLAYER : SpawnDef.Kind.JOHN;
        spawn.character = property(object, "character", player ? "t800" : "john").toLowerCase(Locale.ROOT);
        // A point stands for the feet; a rectangle's feet are at its bottom centre.
        spawn.x = Units.metres(x + w / 2f);
        spawn.y = Units.metres(mapHeightPx - y - h);
        return spawn;
    }

    private static AreaDef area(String where, int objectId, Element object, float x, float y, float w, float h,
                                float mapHeightPx, String name) {
        if (object.getChildByName("ellipse") != null || object.getChildByName("point") != null
                || object.getChildByName("polygon") != null || object.getChildByName("polyline") != null) {
            throw new LevelException(where + "must be a rectangle");
        }
        if (w < MIN_SIDE_PX || h < MIN_SIDE_PX) {
            throw new LevelException(where + "needs a rectangle with width and height of at least 1 px");
        }
        AreaDef area = new AreaDef();
        area.objectId = objectId;
        area.name = name;
        area.x = Units.metres(x);
        area.y = Units.metres(mapHeightPx - y - h);
        area.width = Units.metres(w);
        area.height = Units.metres(h);
        return area;
    }

    /** A custom property's value, or the fallback. */
    static String property(Element owner, String key, String fallback) {
        Element properties = owner.getChildByName("properties");
        if (properties == null) {
            return fallback;
        }
        Array<Element> list = properties.getChildrenByName("property");
        for (Element property : list) {
            if (key.equals(property.getAttribute("name", null))) {
                String value = property.getAttribute("value", null);
                return value != null ? value : property.getText() != null ? property.getText() : fallback;
            }
        }
        return fallback;
    }

    private static String firstLine(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
