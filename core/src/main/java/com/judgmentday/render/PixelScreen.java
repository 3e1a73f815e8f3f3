package com.judgmentday.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.FrameBuffer;
import com.badlogic.gdx.math.Matrix4;
import com.badlogic.gdx.math.Vector2;
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
        scale = scaleFor(windowWidth, windowHeight);
        left = (windowWidth - WIDTH * scale) / 2;
        bottom = (windowHeight - HEIGHT * scale) / 2;
        Gdx.gl.glViewport(0, 0, windowWidth, windowHeight);
        if (left > 0 || bottom > 0 || WIDTH * scale < windowWidth || HEIGHT * scale < windowHeight) {
            // Black bars where the virtual screen does not reach; filling the window, the draw below covers it all
            // (a clear of the whole window is a frame's millisecond on a software rasteriser).
            Gdx.gl.glClearColor(0f, 0f, 0f, 1f);
            Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        }
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

    /** The largest whole number the virtual screen can be scaled by in a window of this many pixels (at least 1). */
    public static int scaleFor(int windowWidth, int windowHeight) {
        return Math.max(1, Math.min(windowWidth / WIDTH, windowHeight / HEIGHT));
    }

    /**
     * Sets {@code projection} so that what is drawn in virtual pixels (0 to {@link #WIDTH}, y up) lands where
     * {@link #end} puts the virtual screen on a window of this many pixels: text and HUD drawn with it sit on
     * the same whole pixels as the art, at any window size.
     */
    public static Matrix4 project(Matrix4 projection, int windowWidth, int windowHeight) {
        int s = scaleFor(windowWidth, windowHeight);
        float left = (windowWidth - WIDTH * s) / 2;
        float bottom = (windowHeight - HEIGHT * s) / 2;
        return projection.setToOrtho2D(-left / s, -bottom / s, windowWidth / (float) s, windowHeight / (float) s);
    }

    /**
     * Turns a pointer position into virtual pixels (y up), in place. {@code point} is in the units pointer
     * events use (y down), on a window {@code pointerWidth} x {@code pointerHeight} of them whose back buffer
     * is {@code backWidth} x {@code backHeight} pixels (the two differ on high-density screens).
     */
    public static Vector2 toVirtual(Vector2 point, int pointerWidth, int pointerHeight, int backWidth, int backHeight) {
        int s = scaleFor(backWidth, backHeight);
        float x = point.x * backWidth / pointerWidth;
        float y = (pointerHeight - point.y) * backHeight / pointerHeight;
        return point.set((x - (backWidth - WIDTH * s) / 2) / s, (y - (backHeight - HEIGHT * s) / 2) / s);
    }

    @Override
    public void dispose() {
        buffer.dispose();
        batch.dispose();
    }
}
