package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.judgmentday.level.MapObject;

/** Crushers: cog wheels turning in their square. */
final class CrusherDrawer implements ObjectDrawer {
    private final SetDressing gears = new SetDressing();

    CrusherDrawer(ObjectScene scene) {
        for (MapObject object : SetDressing.objects(scene, "crusher")) {
            TextureRegion[] frames = SetDressing.frames(scene.atlas, "gear");
            if (frames == null || !"gears".equals(object.properties.get("kind", "gears"))) {
                continue;
            }
            float[] b = scene.level.document.bounds(object);
            float size = Math.min(b[2] - b[0], b[3] - b[1]);
            gears.add(frames, (b[0] + b[2]) / 2f - size / 2f, (b[1] + b[3]) / 2f - size / 2f, size, size, 1f, 1f);
        }
    }

    @Override
    public String type() {
        return "crusher";
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        gears.draw(batch, scene.clock);
    }
}
