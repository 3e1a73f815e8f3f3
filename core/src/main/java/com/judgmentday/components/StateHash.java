package com.judgmentday.components;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntArray;
import com.badlogic.gdx.utils.LongArray;

/**
 * The state hash's accumulator: a 64-bit FNV-1a over each value's bytes, in the order they are added (cheap,
 * order-sensitive, and garbage-free, so it can run mid-game); a missing value (null) adds -1, so it differs from
 * an empty one.
 */
public final class StateHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private long value = OFFSET;

    public StateHash reset() {
        value = OFFSET;
        return this;
    }

    public long value() {
        return value;
    }

    private void mixByte(int b) {
        value ^= b & 0xff;
        value *= PRIME;
    }

    public StateHash add(int v) {
        mixByte(v);
        mixByte(v >>> 8);
        mixByte(v >>> 16);
        mixByte(v >>> 24);
        return this;
    }

    public StateHash add(long v) {
        add((int) v);
        return add((int) (v >>> 32));
    }

    /** A float by its bits, as the physics left it: any change at all shows. */
    public StateHash add(float v) {
        return add(Float.floatToIntBits(v));
    }

    public StateHash add(boolean v) {
        mixByte(v ? 1 : 0);
        return this;
    }

    public StateHash add(Enum<?> v) {
        return add(v == null ? -1 : v.ordinal());
    }

    public StateHash add(String v) {
        if (v == null) {
            return add(-1);
        }
        add(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            mixByte(c);
            mixByte(c >>> 8);
        }
        return this;
    }

    public StateHash add(float[] v) {
        if (v == null) {
            return add(-1);
        }
        add(v.length);
        for (float f : v) {
            add(f);
        }
        return this;
    }

    public StateHash add(IntArray v) {
        add(v.size);
        for (int i = 0; i < v.size; i++) {
            add(v.items[i]);
        }
        return this;
    }

    public StateHash add(LongArray v) {
        add(v.size);
        for (int i = 0; i < v.size; i++) {
            add(v.items[i]);
        }
        return this;
    }

    public StateHash addStrings(Array<String> v) {
        add(v.size);
        for (int i = 0; i < v.size; i++) {
            add(v.get(i));
        }
        return this;
    }

    public StateHash addAll(Array<? extends Hashed> v) {
        add(v.size);
        for (int i = 0; i < v.size; i++) {
            add(v.get(i));
        }
        return this;
    }

    /** A value's own state, after a marker that tells it from a missing one. */
    public StateHash add(Hashed v) {
        if (v == null) {
            return add(-1);
        }
        add(1);
        v.hash(this);
        return this;
    }

    /** Another entity, by its identity's id (the entity is hashed on its own, in id order). */
    public StateHash add(Entity v) {
        IdentityComponent identity = v == null ? null : Mappers.IDENTITY.get(v);
        return add(v == null ? -1 : identity == null ? -2 : identity.id);
    }
}
