package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;

/** Cell bars: the bars art repeated along them, or rods in shapes. */
final class BarsDrawer implements ObjectDrawer {
    @Override
    public String type() {
        return "bars";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        GrateDrawing.shapes(scene, shapes, false);
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        GrateDrawing.art(scene, batch, false);
    }
}
