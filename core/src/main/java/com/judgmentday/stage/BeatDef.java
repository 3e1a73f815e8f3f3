package com.judgmentday.stage;

import com.badlogic.gdx.utils.Array;

/** A scripted moment: an ordered list of steps, run on the tick clock when a trigger fires it. */
public final class BeatDef {
    public int objectId;
    public String name;
    public final Array<StepDef> steps = new Array<>();
}
