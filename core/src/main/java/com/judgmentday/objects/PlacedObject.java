package com.judgmentday.objects;

import com.judgmentday.sim.EntityFactory;

/** One object of a level as its type read it: the pair the population step walks, in map order. */
public final class PlacedObject {
    public final ObjectType<?> type;
    public final Object def;
    /** The Tiled object id it came from (0 for one made by hand): what a beat's steps name. */
    public final int objectId;

    <D> PlacedObject(ObjectType<D> type, D def, int objectId) {
        this.type = type;
        this.def = def;
        this.objectId = objectId;
    }

    @SuppressWarnings("unchecked")
    public void populate(EntityFactory factory) {
        ((ObjectType<Object>) type).populate(def, factory);
    }
}
