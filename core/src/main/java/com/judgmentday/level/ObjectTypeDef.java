package com.judgmentday.level;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One kind of gameplay object a level can hold: the shapes it may have and the properties it takes. */
public final class ObjectTypeDef {
    public final String name;
    public final String doc;
    public final Set<ObjectShape> shapes;
    public final List<PropertyDef> properties = new ArrayList<>();

    public ObjectTypeDef(String name, String doc, ObjectShape first, ObjectShape... rest) {
        this.name = name;
        this.doc = doc;
        this.shapes = EnumSet.of(first, rest);
    }

    /** The property of that name, or null. */
    public PropertyDef property(String propertyName) {
        for (PropertyDef property : properties) {
            if (property.name.equals(propertyName)) {
                return property;
            }
        }
        return null;
    }

    public ObjectTypeDef text(String propertyName, String defaultValue, String propertyDoc) {
        properties.add(new PropertyDef(propertyName, PropertyKind.STRING, defaultValue, 0, 0, new String[0], propertyDoc));
        return this;
    }

    /** A line of dialogue by its key in the lines file; empty by default (no line). */
    public ObjectTypeDef line(String propertyName, String propertyDoc) {
        properties.add(new PropertyDef(propertyName, PropertyKind.LINE, "", 0, 0, new String[0], propertyDoc));
        return this;
    }

    public ObjectTypeDef choice(String propertyName, String defaultValue, String propertyDoc, String... choices) {
        properties.add(new PropertyDef(propertyName, PropertyKind.CHOICE, defaultValue, 0, 0, choices, propertyDoc));
        return this;
    }

    public ObjectTypeDef number(String propertyName, String defaultValue, float min, float max, String propertyDoc) {
        properties.add(new PropertyDef(propertyName, PropertyKind.FLOAT, defaultValue, min, max, new String[0], propertyDoc));
        return this;
    }

    public ObjectTypeDef whole(String propertyName, String defaultValue, int min, int max, String propertyDoc) {
        properties.add(new PropertyDef(propertyName, PropertyKind.INT, defaultValue, min, max, new String[0], propertyDoc));
        return this;
    }

    public ObjectTypeDef flag(String propertyName, boolean defaultValue, String propertyDoc) {
        properties.add(new PropertyDef(propertyName, PropertyKind.BOOL, Boolean.toString(defaultValue), 0, 0, new String[0],
                propertyDoc));
        return this;
    }

    /** An object reference; {@code defaultValue} "0" means optional (no object). */
    public ObjectTypeDef ref(String propertyName, String defaultValue, String propertyDoc, String... targetTypes) {
        properties.add(new PropertyDef(propertyName, PropertyKind.OBJECT, defaultValue, 0, 0, targetTypes, propertyDoc));
        return this;
    }
}
