package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.judgmentday.level.MapObject;

/** Vehicles parked where the map puts them, facing its way. */
final class ParkedVehicleDrawer implements ObjectDrawer {
    private final SetDressing parked = new SetDressing();

    ParkedVehicleDrawer(ObjectScene scene) {
        for (MapObject object : SetDressing.objects(scene, "parked-vehicle")) {
            TextureRegion[] frames = SetDressing.frames(scene.atlas, "vehicle-" + SetDressing.value(scene, object, "kind"));
            if (frames == null) {
                continue;
            }
            float[] b = scene.level.document.bounds(object);
            float w = frames[0].getRegionWidth() / SetDressing.PPM;
            float h = frames[0].getRegionHeight() / SetDressing.PPM;
            boolean left = "left".equals(SetDressing.value(scene, object, "facing"));
            parked.add(frames, (b[0] + b[2]) / 2f - w / 2f, b[1], w, h, left ? -1f : 1f, 0f);
        }
    }

    @Override
    public String type() {
        return "parked-vehicle";
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        parked.draw(batch, scene.clock);
    }
}
