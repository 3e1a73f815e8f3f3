package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.TmxDocument;
import com.judgmentday.render.art.SpriteAtlas;

import java.util.Locale;

/**
 * The level's set dressing, drawn from its map: vehicles parked where the level puts them, conveyor
 * belts, cog wheels turning, chains hanging on `chain` climbables, and the riveted rims of vats. Only
 * looks: machines that move things are the simulation's business when it has them.
 */
final class SetDressing {
    private static final float PPM = PixelScreen.PIXELS_PER_METRE;
    /** Placed pieces: region, x, y (bottom-left, metres), width, height, flip, spin (gears). */
    private final Array<TextureRegion[]> pieces = new Array<>(false, 16, TextureRegion[].class);
    private final Array<float[]> places = new Array<>(false, 16, float[].class);
    private float clock;

    SetDressing(SpriteAtlas atlas, LevelDef level) {
        TmxDocument document = level.document;
        if (atlas == null || document == null) {
            return;
        }
        for (MapObject object : document.objects) {
            float[] b = document.bounds(object);
            switch (object.type) {
                case "vehicle":
                    vehicle(atlas, object, b);
                    break;
                case "conveyor":
                    repeat(atlas, "conveyor", b[0], b[3], b[2] - b[0], true);
                    break;
                case "crusher":
                    if ("gears".equals(object.properties.get("kind", "gears"))) {
                        gears(atlas, b);
                    }
                    break;
                case "ladder":
                    if (object.name.toLowerCase(Locale.ROOT).startsWith("chain")) {
                        chain(atlas, b);
                    }
                    break;
                case "light":
                    if ("beacon".equals(object.properties.get("kind", "beacon"))) {
                        TextureRegion[] beacon = frames(atlas, "beacon");
                        if (beacon != null) {
                            float w = beacon[0].getRegionWidth() / PPM;
                            add(beacon, b[0] - w / 2f, b[1], w, beacon[0].getRegionHeight() / PPM, 1f, 1f);
                        }
                    }
                    break;
                case "molten-steel":
                    if ("vat".equals(object.properties.get("kind", "pool"))) {
                        repeat(atlas, "vat", b[0], b[3], b[2] - b[0], true);
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private static TextureRegion[] frames(SpriteAtlas atlas, String name) {
        SpriteAtlas.SpriteArt art = atlas.sprite(name);
        return art == null ? null : art.frames("idle", art.def.palette);
    }

    private void vehicle(SpriteAtlas atlas, MapObject object, float[] b) {
        TextureRegion[] frames = frames(atlas, "vehicle-" + object.properties.get("kind", "motorcycle"));
        if (frames == null) {
            return;
        }
        float w = frames[0].getRegionWidth() / PPM;
        float h = frames[0].getRegionHeight() / PPM;
        boolean left = "left".equals(object.properties.get("facing", "right"));
        add(frames, (b[0] + b[2]) / 2f - w / 2f, b[1], w, h, left ? -1f : 1f, 0f);
    }

    /** A strip of a repeating piece laid along the top edge at y (conveyor belts, vat rims). */
    private void repeat(SpriteAtlas atlas, String name, float x, float top, float width, boolean onTop) {
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

    private void gears(SpriteAtlas atlas, float[] b) {
        TextureRegion[] frames = frames(atlas, "gear");
        if (frames == null) {
            return;
        }
        float size = Math.min(b[2] - b[0], b[3] - b[1]);
        add(frames, (b[0] + b[2]) / 2f - size / 2f, (b[1] + b[3]) / 2f - size / 2f, size, size, 1f, 1f);
    }

    private void chain(SpriteAtlas atlas, float[] b) {
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

    private void add(TextureRegion[] frames, float x, float y, float w, float h, float flip, float spin) {
        pieces.add(frames);
        places.add(new float[] {x, y, w, h, flip, spin});
    }

    /** True when nothing of the level is dressed (no art for it, or nothing to dress). */
    boolean empty() {
        return pieces.size == 0;
    }

    void advance(float seconds) {
        clock += seconds;
    }

    void draw(SpriteBatch batch) {
        for (int i = 0; i < pieces.size; i++) {
            TextureRegion[] frames = pieces.items[i];
            float[] p = places.items[i];
            TextureRegion frame = frames[p[5] > 0f ? (int) (clock * 6f) % frames.length : 0];
            batch.draw(frame, p[0], p[1], p[2] / 2f, 0f, p[2], p[3], p[4], 1f, 0f);
        }
    }
}
