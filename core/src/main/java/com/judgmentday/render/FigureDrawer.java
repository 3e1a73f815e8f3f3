package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.MathUtils;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.FragmentComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.Material;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MeleeComponent;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.TransformComponent;

/**
 * Figures in shapes for people and the T-1000 where the art has no sprite (uniforms by role, chrome while
 * it recovers), and what shows over the T-1000 however it is drawn: bullet holes, the blade arm growing
 * through the wind-up, and the floor's pattern its legs take on (a tell for careful players).
 */
final class FigureDrawer {
    void draw(ShapeRenderer shapes, Entity entity, float alpha) {
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        // People bob as they walk; the T-1000 glides (a tell for a careful player).
        measure(entity, alpha, Mappers.PERSON.has(entity));
        float x = box.x;
        float y = box.y;
        float w = box.w;
        float h = box.h;
        float left = box.left;
        float bottom = box.bottom;
        float legs = box.legs;
        float head = box.head;
        AppearanceComponent appearance = Mappers.APPEARANCE.get(entity);
        LiquidComponent liquid = Mappers.LIQUID.get(entity);
        PersonComponent person = Mappers.PERSON.get(entity);
        String look = appearance != null ? appearance.look : person.role;
        if (liquid != null && (liquid.material == Material.MELTED || liquid.material == Material.SHATTERED
                || liquid.material == Material.REFORMING)) {
            // Gone, or in pieces drawn as fragments.
            return;
        }
        HealthComponent health = Mappers.HEALTH.get(entity);
        if (health != null && health.out()) {
            // Down (or dead): lying on the floor.
            shapes.setColor(health.dead ? Palette.WOUND : trousers(look));
            shapes.rect(x - h / 2f, y - h / 2f, h * 0.45f, w * 0.6f);
            shapes.setColor(shirt(look));
            shapes.rect(x - h / 2f + h * 0.45f, y - h / 2f, h * 0.35f, w * 0.7f);
            shapes.setColor(Palette.SKIN);
            shapes.rect(x - h / 2f + h * 0.8f, y - h / 2f, h * 0.2f, w * 0.6f);
            return;
        }
        boolean frost = liquid != null && (liquid.material == Material.FROZEN || liquid.material == Material.CHILLED);
        boolean chrome = liquid != null && (liquid.recoverTicks > 0 || liquid.material == Material.MELTING);
        shapes.setColor(frost ? Palette.FROST_DARK : chrome ? Palette.CHROME_DARK : trousers(look));
        if (liquid != null && liquid.limbsLost > 0) {
            // A leg snapped off: it stands on the other one.
            shapes.rect(left + w * (character.facing > 0 ? 0.1f : 0.5f), bottom, w * 0.4f, legs);
        } else {
            shapes.rect(left + w * 0.1f, bottom, w * 0.8f, legs);
        }
        shapes.setColor(frost ? Palette.FROST : chrome ? Palette.CHROME : shirt(look));
        shapes.rect(left, bottom + legs, w, h - legs - head);
        shapes.setColor(frost ? Palette.FROST : chrome ? Palette.CHROME : Palette.SKIN);
        shapes.rect(left + w * 0.15f, bottom + h - head, w * 0.7f, head);
        overlays(shapes, entity, alpha);
    }

    /** A blow's handle (Sarah's broom, a guard's baton) sweeping from over the shoulder down to level ahead, {@code progress} 0 to 1. */
    void swing(ShapeRenderer shapes, Entity entity, float alpha, float progress) {
        measure(entity, alpha, false);
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        float handX = box.x;
        float handY = box.bottom + box.h * 0.65f;
        float angle = (1f - progress) * 80f * MathUtils.degreesToRadians;
        MeleeComponent melee = Mappers.MELEE.get(entity);
        float reach = melee == null ? 0.9f : melee.def.range + character.def.width / 2f;
        float tipX = handX + character.facing * reach * MathUtils.cos(angle);
        float tipY = handY + reach * MathUtils.sin(angle);
        shapes.setColor(Palette.LADDER);
        shapes.rectLine(handX, handY, tipX, tipY, 0.06f);
    }

    /** What shows over the T-1000's body however it is drawn: bullet holes, and the blade arm winding up. */
    void overlays(ShapeRenderer shapes, Entity entity, float alpha) {
        LiquidComponent liquid = Mappers.LIQUID.get(entity);
        if (liquid == null || liquid.material.incapacitated() && liquid.material != Material.FROZEN) {
            return;
        }
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        measure(entity, alpha, false);
        float x = box.x;
        float w = box.w;
        float h = box.h;
        float left = box.left;
        float bottom = box.bottom;
        float legs = box.legs;
        float head = box.head;
        AppearanceComponent appearance = Mappers.APPEARANCE.get(entity);
        if (appearance != null && !appearance.pattern.isEmpty() && liquid.material == Material.LIQUID) {
            drawPattern(shapes, left + w * 0.1f, bottom, w * 0.8f, legs * 0.6f, appearance.pattern);
        }
        if (liquid != null && liquid.holes > 0) {
            shapes.setColor(Palette.CHROME);
            for (int i = 0; i < Math.min(liquid.holes, 9); i++) {
                float hx = left + w * (0.2f + 0.3f * (i % 3));
                float hy = bottom + legs + (h - legs - head) * (0.2f + 0.3f * (i / 3 % 3));
                shapes.circle(hx, hy, 0.06f, 8);
            }
        }
        T1000Component mind = Mappers.T1000.get(entity);
        if (mind != null && mind.windupTicks > 0) {
            float reach = 0.4f + 0.9f * (1f - mind.windupTicks / (float) Math.max(mind.windupTicks, 24));
            float armY = bottom + h * 0.62f;
            float from = x + character.facing * w * 0.5f;
            shapes.setColor(Palette.CHROME);
            shapes.triangle(from, armY + 0.09f, from, armY - 0.09f, from + character.facing * reach, armY);
        }
    }

    /** A character in its own clothes (the T-800, Sarah, John) in shapes, when the art has no sprite for them. */
    void protagonist(ShapeRenderer shapes, Entity entity, float alpha, boolean flashing) {
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        measure(entity, alpha, true);
        float x = box.x;
        float y = box.y;
        float w = box.w;
        float h = box.h;
        float left = box.left;
        float bottom = box.bottom;
        int facing = character.facing;
        // A machine under the skin wears the T-800's jacket; people their shirts.
        boolean terminator = "metal".equals(character.def.surface);
        float legs = box.legs;
        float head = box.head;
        shapes.setColor(Palette.JEANS);
        shapes.rect(left + w * 0.1f, bottom, w * 0.8f, legs);
        shapes.setColor(terminator ? Palette.JACKET : Palette.SHIRT);
        shapes.rect(left, bottom + legs, w, h - legs - head);
        shapes.setColor(Palette.SKIN);
        shapes.rect(left + w * 0.15f, bottom + h - head, w * 0.7f, head);
        HealthComponent health = Mappers.HEALTH.get(entity);
        if (health != null && health.fraction() < 1f) {
            // Skin torn away shows the metal beneath: more of it as integrity falls.
            float torn = 1f - health.fraction();
            shapes.setColor(terminator ? Palette.CHROME : Palette.WOUND);
            shapes.rect(left + w * 0.15f, bottom + h - head, w * 0.7f * torn, head * 0.6f);
            shapes.rect(left, bottom + legs + (h - legs - head) * 0.5f, w * torn, (h - legs - head) * 0.3f);
        }
        boolean shutDown = health != null && health.shutdownTicks > 0;
        if (terminator) {
            shapes.setColor(Palette.SHADES);
            shapes.rect(left + w * 0.15f, bottom + h - head * 0.55f, w * 0.7f, head * 0.22f);
            shapes.setColor(shutDown ? Palette.SHADES : Palette.EYE);
            float eyeX = facing > 0 ? left + w * 0.62f : left + w * 0.24f;
            shapes.rect(eyeX, bottom + h - head * 0.5f, w * 0.14f, head * 0.12f);
            shapes.setColor(Palette.GUN);
            WeaponComponent weapon = Mappers.WEAPON.get(entity);
            float gunY = y + (weapon != null && weapon.slots.size > 0 ? weapon.held().def.muzzleHeight : 0f);
            float gunStart = x;
            float gunEnd = x + facing * (w * 0.5f + 0.55f);
            shapes.rectLine(gunStart, gunY, gunEnd, gunY, 0.12f);
            if (flashing) {
                shapes.setColor(Palette.FLASH);
                shapes.triangle(gunEnd, gunY + 0.22f, gunEnd, gunY - 0.22f, gunEnd + facing * 0.7f, gunY);
            }
        } else {
            shapes.setColor(Palette.HAIR);
            shapes.rect(left + w * 0.1f, bottom + h - head * 0.35f, w * 0.8f, head * 0.35f);
        }
    }

    /** A shard of the frozen T-1000 (a frosted quad, tumbling) or a droplet of it (chrome, round). */
    void drawFragment(ShapeRenderer shapes, Entity entity, float alpha) {
        TransformComponent t = Mappers.TRANSFORM.get(entity);
        FragmentComponent fragment = Mappers.FRAGMENT.get(entity);
        float x = MathUtils.lerp(t.prevX, t.x, alpha);
        float y = MathUtils.lerp(t.prevY, t.y, alpha);
        float h = fragment.size / 2f;
        if (fragment.liquid) {
            shapes.setColor(Palette.CHROME_DARK);
            shapes.circle(x, y, h, 14);
            shapes.setColor(Palette.CHROME);
            shapes.circle(x - h * 0.25f, y + h * 0.25f, h * 0.55f, 10);
            return;
        }
        float cos = MathUtils.cos(t.angle);
        float sin = MathUtils.sin(t.angle);
        // The same irregular quad the body uses, turned to the body's angle.
        float[] q = quad;
        for (int i = 0; i < 4; i++) {
            float px = SHARD[i * 2] * h;
            float py = SHARD[i * 2 + 1] * h;
            q[i * 2] = x + px * cos - py * sin;
            q[i * 2 + 1] = y + px * sin + py * cos;
        }
        shapes.setColor(Palette.FROST);
        shapes.triangle(q[0], q[1], q[2], q[3], q[4], q[5]);
        shapes.setColor(Palette.FROST_DARK);
        shapes.triangle(q[0], q[1], q[4], q[5], q[6], q[7]);
    }

    /** A figure's box this frame, in metres: where it stands, its size, and where its legs and head are. */
    private static final class Box {
        float x;
        float y;
        float w;
        float h;
        float left;
        float bottom;
        float legs;
        float head;
    }

    private final Box box = new Box();

    /** Measures the character's box at this frame's interpolation, bobbing its walkers. */
    private void measure(Entity entity, float alpha, boolean bobs) {
        TransformComponent t = Mappers.TRANSFORM.get(entity);
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        box.x = MathUtils.lerp(t.prevX, t.x, alpha);
        box.y = MathUtils.lerp(t.prevY, t.y, alpha);
        box.w = character.def.width;
        box.h = character.height;
        box.left = box.x - box.w / 2f;
        box.bottom = box.y - box.h / 2f + (bobs ? bob(character, box.x) : 0f);
        box.legs = box.h * 0.45f;
        box.head = box.h * 0.2f;
    }

    /** A shard's corners, in half-sizes (as the body factory shapes it). */
    private static final float[] SHARD = {-1f, -0.6f, 0.8f, -1f, 1f, 0.5f, -0.4f, 1f};
    private final float[] quad = new float[8];

    /**
     * An armed person's (or the T-1000's) aim, the tell before each shot: a thin red line from its gun to where it aims,
     * brighter as the shot comes.
     */
    void aim(ShapeRenderer shapes, Entity entity, float alpha, int aimTicks, float aimX, float aimY) {
        measure(entity, alpha, false);
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        float fromX = box.x + character.facing * box.w * 0.6f;
        float fromY = box.bottom + box.h * 0.62f;
        shapes.setColor(1f, 0.15f, 0.1f, Math.min(1f, 0.25f + aimTicks / 40f));
        // Two pixels or more at any zoom: thinner, the software rasteriser drops whole runs of it (a dashed line).
        shapes.rectLine(fromX, fromY, aimX, aimY + 0.2f, 0.07f);
    }

    /** Someone who gave up: both arms raised above the head, in their sleeves with bare hands. */
    void handsUp(ShapeRenderer shapes, Entity entity, float alpha) {
        measure(entity, alpha, false);
        float shoulders = box.bottom + box.h * 0.78f;
        float top = box.bottom + box.h * 1.08f;
        for (int side = -1; side <= 1; side += 2) {
            float x = box.x + side * box.w * 0.32f;
            shapes.setColor(Palette.POLICE);
            shapes.rectLine(x, shoulders, x + side * 0.05f, top - 0.08f, 0.09f);
            shapes.setColor(Palette.SKIN);
            shapes.rect(x + side * 0.05f - 0.05f, top - 0.1f, 0.1f, 0.1f);
        }
    }

    /**
     * The one the player was just handed (a beat's control step): a pointer over its head, bobbing, so a player told
     * "YOU ARE SARAH NOW" sees which figure is theirs.
     */
    void youMarker(ShapeRenderer shapes, Entity entity, float alpha, float bob) {
        measure(entity, alpha, false);
        float x = box.x;
        float tip = box.bottom + box.h + 0.35f + bob * 0.15f;
        shapes.setColor(Palette.HUD_OBJECTIVE);
        shapes.triangle(x - 0.4f, tip + 0.5f, x + 0.4f, tip + 0.5f, x, tip);
        shapes.rect(x - 0.13f, tip + 0.5f, 0.26f, 0.4f);
    }

    /** A walker's step bob, from how far it has walked (so it needs no clock). */
    static float bob(CharacterComponent character, float x) {
        return character.groundContacts > 0 ? Math.abs(MathUtils.sin(x * 2.6f)) * 0.06f : 0f;
    }

    private static void drawPattern(ShapeRenderer shapes, float x, float y, float w, float h, String pattern) {
        float size = 0.15f;
        for (float py = y; py < y + h; py += size) {
            for (float px = x; px < x + w; px += size) {
                boolean striped = pattern.equals("striped");
                boolean dark = striped ? ((int) ((px + py) / size) % 2 == 0)
                        : (((int) ((px - x) / size) + (int) ((py - y) / size)) % 2 == 0);
                // Stripes: the handrail's yellow bands. Chequer plate: the floor's two steel greys, so the legs turn
                // to the plate they stand on rather than to a board of white squares.
                if (dark || !striped) {
                    shapes.setColor(striped ? Color.GOLD : dark ? Palette.PLATE_TREAD : Palette.PLATE);
                    shapes.rect(px, py, Math.min(size, x + w - px), Math.min(size, y + h - py));
                }
            }
        }
    }

    private static Color shirt(String look) {
        switch (look) {
            case "police":
            case "swat":
                return Palette.POLICE;
            case "guard":
            case "orderly":
                return Palette.GUARD;
            case "chrome":
                return Palette.CHROME;
            default:
                return Palette.CIVILIAN;
        }
    }

    private static Color trousers(String look) {
        return look.equals("police") || look.equals("swat") ? Palette.POLICE_TROUSERS : Palette.JEANS;
    }
}
