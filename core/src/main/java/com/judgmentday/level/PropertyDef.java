package com.judgmentday.level;

/** One custom property an object type accepts: its kind, default, range or choices, and what it means. */
public final class PropertyDef {
    public final String name;
    public final PropertyKind kind;
    /** The value when the property is absent; null when it is required. */
    public final String defaultValue;
    public final float min;
    public final float max;
    /** For CHOICE: the accepted values. For OBJECT: the object types it may point at (empty: any). */
    public final String[] options;
    public final String doc;

    PropertyDef(String name, PropertyKind kind, String defaultValue, float min, float max, String[] options, String doc) {
        this.name = name;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.options = options;
        this.doc = doc;
    }

    public boolean required() {
        return defaultValue == null;
    }
}
