package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.level.HazardDef;

/** Steam vents: a slatted grate in the floor at the jet's foot, glowing hot while it vents (the puffs are effects). */
final class SteamDrawer implements ObjectDrawer {
    private static final float GRATE = 0.22f;
    private static final float SLAT = 0.25f;
    private static final Color FRAME = new Color(0.16f, 0.16f, 0.18f, 1f);
    private static final Color SLATS = new Color(0.34f, 0.33f, 0.32f, 1f);
    private static final Color HOT = new Color(0.85f, 0.88f, 0.9f, 1f);

    @Override
    public String type() {
        return "steam";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            if (hazard == null || hazard.kind != HazardDef.Kind.STEAM) {
                continue;
            }
            ZoneComponent zone = Mappers.ZONE.get(entity);
            shapes.setColor(FRAME);
            shapes.rect(zone.x - 0.1f, zone.y - 0.05f, zone.width + 0.2f, GRATE + 0.05f);
            shapes.setColor(hazard.venting() ? HOT : SLATS);
            for (float x = zone.x + SLAT / 2f; x < zone.x + zone.width - 0.05f; x += SLAT) {
                shapes.rect(x, zone.y, SLAT / 2f, GRATE - 0.06f);
            }
        }
    }
}
