package com.judgmentday.stage;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.LevelDef;

/**
 * Where the level's stage stands: which triggers fired, how far each beat has run, which objectives are met, the
 * camera and controls a beat holds. Plain numbers, sized once per level, all in the state hash.
 */
public final class StageState {
    /** Objective status. */
    public static final byte PENDING = 0;
    public static final byte MET = 1;
    public static final byte FAILED = 2;
    /** Nothing fired yet, no objective on screen, no entity framed. */
    public static final int NONE = -1;

    /** Per trigger: fired at least once; the tick it last fired; its condition last tick; events counted. */
    public final boolean[] fired;
    public final long[] firedAt;
    public final boolean[] held;
    public final int[] seen;
    /** Per beat: the step running (NONE: idle), ticks left of it (NONE: not begun), and times finished. */
    public final int[] step;
    public final int[] left;
    public final int[] finished;
    /** Per objective: status, shown (a later one once a beat shows it), events counted. */
    public final byte[] status;
    public final boolean[] shown;
    public final int[] counts;
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

    public StageState(LevelDef level, Array<ObjectiveDef> list) {
        int triggers = level.triggers.size;
        fired = new boolean[triggers];
        firedAt = new long[triggers];
        held = new boolean[triggers];
        seen = new int[triggers];
        int beats = level.beats.size;
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

    /** Mixes every field into a running hash with {@code mixer}. */
    public void hash(Mixer mixer) {
        for (int i = 0; i < fired.length; i++) {
            mixer.mix(fired[i] ? 1 : 0);
            mixer.mix(firedAt[i]);
            mixer.mix(held[i] ? 1 : 0);
            mixer.mix(seen[i]);
        }
        for (int i = 0; i < step.length; i++) {
            mixer.mix(step[i]);
            mixer.mix(left[i]);
            mixer.mix(finished[i]);
        }
        for (int i = 0; i < status.length; i++) {
            mixer.mix(status[i]);
            mixer.mix(shown[i] ? 1 : 0);
            mixer.mix(counts[i]);
        }
        mixer.mix(current);
        mixer.mix(cameraEntity);
        mixer.mix(Float.floatToIntBits(cameraX));
        mixer.mix(Float.floatToIntBits(cameraY));
        mixer.mix(Float.floatToIntBits(cameraZoom));
        mixer.mix(cameraTicks);
        mixer.mix(lockTicks);
        mixer.mix(skipping ? 1 : 0);
    }

    /** Takes one number into a hash. */
    public interface Mixer {
        void mix(long value);
    }
}
