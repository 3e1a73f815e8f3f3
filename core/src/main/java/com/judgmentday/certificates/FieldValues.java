package com.judgmentday.certificates;

import com.badlogic.ashley.core.Component;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.BodyComponent;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The values that differ between two live copies of a component, for a divergence report: its public fields of
 * plain types (numbers, flags, names, enums) and, for a body, its position, angle and velocity. Only called on a
 * difference, so reflection's cost never reaches the hot loop.
 */
final class FieldValues {
    /** Values shown per component; the rest are counted. */
    private static final int SHOWN = 4;

    private FieldValues() {
    }

    static String differences(Component one, Component other) {
        List<String> found = new ArrayList<>();
        if (one instanceof BodyComponent a && other instanceof BodyComponent b && a.body != null && b.body != null) {
            body(found, a.body, b.body);
        }
        for (Field field : one.getClass().getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || !plain(field.getType())) {
                continue;
            }
            try {
                Object a = field.get(one);
                Object b = field.get(other);
                if (!Objects.equals(a, b)) {
                    found.add(field.getName() + " " + show(a) + " vs " + show(b));
                }
            } catch (IllegalAccessException e) {
                // A public field of a public class: always readable; if not, it is simply not shown.
            }
        }
        if (found.size() > SHOWN) {
            int more = found.size() - SHOWN;
            found = new ArrayList<>(found.subList(0, SHOWN));
            found.add(more + " more");
        }
        return String.join(", ", found);
    }

    private static void body(List<String> found, Body a, Body b) {
        compare(found, "body x", a.getPosition().x, b.getPosition().x);
        compare(found, "body y", a.getPosition().y, b.getPosition().y);
        compare(found, "body angle", a.getAngle(), b.getAngle());
        compare(found, "body vx", a.getLinearVelocity().x, b.getLinearVelocity().x);
        compare(found, "body vy", a.getLinearVelocity().y, b.getLinearVelocity().y);
    }

    private static void compare(List<String> found, String name, float a, float b) {
        if (Float.floatToIntBits(a) != Float.floatToIntBits(b)) {
            found.add(name + " " + show(a) + " vs " + show(b));
        }
    }

    private static boolean plain(Class<?> type) {
        return type.isPrimitive() || type == String.class || type.isEnum();
    }

    /** Floats as Java writes them: the shortest text that reads back to the same bits, so a tiny change shows. */
    private static String show(Object value) {
        return String.valueOf(value);
    }
}
