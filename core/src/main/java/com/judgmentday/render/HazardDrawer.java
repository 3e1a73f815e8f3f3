package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.ShapeComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.level.HazardDef;
import com.judgmentday.render.art.SpriteAtlas;

/**
 * The level's working parts in art: molten steel (a churning skin over its glowing body), spilt nitrogen,
 * flames, ladders, lift cars, doors, cell bars and exit signs. Repeating pieces are laid in whole tiles
 * and cut to fit with one reused region, so a frame allocates nothing.
 */
final class HazardDrawer {
    private static final float PPM = PixelScreen.PIXELS_PER_METRE;
    private final SpriteAtlas atlas;
    private final TextureRegion cut = new TextureRegion();
    /** A door drawn taller than this many times its art's height repeats instead of stretching. */
    private static final float DOOR_STRETCH = 1.6f;
    private float clock;

    HazardDrawer(SpriteAtlas atlas) {
        this.atlas = atlas;
    }

    void advance(float seconds) {
        clock += seconds;
    }

    /** A sprite's animation frame now (by its own pace), or null when the art has none. */
    private TextureRegion frame(String name) {
        SpriteAtlas.SpriteArt art = atlas == null ? null : atlas.sprite(name);
        TextureRegion[] frames = art == null ? null : art.frames("idle", art.def.palette);
        if (frames == null) {
            return null;
        }
        float fps = art.def.anims.get("idle").framesPerSecond;
        return frames[(int) (clock * fps) % frames.length];
    }

    boolean has(String name) {
        return atlas != null && atlas.sprite(name) != null;
    }

    /** Molten steel, nitrogen or fire; false when the art has nothing for it (shapes stand in). */
    boolean hazard(SpriteBatch batch, HazardComponent hazard, ZoneComponent zone) {
        if (zone.width <= 0f) {
            return true;
        }
        if (hazard.kind == HazardDef.Kind.MOLTEN) {
            TextureRegion body = frame("molten-body");
            TextureRegion skin = frame("molten-surface");
            if (body == null || skin == null) {
                return false;
            }
            float skinH = skin.getRegionHeight() / PPM;
            fill(batch, body, zone.x, zone.y, zone.width, Math.max(0f, zone.height - skinH));
            fill(batch, skin, zone.x, zone.y + Math.max(0f, zone.height - skinH), zone.width, Math.min(skinH, zone.height));
            return true;
        }
        if (hazard.kind == HazardDef.Kind.NITROGEN) {
            TextureRegion skin = frame("nitrogen-surface");
            if (skin == null) {
                return false;
            }
            fill(batch, skin, zone.x, zone.y, zone.width, Math.max(zone.height, skin.getRegionHeight() / PPM));
            return true;
        }
        TextureRegion flames = frame("flames");
        if (flames == null) {
            return false;
        }
        float w = flames.getRegionWidth() / PPM;
        for (float x = zone.x; x < zone.x + zone.width - 0.01f; x += w) {
            batch.draw(flames, x, zone.y, Math.min(w, zone.x + zone.width - x), zone.height);
        }
        return true;
    }

    /** A ladder up a climbable zone; false without art. */
    boolean ladder(SpriteBatch batch, ZoneComponent zone) {
        TextureRegion rung = frame("ladder");
        if (rung == null) {
            return false;
        }
        float w = rung.getRegionWidth() / PPM;
        fill(batch, rung, zone.x + zone.width / 2f - w / 2f, zone.y, w, zone.height);
        return true;
    }

    boolean lift(SpriteBatch batch, float x, float y, float width, float height) {
        TextureRegion car = frame("lift");
        if (car == null) {
            return false;
        }
        batch.draw(car, x - width / 2f, y - height / 2f, width, Math.max(height, car.getRegionHeight() / PPM));
        return true;
    }

    /** A door (stretched to its box) or cell bars (repeated along it); false without art. */
    boolean grate(SpriteBatch batch, ShapeComponent shape) {
        float[] v = shape.vertices;
        float left = Math.min(v[0], v[4]);
        float bottom = Math.min(v[1], v[5]);
        float width = Math.abs(v[2] - v[0]);
        float height = Math.abs(v[5] - v[1]);
        TextureRegion art = frame(shape.door ? "door" : "bars");
        if (art == null) {
            return false;
        }
        float nativeHeight = art.getRegionHeight() / PPM;
        if (shape.door && height <= nativeHeight * DOOR_STRETCH) {
            batch.draw(art, left, bottom, width, height);
        } else {
            // Bars, and doors far taller than a door (gates), repeat at their own size rather than stretch.
            fill(batch, art, left, bottom, width, height);
        }
        return true;
    }

    /**
     * The exit's sign over its middle, hung just inside its top (an exit as tall as a doorway), else just above it;
     * false without art. Drawn above the top, the mill tunnel's sign sat on the tunnel's roof, and a tester stood on
     * the roof thinking he was at the exit.
     */
    boolean exit(SpriteBatch batch, ZoneComponent zone) {
        TextureRegion sign = frame("exit-sign");
        if (sign == null) {
            return false;
        }
        float w = sign.getRegionWidth() / PPM;
        float h = sign.getRegionHeight() / PPM;
        float y = zone.height >= DOORWAY ? zone.y + zone.height - h - 0.1f : zone.y + zone.height + 0.1f;
        batch.draw(sign, zone.x + zone.width / 2f - w / 2f, y, w, h);
        return true;
    }

    /** An exit at least this tall hangs its sign inside, metres. */
    private static final float DOORWAY = 2f;

    /** Tiles a region over a box from its bottom-left, cutting the last row and column to fit. */
    private void fill(SpriteBatch batch, TextureRegion tile, float x0, float y0, float width, float height) {
        float w = tile.getRegionWidth() / PPM;
        float h = tile.getRegionHeight() / PPM;
        for (float y = y0; y < y0 + height - 0.001f; y += h) {
            float ph = Math.min(h, y0 + height - y);
            for (float x = x0; x < x0 + width - 0.001f; x += w) {
                float pw = Math.min(w, x0 + width - x);
                cut.setRegion(tile, 0, tile.getRegionHeight() - Math.max(1, Math.round(ph * PPM)),
                        Math.max(1, Math.round(pw * PPM)), Math.max(1, Math.round(ph * PPM)));
                batch.draw(cut, x, y, pw, ph);
            }
        }
    }
}
