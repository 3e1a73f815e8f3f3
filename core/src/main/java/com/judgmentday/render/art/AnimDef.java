package com.judgmentday.render.art;

import java.util.ArrayList;
import java.util.List;

/** One animation of a sprite: its frames (rows of palette characters, top row first) and its pace. */
public final class AnimDef {
    public final String name;
    public final float framesPerSecond;
    public final boolean loop;
    public final List<String[]> frames = new ArrayList<>();

    public AnimDef(String name, float framesPerSecond, boolean loop) {
        this.name = name;
        this.framesPerSecond = framesPerSecond;
        this.loop = loop;
    }
}
