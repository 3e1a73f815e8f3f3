package com.judgmentday.sim;

import com.badlogic.ashley.core.Component;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntArray;
import com.badlogic.gdx.utils.LongArray;

/**
 * The state hash taken apart: a digest of the run's own state (tick, outcome, flags), of the random generator and of
 * the stage, then one per component of every entity in id order, so a difference between two runs can be named.
 * Filled by {@link StateHasher#digest}; its arrays are kept between fills, so taking it again makes no garbage.
 */
public final class DigestTable {
    public long run;
    public long random;
    public long stage;
    /** Per entity, in id order: its id, report name and the index of its first part. */
    public final IntArray ids = new IntArray();
    public final Array<String> names = new Array<>();
    public final IntArray firstPart = new IntArray();
    /** Per component, entity by entity (class names sorted within an entity): the component, its class and digest. */
    public final Array<Component> parts = new Array<>(false, 64, Component.class);
    public final Array<Class<?>> partClasses = new Array<>();
    public final LongArray partDigests = new LongArray();

    void clear() {
        ids.clear();
        names.clear();
        firstPart.clear();
        parts.clear();
        partClasses.clear();
        partDigests.clear();
    }

    public int entityCount() {
        return ids.size;
    }

    /** Where entity {@code e}'s parts end (exclusive). */
    public int endPart(int e) {
        return e + 1 < firstPart.size ? firstPart.get(e + 1) : partDigests.size;
    }

    /** The entity with this id, as an index, or -1. */
    public int indexOf(int id) {
        int low = 0;
        int high = ids.size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int at = ids.get(mid);
            if (at == id) {
                return mid;
            }
            if (at < id) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }
}
