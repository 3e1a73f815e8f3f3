package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.level.HazardDef;
import com.judgmentday.render.effects.Effects;

/**
 * Steam vents: a slatted grate in the floor at the jet's foot and a short standpipe rising from it, its valve wheel
 * red and its mouth glowing white while it vents (the plume is effects). The pipe says "machinery": a plume rising
 * from bare floor was taken for the T-1000 re-forming.
 */
final class SteamDrawer implements ObjectDrawer {
    private static final float GRATE = 0.22f;
    private static final float SLAT = 0.25f;
    private static final Color FRAME = new Color(0.16f, 0.16f, 0.18f, 1f);
    private static final Color SLATS = new Color(0.34f, 0.33f, 0.32f, 1f);
    private static final Color HOT = new Color(0.85f, 0.88f, 0.9f, 1f);
    /** The standpipe (its height is Effects.STANDPIPE, where its plume starts): its width, metres, and its mouth's flange. */
    private static final float PIPE_HEIGHT = Effects.STANDPIPE;
    private static final float PIPE_WIDTH = 0.28f;
    private static final float FLANGE = 0.1f;
    private static final Color PIPE = new Color(0.24f, 0.23f, 0.24f, 1f);
    private static final Color PIPE_LIGHT = new Color(0.4f, 0.38f, 0.37f, 1f);
    private static final Color VALVE = new Color(0.62f, 0.14f, 0.1f, 1f);

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
            float middle = zone.x + zone.width / 2f;
            float left = middle - PIPE_WIDTH / 2f;
            shapes.setColor(PIPE);
            shapes.rect(left, zone.y, PIPE_WIDTH, PIPE_HEIGHT);
            shapes.rect(left - FLANGE / 2f, zone.y + PIPE_HEIGHT - FLANGE, PIPE_WIDTH + FLANGE, FLANGE);
            shapes.setColor(PIPE_LIGHT);
            shapes.rect(left + 0.04f, zone.y, 0.05f, PIPE_HEIGHT - FLANGE);
            shapes.setColor(VALVE);
            shapes.rect(left + PIPE_WIDTH, zone.y + PIPE_HEIGHT * 0.35f, 0.08f, 0.05f);
            shapes.rect(left + PIPE_WIDTH + 0.08f, zone.y + PIPE_HEIGHT * 0.35f - 0.08f, 0.05f, 0.21f);
            if (hazard.venting()) {
                shapes.setColor(HOT);
                shapes.rect(left, zone.y + PIPE_HEIGHT - 0.04f, PIPE_WIDTH, 0.04f);
            }
        }
    }
}
