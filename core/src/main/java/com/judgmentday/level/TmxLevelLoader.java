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
        String orientation = map.getAttribute("orientation", "orthogonal");
        if (!orientation.equals("orthogonal")) {
            throw new LevelException(name + ": " + orientation + " maps are not supported; make an orthogonal map");
        }
        if (map.getIntAttribute("infinite", 0) != 0) {
            throw new LevelException(name + ": infinite maps are not supported; untick Infinite in the map properties");
        }
        float tileWidth = number(name, map, "tilewidth");
        float tileHeight = number(name, map, "tileheight");
        float widthPx = number(name, map, "width") * tileWidth;
        float heightPx = number(name, map, "height") * tileHeight;
        LevelDef level = new LevelDef();
        level.id = id;
        level.source = name;
        level.width = Units.metres(widthPx);
        level.height = Units.metres(heightPx);
        level.title = property(map, "title", id);
        for (Element group : map.getChildrenByNameRecursively("objectgroup")) {
            for (Element object : group.getChildrenByName("object")) {
                readObject(name, level, heightPx, object);
            }
        }
        if (level.spawn(SpawnDef.Kind.PLAYER) == null) {
            throw new LevelException(name + ": no player spawn; add a point object of type player-spawn");
        }
        return level;
    }

    private static void readObject(String name, LevelDef level, float mapHeightPx, Element object) {
        int objectId = object.getIntAttribute("id", 0);
        String type = object.getAttribute("type", object.getAttribute("class", ""));
        String where = name + ":" + objectId + " (" + (type.isEmpty() ? "untyped" : type) + "): ";
        if (object.getFloatAttribute("rotation", 0f) != 0f) {
            throw new LevelException(where + "rotated objects are not supported; set Rotation to 0");
        }
        float x = object.getFloatAttribute("x", 0f);
        float y = object.getFloatAttribute("y", 0f);
        float w = object.getFloatAttribute("width", 0f);
        float h = object.getFloatAttribute("height", 0f);
        switch (type) {
            case "solid":
                level.solids.add(solid(where, objectId, object, x, y, w, h, mapHeightPx));
                break;
            case "player-spawn":
            case "john-spawn":
                level.spawns.add(spawn(objectId, type, object, x, y, w, h, mapHeightPx));
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
        } else if (object.getChildByName("ellipse") != null || object.getChildByName("point") != null) {
            throw new LevelException(where + "solids are rectangles, polygons or polylines, not ellipses or points");
        } else {
            if (w <= 0f || h <= 0f) {
                throw new LevelException(where + "a solid rectangle needs a width and height above zero");
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
            try {
                vertices[i * 2] = Units.metres(ox + Float.parseFloat(xy[0]));
                vertices[i * 2 + 1] = Units.metres(mapHeightPx - (oy + Float.parseFloat(xy[1])));
            } catch (NumberFormatException e) {
                throw new LevelException(where + "point '" + pairs[i] + "' is not two numbers");
            }
        }
        return vertices;
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
        if (w <= 0f || h <= 0f) {
            throw new LevelException(where + "needs a rectangle with width and height above zero");
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

    private static float number(String name, Element map, String attribute) {
        String value = map.getAttribute(attribute, null);
        if (value == null) {
            throw new LevelException(name + ": the map has no " + attribute + " attribute; re-save it with Tiled");
        }
        try {
            float number = Float.parseFloat(value);
            if (number <= 0f) {
                throw new LevelException(name + ": map " + attribute + " must be above zero, was " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new LevelException(name + ": map " + attribute + " '" + value + "' is not a number");
        }
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
