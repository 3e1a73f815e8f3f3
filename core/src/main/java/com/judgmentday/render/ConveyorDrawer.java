package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.judgmentday.components.ConveyorComponent;
import com.judgmentday.components.Mappers;

/** Conveyor belts laid along the top of their boxes, running at their speed. */
final class ConveyorDrawer implements ObjectDrawer {
    private static final float PPM = PixelScreen.PIXELS_PER_METRE;
    private final SetDressing belts = new SetDressing();

    ConveyorDrawer(ObjectScene scene) {
        for (int i = 0; i < scene.entities.size(); i++) {
            ConveyorComponent belt = Mappers.CONVEYOR.get(scene.entities.get(i));
            if (belt != null) {
                // The belt's pattern moves a pixel a frame: at its speed, a frame per art pixel travelled.
                belts.repeat(scene.atlas, "conveyor", belt.left, belt.top, belt.right - belt.left, true, belt.speed * PPM);
            }
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
