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
import com.judgmentday.components.IdentityComponent;
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
        IdentityComponent who = Mappers.IDENTITY.get(entity);
        switch (liquid.material) {
            case MELTED:
            case SHATTERED:
            case REFORMING:
                // In pieces (the fragment system runs those) or gone.
                break;
            case MELTING:
                thrash(entity, liquid, who);
                break;
            default:
                if (heat.inMolten && heat.celsius > def.meltAbove) {
                    liquid.material = Material.MELTING;
                    liquid.meltTicks = def.meltTicks;
                    Vector2 at = Mappers.BODY.get(entity).body.getPosition();
                    events.event(EventType.T1000_MELTING).who(Mappers.IDENTITY.get(entity)).amount(heat.celsius).at(at.x, at.y)
                            .detail(Math.round(heat.celsius) + " C").emit();
                } else {
                    cool(liquid, heat.celsius, who);
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
    private void cool(LiquidComponent liquid, float celsius, IdentityComponent who) {
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
            events.event(EventType.T1000_FROZEN).who(who).amount(celsius).detail(detail).emit();
        } else if (was == Material.FROZEN) {
            events.event(EventType.T1000_THAWED).who(who).amount(celsius).detail(detail).emit();
        } else if (liquid.material == Material.CHILLED) {
            events.event(EventType.T1000_CHILLED).who(who).amount(celsius).detail(detail).emit();
        }
    }

    /** Cycles through the forms it has taken, then is gone: its body leaves the world. */
    private void thrash(Entity entity, LiquidComponent liquid, IdentityComponent who) {
        AppearanceComponent appearance = Mappers.APPEARANCE.get(entity);
        int elapsed = def.meltTicks - liquid.meltTicks;
        appearance.look = appearance.sampled.get((elapsed / def.thrashTicks) % appearance.sampled.size);
        if (--liquid.meltTicks > 0) {
            return;
        }
        liquid.material = Material.MELTED;
        Mappers.BODY.get(entity).body.setActive(false);
        events.event(EventType.T1000_MELTED).who(who).detail("thrashed through " + appearance.sampled.toString(", ")).emit();
    }
}
