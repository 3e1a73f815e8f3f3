package com.judgmentday.render.effects;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.utils.Disposable;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.HungComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.level.HazardDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.TmxDocument;

/**
 * Light without a GPU to spare: the scene is dimmed to the ambient light, then glows are added on top:
 * molten steel and fire burning orange, spilt nitrogen faintly blue, muzzle flashes and blasts, exits,
 * and the T-800's red eye. Then the particles, glowing ones added, the rest blended.
 */
public final class LightPass implements Disposable {
    private static final Color AMBIENT = new Color(0.62f, 0.58f, 0.66f, 1f);
    private static final Color MOLTEN = new Color(1f, 0.45f, 0.1f, 0.55f);
    private static final Color FIRE = new Color(1f, 0.6f, 0.2f, 0.6f);
    private static final Color COLD = new Color(0.5f, 0.75f, 1f, 0.25f);
    private static final Color FLASH = new Color(1f, 0.85f, 0.5f, 0.9f);
    private static final Color EXIT = new Color(0.4f, 1f, 0.5f, 0.35f);
    private static final Color EYE = new Color(1f, 0.1f, 0.05f, 0.8f);
    private static final Color BEACON = new Color(1f, 0.15f, 0.1f, 0.6f);
    private static final Color LAMP = new Color(1f, 0.85f, 0.6f, 0.4f);
    private final Texture pixelTexture;
    private final Texture radialTexture;
    private final TextureRegion pixel;
    private final TextureRegion radial;
    private final ImmutableArray<Entity> entities;
    /** The level's own lights (x, y, 1 for a pulsing beacon or 0 for a lamp), from its map. */
    private final float[] placed;
    private float clock;
    private final Color tint = new Color();

    public LightPass(ImmutableArray<Entity> entities, TmxDocument document) {
        this.entities = entities;
        this.placed = lights(document);
        Pixmap white = new Pixmap(1, 1, Pixmap.Format.RGBA8888);
        white.setColor(Color.WHITE);
        white.fill();
        pixelTexture = new Texture(white);
        white.dispose();
        int size = 64;
        Pixmap glow = new Pixmap(size, size, Pixmap.Format.RGBA8888);
        glow.setBlending(Pixmap.Blending.None);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float dx = (x + 0.5f) / size * 2f - 1f;
                float dy = (y + 0.5f) / size * 2f - 1f;
                float falloff = Math.max(0f, 1f - (dx * dx + dy * dy));
                glow.drawPixel(x, y, Color.rgba8888(1f, 1f, 1f, falloff * falloff));
            }
        }
        radialTexture = new Texture(glow);
        radialTexture.setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
        glow.dispose();
        pixel = new TextureRegion(pixelTexture);
        radial = new TextureRegion(radialTexture);
    }

    private static float[] lights(TmxDocument document) {
        if (document == null) {
            return new float[0];
        }
        com.badlogic.gdx.utils.FloatArray found = new com.badlogic.gdx.utils.FloatArray();
        com.judgmentday.level.PropertyDef kind = com.judgmentday.level.LevelSchema.standard().type("light").property("kind");
        for (MapObject object : document.objects) {
            if (object.type.equals("light")) {
                float[] b = document.bounds(object);
                found.addAll(b[0], b[1], "lamp".equals(object.value(kind)) ? 0f : 1f);
            }
        }
        return found.toArray();
    }

    /** A white pixel, for anything drawn as a tinted rectangle. */
    public TextureRegion pixel() {
        return pixel;
    }

    /** Dims the view to the ambient light, adds the glows, then draws the particles. Call inside batch.begin/end. */
    public void draw(SpriteBatch batch, OrthographicCamera camera, Effects effects, Particles particles, float pixelSize) {
        float w = camera.viewportWidth * camera.zoom;
        float h = camera.viewportHeight * camera.zoom;
        batch.setBlendFunction(GL20.GL_ZERO, GL20.GL_SRC_COLOR);
        batch.setColor(AMBIENT);
        batch.draw(pixel, camera.position.x - w / 2f, camera.position.y - h / 2f, w, h);
        batch.setBlendFunction(GL20.GL_SRC_ALPHA, GL20.GL_ONE);
        for (int i = 0; i < entities.size(); i++) {
            glow(batch, entities.get(i));
        }
        clock = effects.clock;
        for (int i = 0; i < placed.length; i += 3) {
            boolean beacon = placed[i + 2] > 0f;
            // A beacon sweeps: bright twice a second, dim between.
            float pulse = beacon ? 0.35f + 0.65f * Math.abs(com.badlogic.gdx.math.MathUtils.sin(clock * 3.1f)) : 1f;
            light(batch, placed[i], placed[i + 1] + 0.2f, beacon ? 3f : 4f, beacon ? BEACON : LAMP, pulse);
        }
        if (effects.muzzleAge < 0.08f) {
            light(batch, effects.muzzleX, effects.muzzleY, 2.5f, FLASH, 1f - effects.muzzleAge / 0.08f);
        }
        if (effects.blastAge < 0.5f) {
            light(batch, effects.blastX, effects.blastY, 7f, FLASH, 1f - effects.blastAge / 0.5f);
        }
        particles.draw(batch, pixel, true, pixelSize);
        batch.setBlendFunction(GL20.GL_SRC_ALPHA, GL20.GL_ONE_MINUS_SRC_ALPHA);
        particles.draw(batch, pixel, false, pixelSize);
        batch.setColor(Color.WHITE);
    }

    private void glow(SpriteBatch batch, Entity entity) {
        EntityKind kind = Mappers.IDENTITY.get(entity).kind;
        if (kind == EntityKind.HAZARD) {
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            ZoneComponent zone = Mappers.ZONE.get(entity);
            if (zone.width <= 0f || hazard.kind == HazardDef.Kind.STEAM) {
                return;
            }
            Color colour = hazard.kind == HazardDef.Kind.MOLTEN ? MOLTEN : hazard.kind == HazardDef.Kind.FIRE ? FIRE : COLD;
            float radius = hazard.kind == HazardDef.Kind.NITROGEN ? 1.5f : 3f;
            for (float x = zone.x + radius / 2f; x < zone.x + zone.width + radius / 2f; x += radius) {
                light(batch, Math.min(x, zone.x + zone.width), zone.y + zone.height, radius, colour, 1f);
            }
        } else if (kind == EntityKind.EXIT) {
            ZoneComponent zone = Mappers.ZONE.get(entity);
            light(batch, zone.x + zone.width / 2f, zone.y + zone.height / 2f, Math.max(zone.width, zone.height), EXIT, 1f);
        } else if (kind == EntityKind.CHARACTER && "metal".equals(Mappers.CHARACTER.get(entity).def.surface)) {
            // A machine's red eye.
            HealthComponent health = Mappers.HEALTH.get(entity);
            if (health != null && health.shutdownTicks > 0) {
                return;
            }
            TransformComponent t = Mappers.TRANSFORM.get(entity);
            CharacterComponent body = Mappers.CHARACTER.get(entity);
            // After the emergency power reroute the eye burns brighter: the alternate power route.
            boolean rerouted = health != null && health.shutdowns > 0;
            HungComponent hung = Mappers.HUNG.get(entity);
            if (hung != null && hung.sunk && t.y + body.height * 0.4f < hung.surface) {
                // Gone under the molten steel: the eye with it.
                return;
            }
            light(batch, t.x + body.facing * 0.12f, t.y + body.height * 0.4f, rerouted ? 0.2f : 0.12f, EYE,
                    rerouted ? 1f : 0.6f);
        }
    }

    private void light(SpriteBatch batch, float x, float y, float radius, Color colour, float strength) {
        tint.set(colour.r, colour.g, colour.b, colour.a * strength);
        batch.setColor(tint);
        batch.draw(radial, x - radius, y - radius, radius * 2f, radius * 2f);
    }

    @Override
    public void dispose() {
        pixelTexture.dispose();
        radialTexture.dispose();
    }
}
