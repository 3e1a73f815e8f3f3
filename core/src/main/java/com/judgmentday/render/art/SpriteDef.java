package com.judgmentday.render.art;

import java.util.LinkedHashMap;
import java.util.Map;

/** A sprite as read from its text: canvas size, origin (the feet, from the bottom-left), palette and animations. */
public final class SpriteDef {
    public final String name;
    public final int width;
    public final int height;
    public final int originX;
    public final int originY;
    public final String palette;
    public final Map<String, AnimDef> anims = new LinkedHashMap<>();

    public SpriteDef(String name, int width, int height, int originX, int originY, String palette) {
        this.name = name;
        this.width = width;
        this.height = height;
        this.originX = originX;
        this.originY = originY;
        this.palette = palette;
    }
}
