package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.judgmentday.level.MapObject;

/** Conveyor belts laid along the top of their rectangles. */
final class ConveyorDrawer implements ObjectDrawer {
    private final SetDressing belts = new SetDressing();

    ConveyorDrawer(ObjectScene scene) {
        for (MapObject object : SetDressing.objects(scene, "conveyor")) {
            float[] b = scene.level.document.bounds(object);
            belts.repeat(scene.atlas, "conveyor", b[0], b[3], b[2] - b[0], true);
        }
    }

    @Override
    public String type() {
        return "conveyor";
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        belts.draw(batch, scene.clock);
    }
}
