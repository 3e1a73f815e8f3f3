package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.CrusherComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ZoneComponent;

/**
 * Crushers: cog wheels turning in their square, or a press whose head hangs at the top of its zone and drops as
 * the cycle ends (when it strikes), then rises again. A press tells its strike (readable danger): the lamp on its
 * housing shows green while it is safe to pass and turns red, its head trembling, for the last {@link #WARN} of the
 * cycle (a tester waited for both presses to be up, walked under one and was struck without a warning). Green means
 * there is time to cross: round 13's tester, wounded and slow, was struck three times having stepped in under green
 * with 0.4 of the cycle red, so the red is the cycle's last 0.55 now.
 */
final class CrusherDrawer implements ObjectDrawer {
    /** The part of a cycle the press's head takes to drop, and to rise again after. */
    private static final float DROP = 0.12f;
    private static final float RISE = 0.25f;
    private static final float HEAD = 0.5f;
    /** A hazard stripe's width and its band's height, metres. */
    private static final float STRIPE = 0.16f;
    /** The part of a cycle before the strike when it warns: lamp red, head trembling. */
    static final float WARN = 0.55f;
    private static final Color SAFE = new Color(0x3fd45aff);
    private static final Color DANGER = new Color(0xff3a1aff);
    private final SetDressing gears = new SetDressing();

    CrusherDrawer(ObjectScene scene) {
        TextureRegion[] frames = SetDressing.frames(scene.atlas, "gear");
        for (int i = 0; i < scene.entities.size() && frames != null; i++) {
            Entity entity = scene.entities.get(i);
            CrusherComponent crusher = Mappers.CRUSHER.get(entity);
            if (crusher != null && !crusher.press) {
                ZoneComponent zone = Mappers.ZONE.get(entity);
                float size = Math.min(zone.width, zone.height);
                gears.add(frames, zone.x + zone.width / 2f - size / 2f, zone.y + zone.height / 2f - size / 2f, size, size, 1f,
                        6f);
            }
        }
    }

    @Override
    public String type() {
        return "crusher";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            CrusherComponent crusher = Mappers.CRUSHER.get(entity);
            if (crusher == null || !crusher.press) {
                continue;
            }
            ZoneComponent zone = Mappers.ZONE.get(entity);
            float cycle = (crusher.ticks + alpha) / crusher.periodTicks;
            float down = cycle > 1f - DROP ? (cycle - (1f - DROP)) / DROP : cycle < RISE ? 1f - cycle / RISE : 0f;
            float travel = zone.height - HEAD - 0.2f;
            boolean warning = cycle >= 1f - WARN;
            // Trembling as it gathers itself: a pixel either way, every few frames.
            float shake = warning && down == 0f ? ((int) (cycle * crusher.periodTicks / 3f) % 2 == 0 ? 0.04f : -0.04f) : 0f;
            float headY = zone.y + zone.height - 0.2f - HEAD - travel * down;
            float middle = zone.x + zone.width / 2f + shake;
            shapes.setColor(Palette.CHROME_DARK);
            shapes.rect(zone.x, zone.y + zone.height - 0.2f, zone.width, 0.2f);
            shapes.setColor(warning ? DANGER : SAFE);
            shapes.rect(middle - 0.2f, zone.y + zone.height + 0.02f, 0.4f, 0.22f);
            shapes.rect(middle - 0.12f, headY + HEAD, 0.24f, zone.y + zone.height - 0.2f - headY - HEAD);
            shapes.setColor(Palette.CHROME);
            shapes.rect(zone.x + 0.05f + shake, headY, zone.width - 0.1f, HEAD);
            // Hazard stripes on its striking face, and on the floor it strikes: a press, not a lift (round 21's
            // tester stood under one taking it for the lifts of map 1, a grey slab with a lamp).
            stripes(shapes, zone.x + 0.05f + shake, headY, zone.width - 0.1f);
            stripes(shapes, zone.x, zone.y, zone.width);
        }
    }

    /** Yellow and black hazard stripes, a band {@link #STRIPE} high from (x, y), {@code width} wide. */
    private static void stripes(ShapeRenderer shapes, float x, float y, float width) {
        for (int i = 0; i * STRIPE < width; i++) {
            shapes.setColor(i % 2 == 0 ? Palette.SHUTTER_RAIL : Palette.SHADES);
            shapes.rect(x + i * STRIPE, y, Math.min(STRIPE, width - i * STRIPE), STRIPE);
        }
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        gears.draw(batch, scene.clock);
    }
}
