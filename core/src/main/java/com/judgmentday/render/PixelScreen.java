package com.judgmentday.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.FrameBuffer;
import com.badlogic.gdx.math.Matrix4;
import com.badlogic.gdx.utils.Disposable;

/**
 * The fixed virtual screen the world is drawn at: {@link #WIDTH} x {@link #HEIGHT} pixels, scaled to the
 * window by the largest whole number that fits and centred, so pixel art stays crisp at any window size.
 */
public final class PixelScreen implements Disposable {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;
    /** Virtual pixels per metre: the one scale between the world and its art. */
    public static final int PIXELS_PER_METRE = 20;

    private final FrameBuffer buffer = new FrameBuffer(Pixmap.Format.RGB888, WIDTH, HEIGHT, false);
    private final SpriteBatch batch = new SpriteBatch();
    private final Matrix4 window = new Matrix4();
    private int scale = 1;
    private int left;
    private int bottom;

    public PixelScreen() {
        buffer.getColorBufferTexture().setFilter(Texture.TextureFilter.Nearest, Texture.TextureFilter.Nearest);
    }

    /** Starts drawing into the virtual screen. */
    public void begin() {
        buffer.begin();
        Gdx.gl.glClearColor(0f, 0f, 0f, 1f);
        Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
    }

    /** Ends drawing and puts the virtual screen on the window, scaled and centred with black bars. */
    public void end(int windowWidth, int windowHeight) {
        buffer.end();
        scale = Math.max(1, Math.min(windowWidth / WIDTH, windowHeight / HEIGHT));
        left = (windowWidth - WIDTH * scale) / 2;
        bottom = (windowHeight - HEIGHT * scale) / 2;
        Gdx.gl.glViewport(0, 0, windowWidth, windowHeight);
        Gdx.gl.glClearColor(0f, 0f, 0f, 1f);
        Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        window.setToOrtho2D(0, 0, windowWidth, windowHeight);
        batch.setProjectionMatrix(window);
        batch.disableBlending();
        batch.begin();
        // A frame buffer's texture is upside down: draw it flipped.
        batch.draw(buffer.getColorBufferTexture(), left, bottom, WIDTH * scale, HEIGHT * scale, 0, 0, WIDTH, HEIGHT,
                false, true);
        batch.end();
        batch.enableBlending();
    }

    /** The whole-number scale the window shows the virtual screen at. */
    public int scale() {
        return scale;
    }

    @Override
    public void dispose() {
        buffer.dispose();
        batch.dispose();
    }
}
