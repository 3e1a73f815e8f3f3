package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.MapObject;
import com.judgmentday.render.art.SpriteAtlas;

import java.util.ArrayList;
import java.util.List;

/**
 * Art pieces an object drawer places once from the map (vehicles, belts, gears, chains, vat rims) and draws
 * each frame, spinning ones animated.
 */
final class SetDressing {
    static final float PPM = PixelScreen.PIXELS_PER_METRE;
    /** Placed pieces: region, x, y (bottom-left, metres), width, height, flip, spin (gears). */
    private final Array<TextureRegion[]> pieces = new Array<>(false, 16, TextureRegion[].class);
    private final Array<float[]> places = new Array<>(false, 16, float[].class);

    /** The map's objects of a type (none without a map). */
    static List<MapObject> objects(ObjectScene scene, String type) {
        List<MapObject> found = new ArrayList<>();
        if (scene.atlas == null || scene.level.document == null) {
            return found;
        }
        for (MapObject object : scene.level.document.objects) {
            if (object.type.equals(type)) {
                found.add(object);
            }
        }
        return found;
    }

    static TextureRegion[] frames(SpriteAtlas atlas, String name) {
        SpriteAtlas.SpriteArt art = atlas == null ? null : atlas.sprite(name);
        return art == null ? null : art.frames("idle", art.def.palette);
    }

    /** A strip of a repeating piece laid along the top edge at y (conveyor belts, vat rims). */
    void repeat(SpriteAtlas atlas, String name, float x, float top, float width, boolean onTop) {
        TextureRegion[] frames = frames(atlas, name);
        if (frames == null) {
            return;
        }
        float w = frames[0].getRegionWidth() / PPM;
        float h = frames[0].getRegionHeight() / PPM;
        for (float at = x; at < x + width - 0.01f; at += w) {
            float piece = Math.min(w, x + width - at);
            TextureRegion[] cut = piece < w ? new TextureRegion[] {new TextureRegion(frames[0], 0, 0,
                    Math.max(1, Math.round(piece * PPM)), frames[0].getRegionHeight())} : frames;
            add(cut, at, onTop ? top - h : top, piece, h, 1f, 0f);
        }
    }

    /** A chain hanging down a climbable's middle. */
    void chain(SpriteAtlas atlas, float[] b) {
        TextureRegion[] frames = frames(atlas, "chain");
        if (frames == null) {
            return;
        }
        float w = frames[0].getRegionWidth() / PPM;
        float h = frames[0].getRegionHeight() / PPM;
        float x = (b[0] + b[2]) / 2f - w / 2f;
        for (float y = b[1]; y < b[3] - 0.01f; y += h) {
            add(frames, x, y, w, Math.min(h, b[3] - y), 1f, 0f);
        }
    }

    void add(TextureRegion[] frames, float x, float y, float w, float h, float flip, float spin) {
        pieces.add(frames);
        places.add(new float[] {x, y, w, h, flip, spin});
    }

    void draw(SpriteBatch batch, float clock) {
        for (int i = 0; i < pieces.size; i++) {
            TextureRegion[] frames = pieces.items[i];
            float[] p = places.items[i];
            TextureRegion frame = frames[p[5] > 0f ? (int) (clock * 6f) % frames.length : 0];
            batch.draw(frame, p[0], p[1], p[2] / 2f, 0f, p[2], p[3], p[4], 1f, 0f);
        }
    }
}
