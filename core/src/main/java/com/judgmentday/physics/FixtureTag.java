package com.judgmentday.physics;

import com.badlogic.ashley.core.Entity;

/** User data of every fixture: its entity and its role. */
public final class FixtureTag {
    public final Entity entity;
    public final FixtureRole role;

    public FixtureTag(Entity entity, FixtureRole role) {
        this.entity = entity;
        this.role = role;
    }
}
