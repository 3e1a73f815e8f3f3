package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.judgmentday.level.MapObject;

/**
 * Set dressing drawn where the map puts it, facing its way: parked vehicles (art {@code vehicle-<kind>}) and props
 * (an arcade cabinet, a mannequin: art {@code prop-<kind>}), one drawer for each type.
 */
final class SetDressingDrawer implements ObjectDrawer {
    private final SetDressing parked = new SetDressing();
    private final String type;

    /** Parked vehicles. */
    SetDressingDrawer(ObjectScene scene) {
        this(scene, "parked-vehicle", "vehicle-");
    }

    /** The map's objects of {@code type}, each drawn with the art named {@code prefix} and its kind. */
    SetDressingDrawer(ObjectScene scene, String type, String prefix) {
        this.type = type;
        for (MapObject object : SetDressing.objects(scene, type)) {
            TextureRegion[] frames = SetDressing.frames(scene.atlas, prefix + SetDressing.value(scene, object, "kind"));
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
        return type;
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        parked.draw(batch, scene.clock);
    }
}
