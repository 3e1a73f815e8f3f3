package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.RidingComponent;
import com.judgmentday.level.MapObject;

/**
 * Set dressing drawn where the map puts it, facing its way: parked vehicles (art {@code vehicle-<kind>}) and props
 * (an arcade cabinet, a mannequin: art {@code prop-<kind>}), one drawer for each type. A vehicle someone rides off
 * on (a beat's ride step) is drawn under its rider, not where it was parked.
 */
final class SetDressingDrawer implements ObjectDrawer {
    /** Each object's piece, and its Tiled id; pieces drawn over the people (a prop's {@code front}) apart. */
    private final Array<SetDressing> pieces = new Array<>(false, 8, SetDressing.class);
    private final IntArray ids = new IntArray();
    private final SetDressing front = new SetDressing();
    private final String type;
    /** Vehicles: one may be ridden off (props are not). */
    private final boolean rideable;

    /** Parked vehicles. */
    SetDressingDrawer(ObjectScene scene) {
        this(scene, "parked-vehicle", "vehicle-");
    }

    /** The map's objects of {@code type}, each drawn with the art named {@code prefix} and its kind. */
    SetDressingDrawer(ObjectScene scene, String type, String prefix) {
        this.type = type;
        this.rideable = type.equals("parked-vehicle");
        for (MapObject object : SetDressing.objects(scene, type)) {
            TextureRegion[] frames = SetDressing.frames(scene.atlas, prefix + SetDressing.value(scene, object, "kind"));
            if (frames == null) {
                continue;
            }
            float[] b = scene.level.document.bounds(object);
            float w = frames[0].getRegionWidth() / SetDressing.PPM;
            float h = frames[0].getRegionHeight() / SetDressing.PPM;
            boolean left = "left".equals(SetDressing.value(scene, object, "facing"));
            float x = (b[0] + b[2]) / 2f - w / 2f;
            if (!rideable && Boolean.parseBoolean(SetDressing.value(scene, object, "front"))) {
                front.add(frames, x, b[1], w, h, left ? -1f : 1f, 0f);
                continue;
            }
            SetDressing piece = new SetDressing();
            piece.add(frames, x, b[1], w, h, left ? -1f : 1f, 0f);
            pieces.add(piece);
            ids.add(object.id);
        }
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        for (int i = 0; i < pieces.size; i++) {
            if (!rideable || !ridden(scene, ids.get(i))) {
                pieces.get(i).draw(batch, scene.clock);
            }
        }
    }

    @Override
    public void drawFront(ObjectScene scene, SpriteBatch batch, float alpha) {
        front.draw(batch, scene.clock);
    }

    private static boolean ridden(ObjectScene scene, int id) {
        for (int i = 0; i < scene.entities.size(); i++) {
            RidingComponent ride = Mappers.RIDING.get(scene.entities.get(i));
            if (ride != null && ride.vehicle == id) {
                return true;
            }
        }
        return false;
    }
}
