package com.judgmentday.support;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.Box2D;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.FloatArray;
import com.badlogic.gdx.utils.GdxNativesLoader;
import com.badlogic.gdx.utils.IntArray;
import com.badlogic.gdx.utils.LongArray;
import com.judgmentday.components.Hashed;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.NotState;
import com.judgmentday.components.StateHash;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds gameplay state a {@link Hashed} type leaves out of its hash: on a fresh instance it varies each field in
 * turn (numbers, booleans, enums, strings, arrays and collections of them, other entities, a Box2D body, and the
 * fields of values it holds) and expects the hash to change, unless the field is marked {@link NotState} with a reason.
 */
public final class StateFieldChecker {
    private static final int MAX_DEPTH = 4;
    private final Set<String> problems = new LinkedHashSet<>();
    private final List<World> worlds = new ArrayList<>();
    private Hashed root;

    private StateFieldChecker() {
    }

    /** What is wrong with the type's hashing, one sentence each naming class and field and what to do; empty when all is well. */
    public static List<String> problems(Class<?> type) {
        StateFieldChecker checker = new StateFieldChecker();
        try {
            checker.checkRoot(type);
        } finally {
            checker.worlds.forEach(World::dispose);
        }
        return List.copyOf(checker.problems);
    }

    private void checkRoot(Class<?> type) {
        Object instance;
        try {
            instance = make(type, 0);
        } catch (ReflectiveOperationException | RuntimeException e) {
            problems.add(type.getSimpleName() + ": the check can't make one (" + e + "); give it a constructor without arguments");
            return;
        }
        if (!(instance instanceof Hashed hashed)) {
            problems.add(type.getSimpleName() + " does not implement Hashed: add hash(StateHash out) feeding every field");
            return;
        }
        root = hashed;
        checkFields(instance, type.getSimpleName(), 0);
    }

    private void checkFields(Object holder, String path, int depth) {
        if (depth > MAX_DEPTH) {
            problems.add(path + ": values nest too deep for the check; hash them flatter or mark the field @NotState(\"why\")");
            return;
        }
        for (Field field : instanceFields(holder.getClass())) {
            String where = path + "." + field.getName();
            NotState mark = field.getAnnotation(NotState.class);
            if (mark != null) {
                if (mark.value().isBlank()) {
                    problems.add(where + ": @NotState needs a reason saying why the field is not gameplay state");
                }
                continue;
            }
            try {
                field.setAccessible(true);
                vary(holder, field, where, depth);
            } catch (ReflectiveOperationException | RuntimeException e) {
                problems.add(where + ": the check failed to vary it (" + e + ")");
            }
        }
    }

    private static List<Field> instanceFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        fields.sort(Comparator.comparing(Field::getName));
        return fields;
    }

    private void vary(Object holder, Field field, String where, int depth) throws ReflectiveOperationException {
        Class<?> type = field.getType();
        Object value = field.get(holder);
        if (isScalar(type)) {
            expectChange(where, () -> set(field, holder, varied(type, value)));
        } else if (type == Entity.class) {
            expectChange(where, () -> set(field, holder, entity(7)));
            expectChange(where, () -> set(field, holder, entity(8)));
        } else if (type == Body.class) {
            varyBody(holder, field, where);
        } else if (type.isArray() && isScalar(type.getComponentType())) {
            expectChange(where, () -> set(field, holder, grown(type.getComponentType(), value)));
            expectChange(where, () -> {
                Object array = field.get(holder);
                Array.set(array, 0, varied(type.getComponentType(), Array.get(array, 0)));
            });
        } else if (value instanceof IntArray ints) {
            expectChange(where, () -> ints.add(1));
            expectChange(where, () -> ints.set(0, 2));
        } else if (value instanceof LongArray longs) {
            expectChange(where, () -> longs.add(1L));
            expectChange(where, () -> longs.set(0, 2L));
        } else if (value instanceof FloatArray floats) {
            expectChange(where, () -> floats.add(1f));
            expectChange(where, () -> floats.set(0, 2f));
        } else if (value instanceof com.badlogic.gdx.utils.Array<?> || value instanceof Collection<?>) {
            varyElements(value, elementType(field), where, depth);
        } else if (value != null && type.getName().startsWith("com.judgmentday.") && !type.isEnum()) {
            checkFields(value, where, depth + 1);
        } else {
            problems.add(where + " (" + type.getSimpleName() + "): the check can't vary this type; hash it through"
                    + " numbers, booleans, enums, strings or entities and let the check see them, or mark it"
                    + " @NotState(\"why\") if it is not gameplay state (a definition, a body helper, a cache)");
        }
    }

    @SuppressWarnings("unchecked")
    private void varyElements(Object collection, Class<?> elementType, String where, int depth)
            throws ReflectiveOperationException {
        if (elementType == null) {
            problems.add(where + ": the check can't tell what the collection holds; declare its element type");
            return;
        }
        Object element = isScalar(elementType) ? varied(elementType, null) : make(elementType, 0);
        if (collection instanceof com.badlogic.gdx.utils.Array<?> array) {
            expectChange(where, () -> ((com.badlogic.gdx.utils.Array<Object>) array).add(element));
            if (isScalar(elementType)) {
                expectChange(where, () -> ((com.badlogic.gdx.utils.Array<Object>) array).set(0, varied(elementType, element)));
            }
        } else {
            expectChange(where, () -> ((Collection<Object>) collection).add(element));
        }
        if (!isScalar(elementType)) {
            checkFields(element, where + "[0]", depth + 1);
        }
    }

    private static Class<?> elementType(Field field) {
        if (field.getGenericType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private void varyBody(Object holder, Field field, String where) {
        GdxNativesLoader.load();
        Box2D.init();
        World world = new World(new Vector2(0f, -10f), true);
        worlds.add(world);
        BodyDef def = new BodyDef();
        def.type = BodyDef.BodyType.DynamicBody;
        Body body = world.createBody(def);
        expectChange(where, () -> set(field, holder, body));
        expectChange(where + " (awake)", () -> body.setAwake(false));
        body.setAwake(true);
        expectChange(where + " (x)", () -> body.setTransform(1f, 0f, 0f));
        expectChange(where + " (y)", () -> body.setTransform(1f, 2f, 0f));
        expectChange(where + " (angle)", () -> body.setTransform(1f, 2f, 0.5f));
        expectChange(where + " (velocity x)", () -> body.setLinearVelocity(3f, 0f));
        expectChange(where + " (velocity y)", () -> body.setLinearVelocity(3f, 4f));
        expectChange(where + " (spin)", () -> body.setAngularVelocity(1f));
        expectChange(where + " (active)", () -> body.setActive(false));
    }

    private void expectChange(String where, Change change) {
        long before = hash();
        try {
            change.run();
        } catch (ReflectiveOperationException e) {
            problems.add(where + ": the check failed to vary it (" + e + ")");
            return;
        }
        if (hash() == before) {
            problems.add(where + " is not in the state hash: feed it into " + root.getClass().getSimpleName()
                    + ".hash(StateHash), or mark it @NotState(\"why\") if it is not gameplay state");
        }
    }

    private long hash() {
        StateHash out = new StateHash();
        root.hash(out);
        return out.value();
    }

    private static boolean isScalar(Class<?> type) {
        return type.isPrimitive() || type == String.class || type.isEnum() || Number.class.isAssignableFrom(type)
                || type == Boolean.class || type == Character.class;
    }

    /** A value of the type that differs from the one given (null: any value). */
    private static Object varied(Class<?> type, Object value) {
        if (type == boolean.class || type == Boolean.class) {
            return value == null || !((Boolean) value);
        }
        if (type == String.class) {
            return value == null ? "x" : value + "x";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            int next = value == null ? 0 : ((Enum<?>) value).ordinal() + 1;
            return next < constants.length ? constants[next] : constants.length > 1 ? constants[0] : null;
        }
        if (type == char.class || type == Character.class) {
            return (char) (value == null ? 'x' : (Character) value + 1);
        }
        double number = value == null ? 0 : ((Number) value).doubleValue();
        double other = number == 0 || Double.isNaN(number) ? 1 : -number;
        if (type == float.class || type == Float.class) {
            return (float) other;
        }
        if (type == double.class || type == Double.class) {
            return other;
        }
        long whole = value == null ? 1 : ((Number) value).longValue() + 1;
        if (type == int.class || type == Integer.class) {
            return (int) whole;
        }
        if (type == long.class || type == Long.class) {
            return whole;
        }
        return type == short.class || type == Short.class ? (Object) (short) whole : (Object) (byte) whole;
    }

    /** An array of one more element than the one given, its new element set. */
    private static Object grown(Class<?> elementType, Object array) {
        int length = array == null ? 0 : Array.getLength(array);
        Object bigger = Array.newInstance(elementType, length + 1);
        if (array != null) {
            System.arraycopy(array, 0, bigger, 0, length);
        }
        Array.set(bigger, length, varied(elementType, null));
        return bigger;
    }

    private static Entity entity(int id) {
        IdentityComponent identity = new IdentityComponent();
        identity.id = id;
        Entity entity = new Entity();
        entity.add(identity);
        return entity;
    }

    private static void set(Field field, Object holder, Object value) throws IllegalAccessException {
        field.set(holder, value);
    }

    /** A fresh instance: by its constructor without arguments, or its shortest one, with fresh arguments. */
    private static Object make(Class<?> type, int depth) throws ReflectiveOperationException {
        if (depth > MAX_DEPTH) {
            throw new InstantiationException(type.getSimpleName() + " nests too deep to make");
        }
        Constructor<?> shortest = null;
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (shortest == null || constructor.getParameterCount() < shortest.getParameterCount()) {
                shortest = constructor;
            }
        }
        if (shortest == null) {
            throw new InstantiationException(type.getSimpleName() + " has no constructor");
        }
        Object[] arguments = new Object[shortest.getParameterCount()];
        Class<?>[] parameters = shortest.getParameterTypes();
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = isScalar(parameters[i]) ? varied(parameters[i], null) : make(parameters[i], depth + 1);
        }
        shortest.setAccessible(true);
        return shortest.newInstance(arguments);
    }

    /** One variation of a field, which may reach it by reflection. */
    private interface Change {
        void run() throws ReflectiveOperationException;
    }
}
