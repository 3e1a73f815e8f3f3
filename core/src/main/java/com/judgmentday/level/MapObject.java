package com.judgmentday.level;

import com.badlogic.gdx.utils.ObjectMap;

/**
 * One object of a Tiled map as written, before it means anything: id, name, type, geometry in map pixels
 * (y down) and raw custom properties. The validator checks it against the {@link LevelSchema}; the
 * builder turns it into gameplay definitions.
 */
public final class MapObject {
    public int id;
    public String name = "";
    /** Tiled's Type (1.8) or Class (1.9+); empty when untyped. */
    public String type = "";
    public ObjectShape shape = ObjectShape.RECTANGLE;
    public float x;
    public float y;
    public float width;
    public float height;
    /** Polygon or polyline points relative to (x, y), in pixels: x0, y0, x1, y1, ... */
    public float[] points;
    /** Raw property values by name. */
    public final ObjectMap<String, String> properties = new ObjectMap<>();
    /** Tiled's type attribute of each property ("string" when absent). */
    public final ObjectMap<String, String> propertyTypes = new ObjectMap<>();
    /** What is wrong with the geometry as written (a number that isn't one), or null. */
    public String geometryProblem;

    /** "(type)" or "(name)" as problem lines show it. */
    public String label() {
        return !type.isEmpty() ? type : !name.isEmpty() ? name : "untyped";
    }

    /** The raw value of a property, or the schema default when absent. */
    public String value(PropertyDef property) {
        String raw = properties.get(property.name);
        return raw != null ? raw : property.defaultValue;
    }
}
