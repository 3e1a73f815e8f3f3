package com.judgmentday.render.effects;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.math.MathUtils;

/**
 * A fixed pool of square pixel particles kept in parallel arrays (no garbage per frame): each moves,
 * falls or rises, slows, shrinks (or, as steam does, swells) and fades from its start colour to its end colour
 * over its life.
 * When the pool is full the oldest particle makes room.
 */
public final class Particles {
    /** No floor: the particle falls as far as its life takes it. */
    public static final float NO_FLOOR = -Float.MAX_VALUE;
    /** What a particle keeps of its speed off a floor: up, and along it. */
    private static final float BOUNCE = 0.3f;
    private static final float SKID = 0.6f;
    private final int capacity;
    private final float[] x;
    private final float[] y;
    private final float[] vx;
    private final float[] vy;
    private final float[] gravity;
    private final float[] drag;
    private final float[] size;
    private final float[] endScale;
    private final float[] floor;
    private final float[] age;
    private final float[] life;
    private final int[] from;
    private final int[] to;
    private final boolean[] glow;
    private final Color colour = new Color();
    private final Color end = new Color();
    private int count;
    private int next;

    public Particles(int capacity) {
        this.capacity = capacity;
        x = new float[capacity];
        y = new float[capacity];
        vx = new float[capacity];
        vy = new float[capacity];
        gravity = new float[capacity];
        drag = new float[capacity];
        size = new float[capacity];
        endScale = new float[capacity];
        floor = new float[capacity];
        age = new float[capacity];
        life = new float[capacity];
        from = new int[capacity];
        to = new int[capacity];
        glow = new boolean[capacity];
    }

    /** Adds a particle: position and velocity in metres, gravity in m/s² (negative falls), colours RGBA8888. */
    public void add(float px, float py, float pvx, float pvy, float pGravity, float pDrag, float pSize, float pLife,
                    int fromRgba, int toRgba, boolean additive) {
        add(px, py, pvx, pvy, pGravity, pDrag, pSize, 0.5f, pLife, fromRgba, toRgba, additive);
    }

    /** As above, with the size at the end of its life as a multiple of the size at its start (above one it swells). */
    public void add(float px, float py, float pvx, float pvy, float pGravity, float pDrag, float pSize, float pEndScale,
                    float pLife, int fromRgba, int toRgba, boolean additive) {
        add(px, py, pvx, pvy, pGravity, pDrag, pSize, pEndScale, pLife, fromRgba, toRgba, additive, NO_FLOOR);
    }

    /** As above, bouncing (and skidding) off a floor at height {@code pFloor}, metres. */
    public void add(float px, float py, float pvx, float pvy, float pGravity, float pDrag, float pSize, float pEndScale,
                    float pLife, int fromRgba, int toRgba, boolean additive, float pFloor) {
        int i;
        if (count < capacity) {
            i = count++;
        } else {
            i = next;
            next = (next + 1) % capacity;
        }
        x[i] = px;
        y[i] = py;
        vx[i] = pvx;
        vy[i] = pvy;
        gravity[i] = pGravity;
        drag[i] = pDrag;
        size[i] = pSize;
        endScale[i] = pEndScale;
        floor[i] = pFloor;
        age[i] = 0f;
        life[i] = pLife;
        from[i] = fromRgba;
        to[i] = toRgba;
        glow[i] = additive;
    }

    /** Moves every particle on; the dead ones are replaced by the last. */
    public void update(float dt) {
        for (int i = 0; i < count; i++) {
            age[i] += dt;
            if (age[i] >= life[i]) {
                count--;
                copy(count, i);
                i--;
                continue;
            }
            vy[i] += gravity[i] * dt;
            float slow = Math.max(0f, 1f - drag[i] * dt);
            vx[i] *= slow;
            vy[i] *= slow;
            x[i] += vx[i] * dt;
            y[i] += vy[i] * dt;
            if (y[i] < floor[i]) {
                y[i] = floor[i];
                vy[i] = -vy[i] * BOUNCE;
                vx[i] *= SKID;
            }
        }
        if (next >= count) {
            next = 0;
        }
    }

    /** Draws the particles of one blending kind (additive glow, or plain) as squares of the pixel. */
    public void draw(SpriteBatch batch, TextureRegion pixel, boolean additive, float pixelSize) {
        for (int i = 0; i < count; i++) {
            if (glow[i] != additive) {
                continue;
            }
            float t = age[i] / life[i];
            Color.rgba8888ToColor(colour, from[i]);
            Color.rgba8888ToColor(end, to[i]);
            colour.lerp(end, t);
            batch.setColor(colour);
            float s = Math.max(pixelSize, size[i] * (1f + (endScale[i] - 1f) * t));
            // Snapped to the virtual pixel grid, so particles read as pixel art.
            float px = MathUtils.floor(x[i] / pixelSize) * pixelSize;
            float py = MathUtils.floor(y[i] / pixelSize) * pixelSize;
            batch.draw(pixel, px - s / 2f, py - s / 2f, s, s);
        }
        batch.setColor(Color.WHITE);
    }

    public int count() {
        return count;
    }

    /** The height of particle {@code i}, metres (for tests). */
    float y(int i) {
        return y[i];
    }

    private void copy(int source, int target) {
        x[target] = x[source];
        y[target] = y[source];
        vx[target] = vx[source];
        vy[target] = vy[source];
        gravity[target] = gravity[source];
        drag[target] = drag[source];
        size[target] = size[source];
        endScale[target] = endScale[source];
        floor[target] = floor[source];
        age[target] = age[source];
        life[target] = life[source];
        from[target] = from[source];
        to[target] = to[source];
        glow[target] = glow[source];
    }
}
