package com.judgmentday.render;

import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.math.Matrix4;
import com.judgmentday.render.art.SpriteAtlas;

/**
 * The set piece's parallax backdrop behind the level: a far layer filling the screen, a middle and a
 * near layer standing on the bottom, each repeating sideways and sliding slower than the camera the
 * further away it is. Drawn in virtual pixels, whole pixels only.
 */
final class BackdropDrawer {
    /** How much each layer moves with the camera: far barely, near nearly. */
    private static final float[] PARALLAX = {0.08f, 0.25f, 0.5f};
    private static final String[] LAYERS = {"-far", "-mid", "-near"};
    private final TextureRegion[] layers = new TextureRegion[3];
    private final Matrix4 screen = new Matrix4().setToOrtho2D(0, 0, PixelScreen.WIDTH, PixelScreen.HEIGHT);

    /** The backdrop of that name ("mill", "city", "hospital"); empty when the art has none. */
    BackdropDrawer(SpriteAtlas atlas, String backdrop) {
        for (int i = 0; i < layers.length; i++) {
            SpriteAtlas.SpriteArt art = atlas == null || backdrop.isEmpty() ? null : atlas.sprite("bg-" + backdrop + LAYERS[i]);
            TextureRegion[] frames = art == null ? null : art.frames("idle", art.def.palette);
            layers[i] = frames == null ? null : frames[0];
        }
    }

    /** False when there is no backdrop: the sky gradient stands in. */
    boolean present() {
        return layers[0] != null;
    }

    void draw(SpriteBatch batch, OrthographicCamera camera) {
        batch.setProjectionMatrix(screen);
        batch.begin();
        for (int i = 0; i < layers.length; i++) {
            TextureRegion layer = layers[i];
            if (layer == null) {
                continue;
            }
            // The far layer is drawn at twice its size so it fills the screen; the others at their own.
            int scale = i == 0 ? Math.max(1, PixelScreen.HEIGHT / layer.getRegionHeight()) : 1;
            int w = layer.getRegionWidth() * scale;
            int h = layer.getRegionHeight() * scale;
            float shift = camera.position.x * PixelScreen.PIXELS_PER_METRE * PARALLAX[i];
            int offset = -Math.floorMod(Math.round(shift), w);
            int rise = i == 0 ? 0 : Math.round(-camera.position.y * PixelScreen.PIXELS_PER_METRE * PARALLAX[i] * 0.3f)
                    + (i == 1 ? 40 : 0);
            for (int x = offset; x < PixelScreen.WIDTH; x += w) {
                batch.draw(layer, x, Math.max(-h / 2, rise), w, h);
            }
        }
        batch.end();
        batch.setProjectionMatrix(camera.combined);
    }
}
