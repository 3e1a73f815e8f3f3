package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** Who an entity is: a stable id (creation order), its kind and a name for reports and events. */
public final class IdentityComponent implements Component, Hashed {
    public int id;
    public EntityKind kind;
    /** Report name, for instance "t800", "john" or "crate#7" (the Tiled object id). */
    public String name;

    @Override
    public void hash(StateHash out) {
        out.add(id).add(kind).add(name);
    }
}
