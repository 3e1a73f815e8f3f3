package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.judgmentday.level.MapObject;

/** Vehicles parked where the map puts them, facing its way. */
final class VehicleDrawer implements ObjectDrawer {
    private final SetDressing parked = new SetDressing();

    VehicleDrawer(ObjectScene scene) {
        for (MapObject object : SetDressing.objects(scene, "vehicle")) {
            TextureRegion[] frames = SetDressing.frames(scene.atlas, "vehicle-" + object.properties.get("kind", "motorcycle"));
            if (frames == null) {
                continue;
            }
            float[] b = scene.level.document.bounds(object);
            float w = frames[0].getRegionWidth() / SetDressing.PPM;
            float h = frames[0].getRegionHeight() / SetDressing.PPM;
            boolean left = "left".equals(object.properties.get("facing", "right"));
            parked.add(frames, (b[0] + b[2]) / 2f - w / 2f, b[1], w, h, left ? -1f : 1f, 0f);
        }
    }

    @Override
    public String type() {
        return "vehicle";
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        parked.draw(batch, scene.clock);
    }
}
