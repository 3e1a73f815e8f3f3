package com.judgmentday.stage;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.Hashed;
import com.judgmentday.components.StateHash;
import com.judgmentday.level.LevelDef;

/**
 * Where the level's stage stands: which triggers fired, how far each beat has run, which objectives are met, the
 * camera and controls a beat holds. Plain numbers, sized once per level, all in the state hash.
 */
public final class StageState implements Hashed {
    /** Objective status. */
    public static final byte PENDING = 0;
    public static final byte MET = 1;
    public static final byte FAILED = 2;
    /** Nothing fired yet, no objective on screen, no entity framed. */
    public static final int NONE = -1;

    /** Per trigger: fired at least once; the tick it last fired; its condition last tick; events counted. */
    public boolean[] fired;
    public long[] firedAt;
    public boolean[] held;
    public int[] seen;
    /** Per beat: the step running (NONE: idle), ticks left of it (NONE: not begun), and times finished. */
    public int[] step;
    public int[] left;
    public int[] finished;
    /** Per objective: status, shown (a later one once a beat shows it), events counted. */
    public byte[] status;
    public boolean[] shown;
    public int[] counts;
    /** The objective on screen (its index), or NONE. */
    public int current = NONE;
    /** A beat's camera framing: whom (an entity id) or where, the zoom, and ticks left (0: none). */
    public int cameraEntity = NONE;
    public float cameraX;
    public float cameraY;
    public float cameraZoom = 1f;
    public int cameraTicks;
    /** Ticks the controls stay taken away. */
    public int lockTicks;
    /** Beats jump to their end state (a held key in the window; a flag for the bot and tests). */
    public boolean skipping;

    /** A stage with no triggers, beats or objectives. */
    public StageState() {
        this(0, 0, new Array<>());
    }

    public StageState(LevelDef level, Array<ObjectiveDef> list) {
        this(level.triggers.size, level.beats.size, list);
    }

    private StageState(int triggers, int beats, Array<ObjectiveDef> list) {
        fired = new boolean[triggers];
        firedAt = new long[triggers];
        held = new boolean[triggers];
        seen = new int[triggers];
        step = new int[beats];
        left = new int[beats];
        finished = new int[beats];
        java.util.Arrays.fill(step, NONE);
        java.util.Arrays.fill(left, NONE);
        int objectives = list.size;
        status = new byte[objectives];
        shown = new boolean[objectives];
        counts = new int[objectives];
        for (int i = 0; i < objectives; i++) {
            shown[i] = !list.get(i).later;
        }
    }

    /** The controls are taken away now. */
    public boolean locked() {
        return lockTicks > 0;
    }

    /** A beat is framing the camera now. */
    public boolean framing() {
        return cameraTicks > 0;
    }

    @Override
    public void hash(StateHash out) {
        // Each array on its own, with its length: parallel arrays, but the hash doesn't rely on that.
        out.add(fired.length);
        for (boolean b : fired) {
            out.add(b);
        }
        out.add(firedAt.length);
        for (long t : firedAt) {
            out.add(t);
        }
        out.add(held.length);
        for (boolean b : held) {
            out.add(b);
        }
        ints(out, seen);
        ints(out, step);
        ints(out, left);
        ints(out, finished);
        out.add(status.length);
        for (byte b : status) {
            out.add(b);
        }
        out.add(shown.length);
        for (boolean b : shown) {
            out.add(b);
        }
        ints(out, counts);
        out.add(current).add(cameraEntity).add(cameraX).add(cameraY).add(cameraZoom).add(cameraTicks).add(lockTicks)
                .add(skipping);
    }

    private static void ints(StateHash out, int[] values) {
        out.add(values.length);
        for (int value : values) {
            out.add(value);
        }
    }
}
