package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.utils.ObjectMap;
import com.badlogic.gdx.math.MathUtils;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.HungComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.Material;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.components.PoseComponent;
import com.judgmentday.components.RidingComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.render.art.SpriteAtlas;
import com.judgmentday.systems.Arms;

/**
 * Draws characters with their sprites: the animation from what the body is doing (standing, running,
 * in the air, climbing, shooting, down), the palette from who they look like (the T-1000 takes the look
 * it copied, frost when frozen, chrome when hurt or melting; posing, its feet in the floor's tile), mirrored to face
 * their way; a limping character leans and dips.
 */
final class SpriteDrawer {
    private static final float PPM = PixelScreen.PIXELS_PER_METRE;
    /** Run frames advance with distance covered, metres per frame, so legs match the ground speed. */
    private static final float STRIDE = 0.3f;
    private static final float RUNNING = 0.6f;
    /** A hidden escort: darkened, and crouched to this much of its height. */
    private static final Color HIDDEN = new Color(0.42f, 0.42f, 0.5f, 1f);
    private static final float HIDDEN_CROUCH = 0.72f;
    private final SpriteAtlas atlas;
    private final LiquidMetalShader liquidMetal;
    /** The part of a sinking figure above the surface (reused: no garbage a frame). */
    private final TextureRegion above = new TextureRegion();
    /** One row of the floor's tile, reused for every row of fused feet. */
    private final TextureRegion fused = new TextureRegion();
    private float clock;
    private long tick;
    private float hurtSeconds;
    /** How long a hit makes the T-800 recoil, seconds; below this much integrity its skin is torn to the metal. */
    private static final float HURT_SECONDS = 0.25f;
    private static final float TORN_BELOW = 0.5f;

    SpriteDrawer(SpriteAtlas atlas, LiquidMetalShader liquidMetal) {
        this.atlas = atlas;
        this.liquidMetal = liquidMetal;
    }

    /** True when the art has no sprite for this character (shapes stand in). */
    boolean missing(Entity entity) {
        return atlas.sprite(Mappers.CHARACTER.get(entity).def.sprite) == null;
    }

    /**
     * The sprite for this character now: its def's sprite; one-armed, that sprite's "-onearm" variant, and worn
     * down after an emergency reboot its "-endo" one, where the art has them (the T-800); someone copying or
     * playing a look with a sprite of its own (Sarah) takes it.
     */
    private SpriteAtlas.SpriteArt art(Entity entity) {
        String sprite = Mappers.CHARACTER.get(entity).def.sprite;
        SpriteAtlas.SpriteArt art = null;
        HealthComponent health = Mappers.HEALTH.get(entity);
        if (health != null && health.shutdowns > 0 && health.fraction() < ENDO_BELOW) {
            art = atlas.sprite(sprite + "-endo");
        }
        if (art == null && Arms.oneArmed(entity)) {
            art = atlas.sprite(sprite + "-onearm");
        }
        String look = look(entity);
        // A look with a sprite of its own (the T-1000 as Sarah) wears it; other looks are the figure in a palette.
        if (art == null && look != null) {
            art = atlas.sprite(look);
        }
        return art != null ? art : atlas.sprite(sprite);
    }

    /** The look a figure wears (the T-1000's copy, a person's role), or null for a character with its own. */
    private static String look(Entity entity) {
        AppearanceComponent looks = Mappers.APPEARANCE.get(entity);
        PersonComponent person = Mappers.PERSON.get(entity);
        return looks != null ? looks.look : person != null ? person.role : null;
    }

    /** Below this much integrity after its reboot, the body is down to the endoskeleton. */
    private static final float ENDO_BELOW = 0.2f;

    /** {@code tick}: the simulation's, for what counts from a tick (a ride's distance). */
    void advance(float seconds, long tick) {
        this.tick = tick;
        clock += seconds;
        hurtSeconds = Math.max(0f, hurtSeconds - seconds);
    }

    /** Draws a character; false when the art has no sprite for it (the caller falls back to shapes). */
    boolean character(SpriteBatch batch, Entity entity, float alpha, boolean shooting) {
        SpriteAtlas.SpriteArt art = art(entity);
        if (art == null) {
            return false;
        }
        LiquidComponent liquid = Mappers.LIQUID.get(entity);
        if (liquid != null && (liquid.material == Material.MELTED || liquid.material == Material.SHATTERED
                || liquid.material == Material.REFORMING)) {
            return true;
        }
        TransformComponent t = Mappers.TRANSFORM.get(entity);
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        RidingComponent ride = Mappers.RIDING.get(entity);
        if (ride != null) {
            riding(batch, art, entity, ride, alpha);
            return true;
        }
        HealthComponent health = Mappers.HEALTH.get(entity);
        float x = MathUtils.lerp(t.prevX, t.x, alpha);
        float y = MathUtils.lerp(t.prevY, t.y, alpha);
        float feet = y - character.height / 2f;
        float vx = (t.x - t.prevX) * 60f;
        float vy = (t.y - t.prevY) * 60f;
        String palette = palette(entity, art, liquid);
        HungComponent hung = Mappers.HUNG.get(entity);
        boolean lying = hung == null && health != null && health.out();
        String anim;
        int index;
        if (hung != null) {
            // Hanging by a raised hand, thumb up (climbing's reach where the art has no hang).
            anim = art.has("hang") ? "hang" : "climb";
            index = 0;
        } else if (lying) {
            anim = "idle";
            index = 0;
        } else if (hurt(entity) && art.has("hurt")) {
            anim = "hurt";
            index = 0;
        } else if (attacking(entity) && art.has("blade")) {
            anim = "blade";
            index = Mappers.T1000.get(entity).windupTicks > 12 ? 0 : 1;
        } else if (liquid != null && liquid.squeezed && art.has("pour")) {
            anim = "pour";
            index = (int) (Math.abs(x) / STRIDE);
        } else if (shooting && art.has("shoot")) {
            anim = "shoot";
            index = (int) (clock * 12f);
        } else if (character.climbing && art.has("climb")) {
            anim = "climb";
            index = (int) (y / STRIDE);
        } else if (character.groundContacts == 0 && vy != 0f && art.has("jump")) {
            // Off the ground and moving up or down (not a body at rest before its first contact: shoppers stood
            // arms up, falling, on the level's first frame).
            anim = vy > 0f ? "jump" : "fall";
            index = 0;
        } else if (Math.abs(vx) > RUNNING) {
            anim = "run";
            index = (int) (Math.abs(x) / STRIDE);
        } else {
            anim = "idle";
            index = (int) (clock * 2f);
        }
        TextureRegion[] frames = art.frames(anim, palette);
        if (frames == null) {
            frames = art.frames("idle", palette);
        }
        TextureRegion frame = frames[Math.floorMod(index, frames.length)];
        float w = art.def.width / PPM;
        float h = art.def.height / PPM;
        float ox = art.def.originX / PPM;
        float oy = art.def.originY / PPM;
        if (lying) {
            // Down, dead or shut down: the standing frame laid on its back along the floor.
            batch.draw(frame, x - ox, feet - oy + art.def.width / 2f / PPM, ox, oy, w, h, character.facing, 1f,
                    character.facing > 0 ? 90f : -90f);
            return true;
        }
        if (hung != null && hung.sunk) {
            sinking(batch, frame, x - ox, feet - oy, w, h, character.facing, hung.surface);
            return true;
        }
        boolean chrome = palette.equals("chrome");
        if (chrome) {
            liquidMetal.begin(batch);
        }
        FollowComponent follow = Mappers.FOLLOW.get(entity);
        boolean hidden = follow != null && follow.hidden;
        if (hidden) {
            // Crouched in its hiding place, in shadow: there for a player who looks, not for the T-1000.
            batch.setColor(HIDDEN);
        }
        boolean limping = Mappers.LIMP.has(entity);
        // Limping: the weight drops onto the good leg every other stride, and the body leans off the wounded one.
        float lean = !limping ? 0f : anim.equals("run") ? (index % 2 == 0 ? LIMP_LEAN : -LIMP_LEAN / 3f) : LIMP_LEAN / 2f;
        if (liquid != null && liquid.bracedTicks > 0 && liquid.recoverTicks == 0) {
            // Braced: leaning forward into the shells, which barely move it now (LiquidBodySystem).
            lean = -BRACE_LEAN;
        }
        float dip = limping && anim.equals("run") && index % 2 == 0 ? 1f / PPM : 0f;
        AwarenessComponent awareness = Mappers.AWARENESS.get(entity);
        // Crouched: in its hiding place, or a frightened person cowering with nowhere left to run.
        boolean crouched = hidden || awareness != null && awareness.cowering;
        batch.draw(frame, x - ox, feet - oy - dip, ox, oy, w, h, character.facing, crouched ? HIDDEN_CROUCH : 1f,
                lean * character.facing);
        if (hidden) {
            batch.setColor(Color.WHITE);
        }
        if (chrome) {
            liquidMetal.end(batch);
        }
        fusedFeet(batch, entity, x, feet);
        weapon(batch, entity, x, feet, character.facing, shooting);
        return true;
    }

    /** Who sank into molten steel, drawn only above its surface (the raised hand goes last), until it is gone. */
    private void sinking(SpriteBatch batch, TextureRegion frame, float left, float bottom, float w, float h, int facing,
                         float surface) {
        int rows = Math.min(frame.getRegionHeight(), (int) Math.ceil((bottom + h - surface) * PPM));
        if (rows <= 0) {
            return;
        }
        above.setRegion(frame, 0, 0, frame.getRegionWidth(), rows);
        batch.draw(above, left, bottom + h - rows / PPM, w / 2f, 0f, w, rows / PPM, facing, 1f, 0f);
    }

    /**
     * A posing T-1000's feet fused into the floor: its lowest rows drawn in the floor's own tile, widest where they
     * flow into it, so a player who looks closely sees the grating run up into Sarah's shoes.
     */
    /** A rider on its vehicle pulling away along its facing, seated (crouched to its saddle), leaning into it. */
    private void riding(SpriteBatch batch, SpriteAtlas.SpriteArt art, Entity entity, RidingComponent ride, float alpha) {
        float x = ride.x + ride.facing * RidingComponent.gone(Math.max(0f, (tick - ride.since + alpha) / 60f));
        SpriteAtlas.SpriteArt vehicle = atlas.sprite("vehicle-" + ride.kind);
        float seat = ride.bottom + 0.35f;
        if (vehicle != null) {
            TextureRegion body = vehicle.frames("idle", vehicle.def.palette)[0];
            float w = vehicle.def.width / PPM;
            float h = vehicle.def.height / PPM;
            seat = ride.bottom + h * 0.45f;
            batch.draw(body, x - w / 2f, ride.bottom, w / 2f, 0f, w, h, ride.facing, 1f, 0f);
        }
        TextureRegion frame = art.frames("idle", palette(entity, art, Mappers.LIQUID.get(entity)))[0];
        batch.draw(frame, x - art.def.originX / PPM, seat - art.def.originY / PPM, art.def.originX / PPM,
                art.def.originY / PPM, art.def.width / PPM, art.def.height / PPM, ride.facing, HIDDEN_CROUCH,
                -8f * ride.facing);
    }

    private void fusedFeet(SpriteBatch batch, Entity entity, float x, float feet) {
        PoseComponent pose = Mappers.POSE.get(entity);
        if (pose == null || pose.fusedTo.isEmpty()) {
            return;
        }
        SpriteAtlas.SpriteArt tile = atlas.sprite("tile-" + pose.fusedTo);
        if (tile == null) {
            return;
        }
        TextureRegion floor = tile.frames("idle", tile.def.palette)[0];
        for (int row = 0; row < FUSED_ROWS; row++) {
            int width = FUSED_WIDTH - row * 2;
            fused.setRegion(floor, (floor.getRegionWidth() - width) / 2, row % floor.getRegionHeight(), width, 1);
            batch.draw(fused, x - width / 2f / PPM, feet + row / PPM, width / PPM, 1f / PPM);
        }
    }

    /** How many pixel rows of the feet the floor flows into, and how wide its lowest row is, virtual pixels. */
    private static final int FUSED_ROWS = 4;
    private static final int FUSED_WIDTH = 12;
    /** How far a limping figure leans, degrees. */
    private static final float LIMP_LEAN = 6f;
    /** A role's looks: its own palette and numbered ones (civilian-1, civilian-2) where the art has them. */
    private static final int LOOKS = 3;
    /** Each role's palette names, its own first, made once (not a string a person a frame). */
    private final ObjectMap<String, String[]> looks = new ObjectMap<>();
    /** How far a braced T-1000 leans into the blows, degrees. */
    private static final float BRACE_LEAN = 14f;

    /** The weapon in the hands of whoever carries one: at the hip, raised to fire. */
    private void weapon(SpriteBatch batch, Entity entity, float x, float feet, int facing, boolean shooting) {
        WeaponComponent weapons = Mappers.WEAPON.get(entity);
        if (weapons == null || weapons.slots.size == 0) {
            return;
        }
        SpriteAtlas.SpriteArt art = atlas.sprite(weapons.held().def.name);
        if (art == null) {
            return;
        }
        TextureRegion frame = art.frames("idle", art.def.palette)[0];
        float handX = (shooting ? HAND_X : HIP_X) / PPM;
        float handY = (shooting ? HAND_Y : HIP_Y) / PPM;
        float ox = art.def.originX / PPM;
        float oy = art.def.originY / PPM;
        batch.draw(frame, x + facing * handX - ox, feet + handY - oy, ox, oy, art.def.width / PPM, art.def.height / PPM,
                facing, 1f, 0f);
    }

    /** Where the T-800 holds its weapon, virtual pixels from its feet centre: raised to fire, or at the hip. */
    private static final float HAND_X = 8f;
    private static final float HAND_Y = 24f;
    private static final float HIP_X = 5f;
    private static final float HIP_Y = 19f;

    /** The T-1000 winding up a stab: its arm is a blade. */
    private static boolean attacking(Entity entity) {
        T1000Component mind = Mappers.T1000.get(entity);
        return mind != null && mind.windupTicks > 0;
    }

    /** A character just hit: it recoils for a moment. */
    private boolean hurt(Entity entity) {
        HealthComponent health = Mappers.HEALTH.get(entity);
        return health != null && health.health < health.max && hurtSeconds > 0f && Mappers.CONTROL.has(entity);
    }

    /** Told by the renderer when the player was hurt, so it recoils. */
    void hurtPlayer() {
        hurtSeconds = HURT_SECONDS;
    }

    /**
     * The palette: a character with a sprite of its own wears its sprite's palette (badly hurt, that palette's
     * "-torn" variant where the art has one); a figure wears its look.
     */
    private String palette(Entity entity, SpriteAtlas.SpriteArt art, LiquidComponent liquid) {
        if (look(entity) == null) {
            HealthComponent integrity = Mappers.HEALTH.get(entity);
            return integrity != null && integrity.fraction() < TORN_BELOW ? art.def.palette + "-torn" : art.def.palette;
        }
        if (liquid != null) {
            if (liquid.material == Material.FROZEN || liquid.material == Material.CHILLED) {
                return "frost";
            }
            if (liquid.recoverTicks > 0 && liquid.material != Material.MELTING || liquid.holes > 0) {
                // Knocked back, bursting or shot through, its disguise gives way to the metal.
                return "chrome";
            }
        }
        AppearanceComponent appearance = Mappers.APPEARANCE.get(entity);
        if (appearance != null) {
            return appearance.look;
        }
        PersonComponent person = Mappers.PERSON.get(entity);
        if (person == null) {
            return "civilian";
        }
        // Shoppers in a crowd are not one person: a role's numbered palettes (civilian-1, civilian-2), where the art
        // has them, go round by id. The T-1000 copying a shopper wears the role's own.
        String variant = looks(person.role)[Mappers.IDENTITY.get(entity).id % LOOKS];
        return art.hasPalette(variant) ? variant : person.role;
    }

    private String[] looks(String role) {
        String[] names = looks.get(role);
        if (names == null) {
            names = new String[LOOKS];
            names[0] = role;
            for (int i = 1; i < LOOKS; i++) {
                names[i] = role + "-" + i;
            }
            looks.put(role, names);
        }
        return names;
    }
}
