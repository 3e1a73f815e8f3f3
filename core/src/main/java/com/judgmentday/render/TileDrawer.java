package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.PolygonRegion;
import com.badlogic.gdx.graphics.g2d.PolygonSpriteBatch;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.math.EarClippingTriangulator;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ShapeComponent;
import com.judgmentday.components.SurfaceComponent;
import com.judgmentday.render.art.SpriteAtlas;

/**
 * Covers rectangular solid ground with its material's repeating tile (`tile-steel`, `tile-concrete`,
 * `tile-dirt` when it names none), laid from the top-left so every floor's surface row is whole. The
 * tiles are worked out once per level; each frame only draws them.
 */
final class TileDrawer {
    private static final float PPM = PixelScreen.PIXELS_PER_METRE;
    private final Array<TextureRegion> regions = new Array<>(false, 256, TextureRegion.class);
    private final Array<float[]> places = new Array<>(false, 256, float[].class);

    private final Array<PolygonRegion> polygons = new Array<>(false, 16, PolygonRegion.class);

    TileDrawer(SpriteAtlas atlas, ImmutableArray<Entity> entities) {
        EarClippingTriangulator triangulator = new EarClippingTriangulator();
        for (Entity entity : entities) {
            ShapeComponent shape = Mappers.SHAPE.get(entity);
            SurfaceComponent surface = Mappers.SURFACE.get(entity);
            if (shape == null || shape.bars || shape.door || shape.breakable || !shape.closed) {
                continue;
            }
            String material = surface == null ? "" : surface.material;
            if (isBox(shape.vertices)) {
                TextureRegion tile = tile(atlas, material);
                if (tile != null) {
                    lay(tile, shape.vertices);
                }
                continue;
            }
            // Any other outline (slopes, ramps): a polygon whose texture repeats, in texels from the world origin.
            Texture texture = atlas.repeating("tile-" + material);
            if (texture == null) {
                texture = atlas.repeating("tile-dirt");
            }
            if (texture == null) {
                continue;
            }
            float[] texels = new float[shape.vertices.length];
            for (int i = 0; i < texels.length; i++) {
                texels[i] = shape.vertices[i] * PPM;
            }
            polygons.add(new PolygonRegion(new TextureRegion(texture), texels,
                    triangulator.computeTriangles(texels).toArray()));
        }
    }

    private static TextureRegion tile(SpriteAtlas atlas, String material) {
        SpriteAtlas.SpriteArt art = atlas.sprite("tile-" + material);
        if (art == null) {
            art = atlas.sprite("tile-dirt");
        }
        TextureRegion[] frames = art == null ? null : art.frames("idle", art.def.palette);
        return frames == null ? null : frames[0];
    }

    /** Tiles the box from its top-left corner; the last column and row are cut to fit. */
    private void lay(TextureRegion tile, float[] v) {
        float left = Math.min(Math.min(v[0], v[2]), v[4]);
        float right = Math.max(Math.max(v[0], v[2]), v[4]);
        float bottom = Math.min(Math.min(v[1], v[3]), v[5]);
        float top = Math.max(Math.max(v[1], v[3]), v[5]);
        float size = tile.getRegionWidth() / PPM;
        for (float y = top; y > bottom + 0.001f; y -= size) {
            float h = Math.min(size, y - bottom);
            for (float x = left; x < right - 0.001f; x += size) {
                float w = Math.min(size, right - x);
                int pw = Math.max(1, Math.round(w * PPM));
                int ph = Math.max(1, Math.round(h * PPM));
                regions.add(pw == tile.getRegionWidth() && ph == tile.getRegionHeight() ? tile
                        : new TextureRegion(tile, 0, 0, pw, ph));
                places.add(new float[] {x, y - h, w, h});
            }
        }
    }

    private static boolean isBox(float[] v) {
        if (v.length != 8) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            boolean horizontal = v[i * 2 + 1] == v[j * 2 + 1];
            boolean vertical = v[i * 2] == v[j * 2];
            if (!horizontal && !vertical) {
                return false;
            }
        }
        return true;
    }

    void draw(SpriteBatch batch) {
        for (int i = 0; i < regions.size; i++) {
            float[] p = places.items[i];
            batch.draw(regions.items[i], p[0], p[1], p[2], p[3]);
        }
    }

    /** The sloped and shaped ground, drawn with the polygon batch (texels scaled back to metres). */
    void drawPolygons(PolygonSpriteBatch batch) {
        for (int i = 0; i < polygons.size; i++) {
            PolygonRegion polygon = polygons.items[i];
            // Width and height at the region's own size keep the vertices in texels; the scale makes them metres.
            batch.draw(polygon, 0f, 0f, 0f, 0f, polygon.getRegion().getRegionWidth(), polygon.getRegion().getRegionHeight(),
                    1f / PPM, 1f / PPM, 0f);
        }
    }

    boolean hasPolygons() {
        return polygons.size > 0;
    }
}
