package com.judgmentday.objects;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.BreakableComponent;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.level.BreakableDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.sim.EntityFactory;

import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * Glass, a wall or wood: solid until shots and blasts have dealt its hit points, or a body is thrown into it at its
 * toughness or faster (ImpactSystem, BreakableSystem); then it breaks,
 * stops blocking bodies and navigation, and {@code breakable.broken} is told. The validator counts on breaking it
 * (every player carries a gun).
 */
final class BreakableType extends ObjectType<BreakableDef> {
    BreakableType() {
        super(new ObjectTypeDef("breakable", "Glass, walls or wood that break when hit hard enough.", RECTANGLE)
                .choice("material", "glass", "what breaks", "glass", "wall", "wood")
                .whole("hitPoints", "10", 1, 100000, "damage it takes before it breaks")
                .number("toughness", "10", 0.5f, 1000, "m/s: a body thrown into it this fast or faster breaks it (running"
                        + " into it doesn't)"));
    }

    @Override
    public BreakableDef read(ObjectReading in) {
        BreakableDef breakable = new BreakableDef();
        breakable.shape = in.solid();
        breakable.shape.breakable = true;
        breakable.material = in.text("material");
        breakable.shape.material = breakable.material.equals("wall") ? "concrete" : breakable.material;
        breakable.hitPoints = in.whole("hitPoints");
        breakable.toughness = in.number("toughness");
        breakable.name = in.nameOr("breakable");
        return breakable;
    }

    @Override
    public void file(BreakableDef def, LevelDef level) {
        level.solids.add(def.shape);
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.GROUND;
    }

    @Override
    public void populate(BreakableDef def, EntityFactory factory) {
        Entity solid = factory.solid(def.shape);
        Mappers.IDENTITY.get(solid).name = def.name;
        BreakableComponent breakable = new BreakableComponent();
        breakable.hitPoints = def.hitPoints;
        breakable.toughness = def.toughness;
        breakable.material = def.material;
        breakable.objectId = def.shape.objectId;
        solid.add(breakable);
        solid.add(new DamageComponent());
    }
}
