package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;

/** Doors: the door art stretched to the door (or repeated for gates), planks in shapes. */
final class DoorDrawer implements ObjectDrawer {
    @Override
    public String type() {
        return "door";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        GrateDrawing.shapes(scene, shapes, true);
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        GrateDrawing.art(scene, batch, true);
    }
}
