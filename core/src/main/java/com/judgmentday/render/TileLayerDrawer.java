package com.judgmentday.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.Disposable;
import com.badlogic.gdx.utils.FloatArray;
import com.badlogic.gdx.utils.GdxRuntimeException;
import com.badlogic.gdx.utils.IntMap;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.level.TileLayerDef;
import com.judgmentday.level.TilesetDef;
import com.judgmentday.level.TmxDocument;
import com.judgmentday.physics.Units;

/**
 * Draws the map's tile layers with its own tileset images: the layers below an object layer behind all
 * the game draws (just over the backdrop), those above every object layer in front of the characters.
 * Each frame draws only the cells in view, straight from the layers' gids, and makes no garbage; the
 * textures are loaded with the level and go with it (a saved map makes a new drawer).
 */
final class TileLayerDrawer implements Disposable {
    /** How far inside a tile its texture coordinates start, in texels: no neighbour's edge bleeds in. */
    private static final float INSET = 1f / 64f;
    private static final float VIRTUAL_PPM = PixelScreen.PIXELS_PER_METRE;
    private final Array<Texture> textures = new Array<>();
    private final IntMap<TileArt> tiles = new IntMap<>();
    private final Array<TileLayerDef> back = new Array<>(false, 4, TileLayerDef.class);
    private final Array<TileLayerDef> front = new Array<>(false, 4, TileLayerDef.class);
    /** Each layer's tint and opacity as a packed vertex colour, in step with {@link #back} and {@link #front}. */
    private final FloatArray backColours = new FloatArray();
    private final FloatArray frontColours = new FloatArray();
    private final float[] quad = new float[4 * TileQuad.STRIDE];
    private final float cellWidth;
    private final float cellHeight;
    private final float mapHeight;
    private int reachX;
    private int reachY;
    private long clockMillis;
    private float clockRest;

    /** One tile's picture: its texture and corners, its size and offset in metres, or its animation. */
    private static final class TileArt {
        Texture texture;
        float u;
        float v;
        float u2;
        float v2;
        float width;
        float height;
        float offsetX;
        float offsetY;
        TileArt[] frames;
        /** When each frame ends, milliseconds into the animation. */
        int[] ends;

        TileArt at(long millis) {
            return frames == null ? this : frames[TileQuad.frame(ends, millis)];
        }
    }

    /** Loads the tileset images the visible layers use; a tileset whose image won't load is left out, logged. */
    TileLayerDrawer(TmxDocument document, String tag) {
        cellWidth = document == null ? 1f : Units.metres(document.tileWidth);
        cellHeight = document == null ? 1f : Units.metres(document.tileHeight);
        mapHeight = document == null ? 0f : document.heightMetres();
        if (document == null || document.tileLayers.isEmpty()) {
            return;
        }
        ObjectMap<TilesetDef, IntMap<Texture>> loaded = new ObjectMap<>();
        for (TilesetDef tileset : document.tilesets) {
            loaded.put(tileset, load(tileset, tag));
        }
        for (TileLayerDef layer : document.tileLayers) {
            if (!layer.visible || layer.opacity <= 0f) {
                continue;
            }
            (layer.foreground ? front : back).add(layer);
            Color colour = new Color(layer.tint);
            (layer.foreground ? frontColours : backColours).add(
                    Color.toFloatBits(colour.r, colour.g, colour.b, colour.a * layer.opacity));
            for (int gid : layer.gids) {
                int id = gid & TileLayerDef.GID_MASK;
                if (id != 0 && !tiles.containsKey(id)) {
                    TilesetDef tileset = document.tileset(id);
                    tiles.put(id, animated(document, tileset, id - tileset.firstGid, loaded.get(tileset)));
                }
            }
        }
    }

    /** The tileset's textures by local id (one for a sheet, under -1); empty when its images can't be read. */
    private IntMap<Texture> load(TilesetDef tileset, String tag) {
        IntMap<Texture> loaded = new IntMap<>();
        try {
            if (tileset.sheet != null) {
                loaded.put(-1, texture(tileset.sheet));
            }
            for (IntMap.Entry<TilesetDef.TileImage> image : tileset.images) {
                loaded.put(image.key, texture(image.value));
            }
        } catch (GdxRuntimeException e) {
            Gdx.app.error(tag, "tileset '" + tileset.name + "' is not drawn: its image can't be loaded (" + e.getMessage() + ")");
            loaded.clear();
        }
        return loaded;
    }

    private Texture texture(TilesetDef.TileImage image) {
        Texture texture = new Texture(image.file);
        texture.setFilter(Texture.TextureFilter.Nearest, Texture.TextureFilter.Nearest);
        textures.add(texture);
        return texture;
    }

    private TileArt animated(TmxDocument document, TilesetDef tileset, int local, IntMap<Texture> loaded) {
        int[] frames = tileset.animations.get(local);
        if (frames == null) {
            return art(document, tileset, local, loaded);
        }
        TileArt art = new TileArt();
        art.frames = new TileArt[frames.length / 2];
        art.ends = new int[frames.length / 2];
        int end = 0;
        for (int i = 0; i < art.frames.length; i++) {
            art.frames[i] = art(document, tileset, frames[i * 2], loaded);
            end += frames[i * 2 + 1];
            art.ends[i] = end;
        }
        return art;
    }

    private TileArt art(TmxDocument document, TilesetDef tileset, int local, IntMap<Texture> loaded) {
        TileArt art = new TileArt();
        art.texture = loaded.get(tileset.sheet != null ? -1 : local);
        if (art.texture == null) {
            return art;
        }
        int x = 0;
        int y = 0;
        int w = art.texture.getWidth();
        int h = art.texture.getHeight();
        if (tileset.sheet != null) {
            x = tileset.margin + local % tileset.columns * (tileset.tileWidth + tileset.spacing);
            y = tileset.margin + local / tileset.columns * (tileset.tileHeight + tileset.spacing);
            w = tileset.tileWidth;
            h = tileset.tileHeight;
        }
        float texelU = 1f / art.texture.getWidth();
        float texelV = 1f / art.texture.getHeight();
        art.u = (x + INSET) * texelU;
        art.v = (y + INSET) * texelV;
        art.u2 = (x + w - INSET) * texelU;
        art.v2 = (y + h - INSET) * texelV;
        art.width = tileset.gridSize ? cellWidth : Units.metres(w);
        art.height = tileset.gridSize ? cellHeight : Units.metres(h);
        art.offsetX = Units.metres(tileset.offsetX);
        art.offsetY = -Units.metres(tileset.offsetY);
        reachX = Math.max(reachX, (int) Math.ceil((Math.max(art.width, art.height) + Math.abs(art.offsetX)) / cellWidth));
        reachY = Math.max(reachY, (int) Math.ceil((Math.max(art.width, art.height) + Math.abs(art.offsetY)) / cellHeight));
        return art;
    }

    void advance(float deltaSeconds) {
        clockRest += deltaSeconds * 1000f;
        int whole = (int) clockRest;
        clockMillis += whole;
        clockRest -= whole;
    }

    boolean hasBackground() {
        return back.size > 0;
    }

    /** Draws the layers behind the game's drawing, or those in front; the batch is drawing in metres. */
    void draw(Batch batch, OrthographicCamera camera, boolean foreground) {
        Array<TileLayerDef> layers = foreground ? front : back;
        FloatArray colours = foreground ? frontColours : backColours;
        float halfWidth = camera.viewportWidth * camera.zoom / 2f;
        float halfHeight = camera.viewportHeight * camera.zoom / 2f;
        float pixel = camera.zoom / VIRTUAL_PPM;
        for (int l = 0; l < layers.size; l++) {
            TileLayerDef layer = layers.items[l];
            float colour = colours.items[l];
            // Tiled's parallax: a layer slides by (1 - factor) of how far the view is from the parallax origin.
            float shiftX = (1f - layer.parallaxX) * (camera.position.x - Units.metres(layer.parallaxOriginX));
            float shiftY = (1f - layer.parallaxY) * (camera.position.y - mapHeight + Units.metres(layer.parallaxOriginY));
            float left = Units.metres(layer.offsetX) + Math.round(shiftX / pixel) * pixel;
            float top = mapHeight - Units.metres(layer.offsetY) + Math.round(shiftY / pixel) * pixel;
            int firstColumn = TileQuad.first((camera.position.x - halfWidth - left) / cellWidth, reachX);
            int lastColumn = TileQuad.last((camera.position.x + halfWidth - left) / cellWidth, reachX, layer.width);
            int firstRow = TileQuad.first((top - camera.position.y - halfHeight) / cellHeight, reachY);
            int lastRow = TileQuad.last((top - camera.position.y + halfHeight) / cellHeight, reachY, layer.height);
            for (int row = firstRow; row <= lastRow; row++) {
                float bottom = top - (row + 1) * cellHeight;
                for (int column = firstColumn; column <= lastColumn; column++) {
                    int gid = layer.gids[row * layer.width + column];
                    TileArt art = gid == 0 ? null : tiles.get(gid & TileLayerDef.GID_MASK);
                    if (art != null) {
                        art = art.at(clockMillis);
                        if (art.texture != null) {
                            cell(batch, art, gid, left + column * cellWidth, bottom, colour);
                        }
                    }
                }
            }
        }
    }

    /** One tile from the bottom-left of its cell, as Tiled places tiles bigger or smaller than the grid. */
    private void cell(Batch batch, TileArt art, int gid, float x, float y, float colour) {
        boolean turned = (gid & TileLayerDef.FLIP_DIAGONAL) != 0;
        float x1 = x + art.offsetX;
        float y1 = y + art.offsetY;
        float x2 = x1 + (turned ? art.height : art.width);
        float y2 = y1 + (turned ? art.width : art.height);
        float[] q = quad;
        q[0] = x1;
        q[1] = y1;
        q[5] = x1;
        q[6] = y2;
        q[10] = x2;
        q[11] = y2;
        q[15] = x2;
        q[16] = y1;
        q[2] = colour;
        q[7] = colour;
        q[12] = colour;
        q[17] = colour;
        TileQuad.uvs(gid, art.u, art.v, art.u2, art.v2, q);
        batch.draw(art.texture, q, 0, q.length);
    }

    @Override
    public void dispose() {
        for (Texture texture : textures) {
            texture.dispose();
        }
        textures.clear();
    }
}
