package com.judgmentday.controls;

import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;

/** Several devices at once (keyboard and gamepad): an action is held when any of them holds it. */
public final class CombinedInput implements InputSource {
    private final InputSource[] sources;
    private final ActionSet scratch = new ActionSet();

    public CombinedInput(InputSource... sources) {
        this.sources = sources;
    }

    @Override
    public void poll(long tick, ActionSet out) {
        int bits = 0;
        for (InputSource source : sources) {
            scratch.clear();
            source.poll(tick, scratch);
            bits |= scratch.bits();
        }
        out.setBits(bits);
    }
}
