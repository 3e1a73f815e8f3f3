package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.judgmentday.level.MapObject;

/** Beacons' lamps where the map puts lights (their glow is the light pass's). */
final class LightDrawer implements ObjectDrawer {
    private final SetDressing beacons = new SetDressing();

    LightDrawer(ObjectScene scene) {
        for (MapObject object : SetDressing.objects(scene, "light")) {
            TextureRegion[] beacon = SetDressing.frames(scene.atlas, "beacon");
            if (beacon == null || !"beacon".equals(object.properties.get("kind", "beacon"))) {
                continue;
            }
            float[] b = scene.level.document.bounds(object);
            float w = beacon[0].getRegionWidth() / SetDressing.PPM;
            beacons.add(beacon, b[0] - w / 2f, b[1], w, beacon[0].getRegionHeight() / SetDressing.PPM, 1f, 1f);
        }
    }

    @Override
    public String type() {
        return "light";
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        beacons.draw(batch, scene.clock);
    }
}
