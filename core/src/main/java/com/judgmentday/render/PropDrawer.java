package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.MathUtils;
import com.judgmentday.components.FragmentComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.SizeComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.render.art.SpriteAtlas;

/**
 * Crates, nitrogen tanks, grenades, pick-ups and the T-1000's shards and droplets: sprites stretched to
 * the body they show, turned with it; plain shapes where the art has no sprite.
 */
final class PropDrawer {
    private static final float PPM = PixelScreen.PIXELS_PER_METRE;
    private final SpriteAtlas atlas;
    private final LiquidMetalShader liquidMetal;

    PropDrawer(SpriteAtlas atlas, LiquidMetalShader liquidMetal) {
        this.atlas = atlas;
        this.liquidMetal = liquidMetal;
    }

    /** A region of a one-frame sprite (or the given variant), or null when the art has none. */
    private TextureRegion region(String sprite, String anim, int variant) {
        SpriteAtlas.SpriteArt art = atlas == null ? null : atlas.sprite(sprite);
        TextureRegion[] frames = art == null ? null : art.frames(anim, art.def.palette);
        return frames == null ? null : frames[Math.floorMod(variant, frames.length)];
    }

    boolean crate(SpriteBatch batch, Entity entity, float alpha) {
        TextureRegion frame = region("crate", "idle", 0);
        if (frame == null) {
            return false;
        }
        SizeComponent size = Mappers.SIZE.get(entity);
        TransformComponent t = Mappers.TRANSFORM.get(entity);
        drawCentred(batch, frame, t, alpha, size.width, size.height);
        return true;
    }

    boolean tank(SpriteBatch batch, HazardComponent tank) {
        TextureRegion frame = region("tank", tank.intactTank() ? "idle" : "ruptured", 0);
        if (frame == null) {
            return false;
        }
        batch.draw(frame, tank.tankX, tank.tankY, tank.tankWidth, tank.tankHeight);
        return true;
    }

    boolean fragment(SpriteBatch batch, Entity entity, float alpha) {
        FragmentComponent fragment = Mappers.FRAGMENT.get(entity);
        TextureRegion frame = region(fragment.liquid ? "droplet" : "shard", "idle", Mappers.IDENTITY.get(entity).id);
        if (frame == null) {
            return false;
        }
        TransformComponent t = Mappers.TRANSFORM.get(entity);
        if (fragment.liquid) {
            liquidMetal.begin(batch);
        }
        drawCentred(batch, frame, t, alpha, fragment.size, fragment.size);
        if (fragment.liquid) {
            liquidMetal.end(batch);
        }
        return true;
    }

    /**
     * Necks of liquid metal between droplets close enough to be merging, thicker the closer they are,
     * so the pieces visibly flow into each other (a metaball's look without its cost).
     */
    void bridges(SpriteBatch batch, ImmutableArray<Entity> fragments, TextureRegion pixel,
                 float alpha) {
        liquidMetal.begin(batch);
        for (int i = 0; i < fragments.size(); i++) {
            FragmentComponent a = Mappers.FRAGMENT.get(fragments.get(i));
            if (!a.liquid) {
                continue;
            }
            TransformComponent ta = Mappers.TRANSFORM.get(fragments.get(i));
            for (int j = i + 1; j < fragments.size(); j++) {
                FragmentComponent b = Mappers.FRAGMENT.get(fragments.get(j));
                if (!b.liquid || b.owner != a.owner) {
                    continue;
                }
                TransformComponent tb = Mappers.TRANSFORM.get(fragments.get(j));
                float ax = MathUtils.lerp(ta.prevX, ta.x, alpha);
                float ay = MathUtils.lerp(ta.prevY, ta.y, alpha);
                float bx = MathUtils.lerp(tb.prevX, tb.x, alpha);
                float by = MathUtils.lerp(tb.prevY, tb.y, alpha);
                float reach = (a.size + b.size) * 1.2f;
                float d = (float) Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
                if (d >= reach || d < 0.01f) {
                    continue;
                }
                float thickness = Math.min(a.size, b.size) * 0.6f * (1f - d / reach);
                float degrees = MathUtils.atan2(by - ay, bx - ax) * MathUtils.radiansToDegrees;
                batch.setColor(0.8f, 0.84f, 0.9f, 1f);
                batch.draw(pixel, ax, ay - thickness / 2f, 0f, thickness / 2f, d, thickness, 1f, 1f, degrees);
            }
        }
        batch.setColor(1f, 1f, 1f, 1f);
        liquidMetal.end(batch);
    }

    boolean grenade(SpriteBatch batch, Entity entity, float alpha) {
        TextureRegion frame = region("grenade", "idle", 0);
        if (frame == null) {
            return false;
        }
        TransformComponent t = Mappers.TRANSFORM.get(entity);
        drawCentred(batch, frame, t, alpha, frame.getRegionWidth() / PPM, frame.getRegionHeight() / PPM);
        return true;
    }

    boolean pickup(SpriteBatch batch, Entity entity) {
        String item = Mappers.PICKUP.get(entity).item;
        String sprite = item.equals("ammo") || item.equals("grenades") || item.equals("health") ? "pickup-" + item : item;
        TextureRegion frame = region(sprite, "idle", 0);
        if (frame == null) {
            return false;
        }
        ZoneComponent zone = Mappers.ZONE.get(entity);
        float w = frame.getRegionWidth() / PPM;
        batch.draw(frame, zone.x + zone.width / 2f - w / 2f, zone.y, w, frame.getRegionHeight() / PPM);
        return true;
    }

    /** A frame stretched to w x h metres, centred on the body and turned with it. */
    private static void drawCentred(SpriteBatch batch, TextureRegion frame, TransformComponent t, float alpha, float w,
                                    float h) {
        float x = MathUtils.lerp(t.prevX, t.x, alpha);
        float y = MathUtils.lerp(t.prevY, t.y, alpha);
        float degrees = MathUtils.radiansToDegrees * lerpAngle(t.prevAngle, t.angle, alpha);
        batch.draw(frame, x - w / 2f, y - h / 2f, w / 2f, h / 2f, w, h, 1f, 1f, degrees);
    }

    static float lerpAngle(float from, float to, float alpha) {
        float delta = ((to - from + MathUtils.PI) % MathUtils.PI2 + MathUtils.PI2) % MathUtils.PI2 - MathUtils.PI;
        return from + delta * alpha;
    }

    /** The shapes a crate, grenade or pick-up is drawn with when there is no art. */
    static void fallback(ShapeRenderer shapes, Entity entity, float alpha) {
        TransformComponent t = Mappers.TRANSFORM.get(entity);
        switch (Mappers.IDENTITY.get(entity).kind) {
            case CRATE: {
                SizeComponent size = Mappers.SIZE.get(entity);
                float x = MathUtils.lerp(t.prevX, t.x, alpha);
                float y = MathUtils.lerp(t.prevY, t.y, alpha);
                float degrees = MathUtils.radiansToDegrees * lerpAngle(t.prevAngle, t.angle, alpha);
                shapes.setColor(Palette.CRATE);
                shapes.rect(x - size.width / 2f, y - size.height / 2f, size.width / 2f, size.height / 2f, size.width,
                        size.height, 1f, 1f, degrees);
                break;
            }
            case GRENADE:
                shapes.setColor(Palette.GUN);
                shapes.circle(MathUtils.lerp(t.prevX, t.x, alpha), MathUtils.lerp(t.prevY, t.y, alpha), 0.09f, 10);
                break;
            case PICKUP: {
                ZoneComponent zone = Mappers.ZONE.get(entity);
                shapes.setColor(Palette.CRATE_PLANK);
                shapes.rect(zone.x + zone.width * 0.15f, zone.y, zone.width * 0.7f, zone.height * 0.5f);
                break;
            }
            default:
                break;
        }
    }
}
