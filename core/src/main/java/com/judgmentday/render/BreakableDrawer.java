package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.BreakableComponent;
import com.judgmentday.components.Mappers;

/**
 * Breakables until they break: glass as a pale pane with a frame and a glint, a wall as blocks, wood as planks
 * (their debris is the effects' on breakable.broken).
 */
final class BreakableDrawer implements ObjectDrawer {
    private static final Color GLASS = new Color(0.62f, 0.8f, 0.9f, 0.45f);
    private static final Color GLINT = new Color(0.92f, 0.97f, 1f, 0.7f);

    @Override
    public String type() {
        return "breakable";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            BreakableComponent breakable = Mappers.BREAKABLE.get(entity);
            if (breakable == null || breakable.broken) {
                continue;
            }
            float[] v = Mappers.SHAPE.get(entity).vertices;
            float x = Math.min(v[0], v[4]);
            float y = Math.min(v[1], v[5]);
            float w = Math.abs(v[4] - v[0]);
            float h = Math.abs(v[5] - v[1]);
            switch (breakable.material) {
                case "glass":
                    shapes.setColor(GLASS);
                    shapes.rect(x, y, w, h);
                    shapes.setColor(GLINT);
                    shapes.rect(x + w * 0.2f, y + h * 0.55f, Math.max(0.03f, w * 0.15f), h * 0.3f);
                    shapes.setColor(Palette.CHROME_DARK);
                    shapes.rect(x, y, w, 0.05f);
                    shapes.rect(x, y + h - 0.05f, w, 0.05f);
                    break;
                case "wood":
                    shapes.setColor(Palette.CRATE);
                    shapes.rect(x, y, w, h);
                    shapes.setColor(Palette.CRATE_PLANK);
                    for (float at = y + 0.3f; at < y + h; at += 0.4f) {
                        shapes.rect(x, at, w, 0.05f);
                    }
                    break;
                default:
                    shapes.setColor(Palette.GROUND);
                    shapes.rect(x, y, w, h);
                    shapes.setColor(Palette.GROUND_EDGE);
                    for (float at = y + 0.25f; at < y + h; at += 0.5f) {
                        shapes.rect(x, at, w, 0.04f);
                    }
                    break;
            }
        }
    }
}
