package com.judgmentday.render;

import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.math.Matrix4;
import com.judgmentday.render.art.SpriteAtlas;

/**
 * The set piece's parallax backdrop behind the level: a far layer filling the screen, a middle and a
 * near layer standing on the bottom, each repeating sideways and sliding slower than the camera the
 * further away it is. Indoors the far layer is a wall close behind the level instead (art named
 * {@code -wall}), filling the screen and sliding at {@link #WALL_PARALLAX}. Drawn in virtual pixels, whole
 * pixels only.
 */
final class BackdropDrawer {
    /** How much each layer moves with the camera: far barely, near nearly. */
    private static final float[] PARALLAX = {0.08f, 0.25f, 0.5f};
    /** A wall a few metres behind the level moves nearly with it. */
    private static final float WALL_PARALLAX = 0.6f;
    private static final String[] LAYERS = {"-far", "-mid", "-near"};
    private final TextureRegion[] layers = new TextureRegion[3];
    private final float[] parallax = PARALLAX.clone();
    private final Matrix4 screen = new Matrix4().setToOrtho2D(0, 0, PixelScreen.WIDTH, PixelScreen.HEIGHT);

    /** The backdrop of that name ("mill", "city", "hospital", "desert", "corridor", "mall"); empty when the art has none. */
    BackdropDrawer(SpriteAtlas atlas, String backdrop) {
        for (int i = 0; i < layers.length; i++) {
            layers[i] = layer(atlas, backdrop, LAYERS[i]);
        }
        if (layers[0] == null) {
            layers[0] = layer(atlas, backdrop, "-wall");
            parallax[0] = WALL_PARALLAX;
        }
    }

    private static TextureRegion layer(SpriteAtlas atlas, String backdrop, String suffix) {
        SpriteAtlas.SpriteArt art = atlas == null || backdrop.isEmpty() ? null : atlas.sprite("bg-" + backdrop + suffix);
        TextureRegion[] frames = art == null ? null : art.frames("idle", art.def.palette);
        return frames == null ? null : frames[0];
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
            // The far layer is drawn at a whole multiple of its size to fill the screen; the others at their own.
            int scale = i == 0 ? Math.max(1, PixelScreen.HEIGHT / layer.getRegionHeight()) : 1;
            int w = layer.getRegionWidth() * scale;
            int h = layer.getRegionHeight() * scale;
            float shift = camera.position.x * PixelScreen.PIXELS_PER_METRE * parallax[i];
            int offset = -Math.floorMod(Math.round(shift), w);
            int rise = i == 0 ? 0 : Math.round(-camera.position.y * PixelScreen.PIXELS_PER_METRE * parallax[i] * 0.3f)
                    + (i == 1 ? 40 : 0);
            for (int x = offset; x < PixelScreen.WIDTH; x += w) {
                batch.draw(layer, x, Math.max(-h / 2, rise), w, h);
            }
        }
        batch.end();
        batch.setProjectionMatrix(camera.combined);
    }
}
