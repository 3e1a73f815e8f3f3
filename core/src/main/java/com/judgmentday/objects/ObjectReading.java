package com.judgmentday.objects;

import com.judgmentday.level.AreaDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectShape;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.PropertyDef;
import com.judgmentday.level.SolidDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.level.TmxDocument;
import com.judgmentday.physics.Units;

/**
 * A validated map object as its type reads it: property values with the schema's defaults (so no type repeats
 * a default), and its geometry in metres with y up.
 */
public final class ObjectReading {
    public final MapObject object;
    public final TmxDocument document;
    private final ObjectTypeDef type;

    public ObjectReading(MapObject object, TmxDocument document, ObjectTypeDef type) {
        this.object = object;
        this.document = document;
        this.type = type;
    }

    /** The raw value, or the schema's default. */
    public String text(String property) {
        PropertyDef def = type.property(property);
        if (def == null) {
            throw new IllegalArgumentException("type " + type.name + " has no property " + property + " in the schema");
        }
        return object.value(def);
    }

    public float number(String property) {
        return Float.parseFloat(text(property));
    }

    public int whole(String property) {
        return Integer.parseInt(text(property).trim());
    }

    public boolean flag(String property) {
        return Boolean.parseBoolean(text(property));
    }

    /** The object a reference property names, or null when it names none. */
    public MapObject ref(String property) {
        int id = Integer.parseInt(text(property).trim());
        return id == 0 ? null : document.object(id);
    }

    /** Its bounds in metres: left, bottom, right, top. */
    public float[] bounds() {
        return document.bounds(object);
    }

    /** Its Name, or the type and id when it has none. */
    public String nameOr(String fallback) {
        return object.name.isEmpty() ? fallback + "#" + object.id : object.name;
    }

    /** Its rectangle as an area of the given name. */
    public AreaDef area(String name) {
        float[] b = bounds();
        AreaDef area = new AreaDef();
        area.objectId = object.id;
        area.name = name;
        area.x = b[0];
        area.y = b[1];
        area.width = b[2] - b[0];
        area.height = b[3] - b[1];
        return area;
    }

    /** Its outline as ground. */
    public SolidDef solid() {
        SolidDef solid = new SolidDef();
        solid.objectId = object.id;
        solid.vertices = document.outline(object);
        solid.closed = object.shape != ObjectShape.POLYLINE;
        solid.box = object.shape == ObjectShape.RECTANGLE;
        return solid;
    }

    /** A character's entry: a point stands for the feet; a rectangle's feet are at its bottom centre. */
    public SpawnDef spawn(SpawnDef.Kind kind, String character) {
        SpawnDef spawn = new SpawnDef();
        spawn.objectId = object.id;
        spawn.kind = kind;
        spawn.character = character;
        spawn.x = feetX();
        spawn.y = feetY();
        return spawn;
    }

    public float feetX() {
        return Units.metres(object.x + object.width / 2f);
    }

    public float feetY() {
        return document.metresY(object.y + object.height);
    }
}
