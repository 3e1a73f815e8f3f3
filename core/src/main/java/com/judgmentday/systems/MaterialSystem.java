package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.gdx.math.Vector2;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HeatComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.Material;
import com.judgmentday.components.T1000Component;
import com.judgmentday.content.MaterialDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;

/**
 * The T-1000's substance follows its temperature: chilled, frozen, thawed; and in molten steel, hot
 * enough, it thrashes through every form it has sampled and is gone for good. Runs after the liquid
 * body has set this tick's speed, and scales it.
 */
public final class MaterialSystem extends IteratingSystem {
    private final MaterialDef def;
    private final EventLog events;

    public MaterialSystem(int priority, MaterialDef def, EventLog events) {
        super(Family.all(LiquidComponent.class, HeatComponent.class, CharacterComponent.class, BodyComponent.class,
                AppearanceComponent.class).get(), priority);
        this.def = def;
        this.events = events;
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        LiquidComponent liquid = Mappers.LIQUID.get(entity);
        HeatComponent heat = Mappers.HEAT.get(entity);
        String name = Mappers.IDENTITY.get(entity).name;
        switch (liquid.material) {
            case MELTED:
            case SHATTERED:
            case REFORMING:
                // In pieces (the fragment system runs those) or gone.
                break;
            case MELTING:
                thrash(entity, liquid, name);
                break;
            default:
                if (heat.inMolten && heat.celsius > def.meltAbove) {
                    liquid.material = Material.MELTING;
                    liquid.meltTicks = def.meltTicks;
                    Vector2 at = Mappers.BODY.get(entity).body.getPosition();
                    events.emit(EventType.T1000_MELTING, name, Math.round(heat.celsius) + " C", at.x, at.y);
                } else {
                    cool(liquid, heat.celsius, name);
                }
                break;
        }
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        if (liquid.material == Material.CHILLED) {
            // Cold and slow; on a frosted floor its feet stick.
            character.speedScale *= heat.onFrost ? def.chilledSpeed * def.frostStick : def.chilledSpeed;
        } else if (liquid.material.incapacitated()) {
            character.speedScale = 0f;
            T1000Component mind = Mappers.T1000.get(entity);
            if (mind != null) {
                mind.windupTicks = 0;
            }
        }
    }

    /** Liquid, chilled and frozen, with a gap between each freezing and thawing threshold. */
    private void cool(LiquidComponent liquid, float celsius, String name) {
        Material was = liquid.material;
        if (celsius < def.frozenBelow) {
            liquid.material = Material.FROZEN;
        } else if (was == Material.FROZEN) {
            liquid.material = celsius > def.thawAbove ? Material.CHILLED : Material.FROZEN;
        } else if (celsius < def.chilledBelow) {
            liquid.material = Material.CHILLED;
        } else if (was == Material.CHILLED && celsius > def.warmAbove) {
            liquid.material = Material.LIQUID;
        }
        if (liquid.material == was) {
            return;
        }
        String detail = Math.round(celsius) + " C";
        if (liquid.material == Material.FROZEN) {
            events.emit(EventType.T1000_FROZEN, name, detail);
        } else if (was == Material.FROZEN) {
            events.emit(EventType.T1000_THAWED, name, detail);
        } else if (liquid.material == Material.CHILLED) {
            events.emit(EventType.T1000_CHILLED, name, detail);
        }
    }

    /** Cycles through the forms it has taken, then is gone: its body leaves the world. */
    private void thrash(Entity entity, LiquidComponent liquid, String name) {
        AppearanceComponent appearance = Mappers.APPEARANCE.get(entity);
        int elapsed = def.meltTicks - liquid.meltTicks;
        appearance.look = appearance.sampled.get((elapsed / def.thrashTicks) % appearance.sampled.size);
        if (--liquid.meltTicks > 0) {
            return;
        }
        liquid.material = Material.MELTED;
        Mappers.BODY.get(entity).body.setActive(false);
        events.emit(EventType.T1000_MELTED, name, "thrashed through " + appearance.sampled.toString(", "));
    }
}
