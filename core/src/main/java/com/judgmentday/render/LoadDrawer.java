package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.MathUtils;
import com.judgmentday.components.LoadComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.level.LoadDef;

/**
 * Loads on their chains, turned with their bodies: the chain's links from the anchor's bracket to the load, then a
 * crate, a steel beam, an ingot bucket glowing at its rim, or a ladle (its sprite, in art); a cut chain is gone and
 * the load lies where it fell.
 */
final class LoadDrawer implements ObjectDrawer {
    /** Metres between a chain's links, and their thickness. */
    private static final float LINK = 0.18f;
    private static final float LINK_WIDTH = 0.09f;

    @Override
    public String type() {
        return "load";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            LoadComponent load = Mappers.LOAD.get(entity);
            if (load == null) {
                continue;
            }
            TransformComponent t = Mappers.TRANSFORM.get(entity);
            float x = MathUtils.lerp(t.prevX, t.x, alpha);
            float y = MathUtils.lerp(t.prevY, t.y, alpha);
            float angle = PropDrawer.lerpAngle(t.prevAngle, t.angle, alpha);
            LoadDef def = load.def;
            if (!load.cut) {
                // The chain joins the load's top middle, turned with it, to the anchor.
                float topX = x - MathUtils.sin(angle) * def.height / 2f;
                float topY = y + MathUtils.cos(angle) * def.height / 2f;
                chain(shapes, def.anchorX(), def.anchorY(), topX, topY);
                shapes.setColor(Palette.CHROME_DARK);
                shapes.rect(def.anchorX() - 0.2f, def.anchorY() - 0.05f, 0.4f, 0.15f);
            }
            if (!def.kind.equals("ladle") || SetDressing.frames(scene.atlas, "ladle") == null) {
                body(shapes, def, x, y, angle * MathUtils.radiansToDegrees);
            }
        }
    }

    /** A ladle is its sprite, stretched over its rectangle and turned with its body (its rim glows in the art). */
    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        TextureRegion[] frames = SetDressing.frames(scene.atlas, "ladle");
        for (int i = 0; i < scene.entities.size() && frames != null; i++) {
            Entity entity = scene.entities.get(i);
            LoadComponent load = Mappers.LOAD.get(entity);
            if (load == null || !load.def.kind.equals("ladle")) {
                continue;
            }
            TransformComponent t = Mappers.TRANSFORM.get(entity);
            float x = MathUtils.lerp(t.prevX, t.x, alpha);
            float y = MathUtils.lerp(t.prevY, t.y, alpha);
            float degrees = PropDrawer.lerpAngle(t.prevAngle, t.angle, alpha) * MathUtils.radiansToDegrees;
            float w = load.def.width;
            float h = load.def.height;
            batch.draw(frames[0], x - w / 2f, y - h / 2f, w / 2f, h / 2f, w, h, 1f, 1f, degrees);
        }
    }

    private static void chain(ShapeRenderer shapes, float x1, float y1, float x2, float y2) {
        float length = (float) Math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1));
        int links = Math.max(1, (int) (length / LINK));
        for (int i = 0; i < links; i++) {
            float from = i / (float) links;
            float to = (i + 1) / (float) links;
            shapes.setColor(i % 2 == 0 ? Palette.CHAIN : Palette.CHROME_DARK);
            shapes.rectLine(x1 + (x2 - x1) * from, y1 + (y2 - y1) * from, x1 + (x2 - x1) * to, y1 + (y2 - y1) * to,
                    i % 2 == 0 ? LINK_WIDTH : LINK_WIDTH * 0.6f);
        }
    }

    private static void body(ShapeRenderer shapes, LoadDef def, float x, float y, float degrees) {
        float w = def.width;
        float h = def.height;
        switch (def.kind) {
            case "beam":
                shapes.setColor(Palette.CHROME_DARK);
                shapes.rect(x - w / 2f, y - h / 2f, w / 2f, h / 2f, w, h, 1f, 1f, degrees);
                shapes.setColor(Palette.CHROME);
                shapes.rect(x - w / 2f, y - h / 2f, w / 2f, h / 2f, w, h * 0.2f, 1f, 1f, degrees);
                shapes.rect(x - w / 2f, y + h * 0.3f, w / 2f, -h * 0.3f, w, h * 0.2f, 1f, 1f, degrees);
                break;
            case "bucket": case "ladle":
                shapes.setColor(Palette.GUN);
                shapes.rect(x - w / 2f, y - h / 2f, w / 2f, h / 2f, w, h, 1f, 1f, degrees);
                shapes.setColor(Palette.MOLTEN);
                shapes.rect(x - w / 2f, y + h * 0.3f, w / 2f, -h * 0.3f, w, h * 0.2f, 1f, 1f, degrees);
                shapes.setColor(Palette.MOLTEN_SKIN);
                shapes.rect(x - w * 0.4f, y + h * 0.4f, w * 0.4f, -h * 0.4f, w * 0.8f, h * 0.08f, 1f, 1f, degrees);
                break;
            default:
                shapes.setColor(Palette.CRATE);
                shapes.rect(x - w / 2f, y - h / 2f, w / 2f, h / 2f, w, h, 1f, 1f, degrees);
                shapes.setColor(Palette.CRATE_PLANK);
                shapes.rect(x - w / 2f, y - h * 0.1f, w / 2f, h * 0.1f, w, h * 0.2f, 1f, 1f, degrees);
                shapes.rect(x - w * 0.1f, y - h / 2f, w * 0.1f, h / 2f, w * 0.2f, h, 1f, 1f, degrees);
                break;
        }
    }
}
