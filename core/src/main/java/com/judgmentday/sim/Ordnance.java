package com.judgmentday.sim;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.GasComponent;
import com.judgmentday.components.ProjectileComponent;
import com.judgmentday.content.WeaponDef;

/**
 * What launchers put into play: grenades in flight and the tear-gas clouds canisters burst into. Made through the
 * {@link EntityFactory} (its ids, its bodies), so everything with a body is still made in one place.
 */
public final class Ordnance {
    private final EntityFactory entities;

    public Ordnance(EntityFactory entities) {
        this.entities = entities;
    }

    /** A grenade leaving the launcher at (x, y) with the given velocity, its fuse lit. */
    public Entity grenade(WeaponDef def, Entity owner, float x, float y, float vx, float vy) {
        Entity entity = entities.identified(EntityKind.GRENADE, def.name + "-grenade");
        EntityFactory.withBody(entity, entities.bodies().grenade(entity, x, y, def.shellRadius, def.bounce, vx, vy));
        ProjectileComponent projectile = new ProjectileComponent();
        projectile.def = def;
        projectile.owner = owner;
        projectile.fuseTicks = def.fuseTicks;
        entity.add(projectile);
        entities.add(entity);
        return entity;
    }

    /** A cloud of tear gas where a canister burst at (x, y), hanging for the canister's gasSeconds. */
    public Entity gas(WeaponDef def, float x, float y) {
        Entity entity = entities.identified(EntityKind.GAS, def.name + "-cloud");
        GasComponent cloud = new GasComponent();
        cloud.x = x;
        cloud.y = y;
        cloud.radius = def.gasRadius;
        cloud.lasting = Math.round(def.gasSeconds * Simulation.TICKS_PER_SECOND);
        cloud.ticks = cloud.lasting;
        entity.add(cloud);
        entities.add(entity);
        return entity;
    }
}
