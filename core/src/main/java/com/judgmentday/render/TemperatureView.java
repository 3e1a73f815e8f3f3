package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.MathUtils;
import com.judgmentday.components.FragmentComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HeatComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.level.HazardDef;
import com.judgmentday.sim.Simulation;

import java.util.Locale;

/**
 * The F3 view: every warm or cold body as a dot coloured from nitrogen blue through white (20 °C) to
 * molten orange, spills and molten steel outlined, and a line of figures per body and hazard.
 */
final class TemperatureView {
    private static final float COLDEST = -196f;
    private static final float HOTTEST = 1500f;
    private static final float AMBIENT = 20f;
    private final Color colour = new Color();

    void draw(ShapeRenderer shapes, OrthographicCamera camera, Simulation simulation, float alpha) {
        ImmutableArray<Entity> entities = simulation.engine().getEntities();
        Gdx.gl.glEnable(GL20.GL_BLEND);
        shapes.setProjectionMatrix(camera.combined);
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            HeatComponent heat = Mappers.HEAT.get(entity);
            TransformComponent at = Mappers.TRANSFORM.get(entity);
            if (heat == null || at == null || !Mappers.BODY.get(entity).body.isActive()) {
                continue;
            }
            shapes.setColor(colourOf(heat.celsius));
            float radius = Mappers.FRAGMENT.has(entity) ? 0.12f : 0.25f;
            shapes.circle(WorldRenderer.lerpX(at, alpha), WorldRenderer.lerpY(at, alpha), radius, 16);
        }
        shapes.end();
        shapes.begin(ShapeRenderer.ShapeType.Line);
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            if (hazard == null) {
                continue;
            }
            ZoneComponent zone = Mappers.ZONE.get(entity);
            shapes.setColor(colourOf(hazard.celsius));
            shapes.rect(zone.x, zone.y, zone.width, Math.max(zone.height, 0.05f));
            if (hazard.tank) {
                shapes.rect(hazard.tankX, hazard.tankY, hazard.tankWidth, hazard.tankHeight);
            }
        }
        shapes.end();
    }

    /** One line per body with a temperature (fragments summed up), then one per hazard. */
    void describe(Simulation simulation, StringBuilder text) {
        text.append("temperature: blue -196 C, white 20 C, orange 1500 C\n");
        ImmutableArray<Entity> entities = simulation.engine().getEntities();
        int fragments = 0;
        int droplets = 0;
        float sum = 0f;
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            HeatComponent heat = Mappers.HEAT.get(entity);
            FragmentComponent fragment = Mappers.FRAGMENT.get(entity);
            if (fragment != null) {
                fragments++;
                droplets += fragment.liquid ? 1 : 0;
                sum += heat.celsius;
            } else if (heat != null) {
                LiquidComponent liquid = Mappers.LIQUID.get(entity);
                text.append(String.format(Locale.ROOT, "%s %.0f C%s%s%s\n", Mappers.IDENTITY.get(entity).name, heat.celsius,
                        liquid == null ? "" : " " + liquid.material, heat.inMolten ? " in molten steel" : "",
                        heat.onFrost ? " on frost" : ""));
            }
        }
        if (fragments > 0) {
            text.append(String.format(Locale.ROOT, "%d pieces (%d droplets), mean %.0f C\n", fragments, droplets,
                    sum / fragments));
        }
        for (int i = 0; i < entities.size(); i++) {
            HazardComponent hazard = Mappers.HAZARD.get(entities.get(i));
            if (hazard == null) {
                continue;
            }
            ZoneComponent zone = Mappers.ZONE.get(entities.get(i));
            if (hazard.kind != HazardDef.Kind.NITROGEN) {
                text.append(String.format(Locale.ROOT, "%s %.0f C, %.1f m wide\n",
                        hazard.kind == HazardDef.Kind.FIRE ? "fire" : hazard.kind == HazardDef.Kind.STEAM ? "steam"
                                : "molten steel", hazard.celsius, zone.width));
            } else {
                text.append(String.format(Locale.ROOT, "nitrogen %s: %.0f litres, spill %.1f m\n",
                        hazard.intactTank() ? "tank intact" : hazard.spilling ? "spilling" : "spent", hazard.litres,
                        zone.width));
            }
        }
    }

    private Color colourOf(float celsius) {
        if (celsius < AMBIENT) {
            float t = MathUtils.clamp((AMBIENT - celsius) / (AMBIENT - COLDEST), 0f, 1f);
            return colour.set(1f - t * 0.8f, 1f - t * 0.4f, 1f, 0.9f);
        }
        float t = MathUtils.clamp((celsius - AMBIENT) / (HOTTEST - AMBIENT), 0f, 1f);
        return colour.set(1f, 1f - t * 0.55f, 1f - t * 0.95f, 0.9f);
    }
}
