package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.content.Lines;

import java.util.Arrays;

/** Checks an object's (or the map's) custom properties against its type: names, kinds, ranges, choices, references. */
final class PropertyChecker {
    private final TmxDocument document;
    private final Array<Problem> problems;
    private final Lines lines;

    PropertyChecker(TmxDocument document, Array<Problem> problems, Lines lines) {
        this.document = document;
        this.problems = problems;
        this.lines = lines;
    }

    void check(int objectId, String label, ObjectTypeDef type, ObjectMap<String, String> values,
               ObjectMap<String, String> types) {
        Array<String> known = new Array<>();
        for (PropertyDef property : type.properties) {
            known.add(property.name);
        }
        for (ObjectMap.Entry<String, String> entry : values) {
            PropertyDef property = type.property(entry.key);
            if (property == null) {
                String hint = known.isEmpty() ? "; a " + type.name + " takes no properties"
                        : DidYouMean.hint(entry.key, known);
                report(objectId, label, "unknown property '" + entry.key + "'" + hint);
            } else {
                checkValue(objectId, label, property, entry.value, types.get(entry.key, "string"));
            }
        }
        for (PropertyDef property : type.properties) {
            if (property.required() && !values.containsKey(property.name)) {
                report(objectId, label, "needs the property '" + property.name + "' (" + property.kind.tiled
                        + ": " + property.doc + ")");
            }
        }
    }

    private void checkValue(int objectId, String label, PropertyDef property, String value, String tiledType) {
        String name = "'" + property.name + "'";
        switch (property.kind) {
            case INT:
            case FLOAT: {
                float number;
                try {
                    number = Float.parseFloat(value.trim());
                } catch (NumberFormatException e) {
                    report(objectId, label, name + " must be a number, not '" + value + "'");
                    return;
                }
                if (property.kind == PropertyKind.INT && number != Math.rint(number)) {
                    report(objectId, label, name + " must be a whole number, not " + value);
                } else if (!Float.isFinite(number) || number < property.min || number > property.max) {
                    report(objectId, label, name + " is " + value + "; it must be from " + format(property.min)
                            + " to " + format(property.max));
                }
                break;
            }
            case BOOL:
                if (!value.equals("true") && !value.equals("false")) {
                    report(objectId, label, name + " must be true or false, not '" + value + "'");
                }
                break;
            case CHOICE:
                if (!Arrays.asList(property.options).contains(value)) {
                    report(objectId, label, name + " is '" + value + "'" + DidYouMean.hint(value, Arrays.asList(property.options)));
                }
                break;
            case OBJECT:
                checkReference(objectId, label, property, value, tiledType);
                break;
            case LINE: {
                String missing = value.isBlank() ? null : LineKeys.problem(lines, value.trim());
                if (missing != null) {
                    report(objectId, label, name + ": " + missing);
                }
                break;
            }
            default:
                break;
        }
    }

    private void checkReference(int objectId, String label, PropertyDef property, String value, String tiledType) {
        if (!"object".equals(tiledType)) {
            report(objectId, label, "'" + property.name + "' must be an object property (type object, then pick the object),"
                    + " not " + tiledType);
            return;
        }
        int target;
        try {
            target = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            report(objectId, label, "'" + property.name + "' must point at an object (an object id), not '" + value + "'");
            return;
        }
        if (target == 0) {
            if (property.required()) {
                report(objectId, label, "'" + property.name + "' must point at an object: " + property.doc);
            }
            return;
        }
        MapObject referenced = document.object(target);
        if (referenced == null) {
            report(objectId, label, "'" + property.name + "' points at object " + target + ", which does not exist");
        } else if (property.options.length > 0 && !Arrays.asList(property.options).contains(referenced.type)) {
            report(objectId, label, "'" + property.name + "' points at object " + target + ", a "
                    + referenced.label() + "; it must be a " + String.join(" or ", property.options));
        }
    }

    private void report(int objectId, String label, String message) {
        problems.add(new Problem(document.file, objectId, label, message));
    }

    private static String format(float value) {
        return value == (long) value ? Long.toString((long) value) : Float.toString(value);
    }
}
