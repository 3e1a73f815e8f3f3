package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.SizeComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HeatComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.content.HeatDef;
import com.judgmentday.level.HazardDef;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.CollisionBits;

/**
 * Ruptures nitrogen tanks struck hard enough, spreads and boils away nitrogen spills, then moves every
 * body's temperature toward what surrounds it: the air, a liquid it stands in, the vapour over a spill,
 * and molten steel's glow.
 */
public final class HeatSystem extends EntitySystem {
    /** How far below its source a spill looks for the floor, metres. */
    private static final float FLOOR_SEARCH = 30f;
    /** A character counts as standing in a liquid when its feet are this close above its surface, metres. */
    private static final float WADE = 0.05f;

    /** Spilt liquid runs past people, crates and through grates; only solid ground holds it. */
    private static final short LIQUIDS_PASS = CollisionBits.CHARACTER | CollisionBits.PROP | CollisionBits.BARS;

    private final HeatDef heat;
    private final World world;
    private final EventLog events;
    private final ClosestHit hit = new ClosestHit();
    private ImmutableArray<Entity> hazards;
    private ImmutableArray<Entity> bodies;

    public HeatSystem(int priority, HeatDef heat, World world, EventLog events) {
        super(priority);
        this.heat = heat;
        this.world = world;
        this.events = events;
    }

    @Override
    public void addedToEngine(Engine engine) {
        hazards = engine.getEntitiesFor(Family.all(HazardComponent.class, ZoneComponent.class).get());
        bodies = engine.getEntitiesFor(Family.all(HeatComponent.class, TransformComponent.class)
                .one(CharacterComponent.class, SizeComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        for (int i = 0; i < hazards.size(); i++) {
            Entity hazard = hazards.get(i);
            HazardComponent h = Mappers.HAZARD.get(hazard);
            if (h.intactTank() && h.struckImpulse > 0f) {
                rupture(hazard, h);
            }
            if (h.spilling) {
                spill(h, Mappers.ZONE.get(hazard), deltaTime);
            }
            if (h.periodTicks > 0) {
                h.cycleTick = (h.cycleTick + 1) % h.periodTicks;
            }
        }
        for (int i = 0; i < bodies.size(); i++) {
            exchange(bodies.get(i), deltaTime);
        }
    }

    /** A tank struck hard enough this tick ruptures and starts to spill; lighter blows are forgotten. */
    private void rupture(Entity hazard, HazardComponent h) {
        if (h.struckImpulse >= h.ruptureImpulse) {
            h.spilling = true;
            events.event(EventType.TANK_RUPTURED).who(Mappers.IDENTITY.get(hazard)).what(Mappers.IDENTITY.get(hazard).name)
                    .amount(h.litres).at(h.tankX + h.tankWidth / 2f, h.tankY + h.tankHeight / 2f)
                    .detail(Math.round(h.struckImpulse) + " N*s, " + Math.round(h.litres) + " litres").emit();
        }
        h.struckImpulse = 0f;
    }

    /** Runs the spill's edges (liquid nitrogen, or an overflow of molten steel) along the floor toward the width its litres cover, and boils litres away. */
    private void spill(HazardComponent h, ZoneComponent zone, float dt) {
        if (!h.planned) {
            plan(h, zone);
        }
        // Nitrogen boils away; an overflow of molten steel cools and sets into the floor.
        float loss = h.kind == HazardDef.Kind.NITROGEN ? heat.evaporationLitresPerSecond : heat.solidifyLitresPerSecond;
        h.litres = Math.max(0f, h.litres - loss * dt);
        float room = h.rightWall - h.leftWall;
        float wanted = Math.min(room, heat.spillWidth(h.litres));
        // Centred on the source, shifted where a wall stops one side so the volume runs the other way.
        float left = Math.max(h.leftWall, Math.min(h.sourceX - wanted / 2f, h.rightWall - wanted));
        float right = left + wanted;
        float step = heat.spreadSpeed * dt;
        float x0 = approach(zone.x, left, step);
        float x1 = approach(zone.x + zone.width, right, step);
        zone.x = x0;
        zone.width = Math.max(0f, x1 - x0);
        zone.y = h.floorY;
        zone.height = h.litres > 0f ? heat.spillDepth : 0f;
        if (h.litres == 0f && zone.width == 0f) {
            h.spilling = false;
        }
    }

    /** Finds the floor under the source and the walls either side of it, once, when the spill starts. */
    private void plan(HazardComponent h, ZoneComponent zone) {
        h.planned = true;
        h.floorY = hit.cast(world, null, LIQUIDS_PASS, h.sourceX, h.sourceY + 0.05f, h.sourceX, h.sourceY - FLOOR_SEARCH)
                ? hit.point.y : h.sourceY;
        float y = h.floorY + heat.spillDepth / 2f;
        float reach = heat.spillWidth(h.litres);
        h.leftWall = hit.cast(world, null, LIQUIDS_PASS, h.sourceX, y, h.sourceX - reach, y) ? hit.point.x : h.sourceX - reach;
        h.rightWall = hit.cast(world, null, LIQUIDS_PASS, h.sourceX, y, h.sourceX + reach, y) ? hit.point.x : h.sourceX + reach;
        zone.x = h.sourceX;
        zone.width = 0f;
    }

    private void exchange(Entity entity, float dt) {
        HeatComponent body = Mappers.HEAT.get(entity);
        BodyComponent physical = Mappers.BODY.get(entity);
        if (physical != null && physical.body != null && !physical.body.isActive()) {
            // Out of the world (shattered, melted): nothing touches it.
            return;
        }
        TransformComponent at = Mappers.TRANSFORM.get(entity);
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        SizeComponent size = character == null ? Mappers.SIZE.get(entity) : null;
        float halfWidth = character != null ? character.def.width / 2f : size.width / 2f;
        float halfHeight = character != null ? character.height / 2f : size.height / 2f;
        float feet = at.y - halfHeight;
        float head = at.y + halfHeight;
        float flow = heat.airCoupling * (heat.ambient - body.celsius);
        body.inMolten = false;
        body.onFrost = false;
        for (int i = 0; i < hazards.size(); i++) {
            Entity hazard = hazards.get(i);
            HazardComponent h = Mappers.HAZARD.get(hazard);
            ZoneComponent zone = Mappers.ZONE.get(hazard);
            float gapX = Math.max(0f, Math.max(zone.x - (at.x + halfWidth), (at.x - halfWidth) - (zone.x + zone.width)));
            boolean overX = gapX == 0f && zone.width > 0f;
            float top = zone.y + zone.height;
            boolean wading = overX && zone.height > 0f && feet <= top + WADE && head >= zone.y;
            if (wading && h.kind != HazardDef.Kind.STEAM) {
                flow += heat.immersionCoupling * (h.celsius - body.celsius);
                body.onFrost |= h.kind == HazardDef.Kind.NITROGEN;
            }
            if (h.kind == HazardDef.Kind.STEAM) {
                // A jet scalds whoever stands in it while it vents, and gives off no heat between puffs.
                flow += wading && h.venting() ? heat.immersionCoupling * (h.celsius - body.celsius) : 0f;
            } else if (h.kind != HazardDef.Kind.NITROGEN) {
                // Molten steel and fire glow; only steel can end the T-1000.
                body.inMolten |= wading && h.kind == HazardDef.Kind.MOLTEN;
                float gapY = Math.max(0f, Math.max(zone.y - head, feet - top));
                float distance = (float) Math.sqrt(gapX * gapX + gapY * gapY);
                if (zone.width > 0f) {
                    flow += heat.radiantCoupling(distance) * (h.celsius - body.celsius);
                }
            } else if (overX && feet <= zone.y + heat.vapourHeight && head >= zone.y) {
                flow += heat.vapourCoupling * (h.celsius - body.celsius);
            }
        }
        body.celsius += flow / body.capacity * dt;
    }

    private static float approach(float value, float target, float step) {
        return value < target ? Math.min(target, value + step) : Math.max(target, value - step);
    }
}
