package com.judgmentday.objects;

import com.judgmentday.sim.EntityFactory;

/** One object of a level as its type read it: the pair the population step walks, in map order. */
public final class PlacedObject {
    public final ObjectType<?> type;
    public final Object def;

    <D> PlacedObject(ObjectType<D> type, D def) {
        this.type = type;
        this.def = def;
    }

    @SuppressWarnings("unchecked")
    public void populate(EntityFactory factory) {
        ((ObjectType<Object>) type).populate(def, factory);
    }
}
