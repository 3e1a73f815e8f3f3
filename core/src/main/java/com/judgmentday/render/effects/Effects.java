package com.judgmentday.render.effects;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.RandomXS128;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.events.GameEventListener;
import com.judgmentday.level.HazardDef;

/**
 * Particles from what happens: sparks off metal, splashes off liquid metal, dust off walls, muzzle smoke
 * and spent cases, fireballs, smoke and debris from blasts, vapour from a burst tank, ice glitter from a
 * shattering; and steady ones from the hazards: embers over molten steel, mist over nitrogen, flames and
 * smoke over fire. Only for the eye: it never touches the simulation.
 */
public final class Effects implements GameEventListener {
    private static final int SPARK = 0xffe27aff;
    private static final int SPARK_END = 0xd8431c00;
    private static final int SMOKE = 0x6e6a70c0;
    private static final int SMOKE_END = 0x3a383c00;
    private static final int DUST = 0x8a7a64e0;
    private static final int CHROME = 0xdfe6eeff;
    private static final int CHROME_END = 0x8793a000;
    private static final int ICE = 0xffffffff;
    private static final int ICE_END = 0x9fd8ff00;
    private static final int VAPOUR = 0xeef6ffa0;
    private static final int VAPOUR_END = 0xcfe7ff00;
    /** A vent's jet: fainter, added to the light (a haze), so it reads as steam and not as the T-1000's grey pieces. */
    private static final int JET = 0xdfeeff40;
    private static final int JET_END = 0xa8c8e800;
    /** A vent's standpipe's height, metres: its plume leaves the pipe's mouth (SteamDrawer draws the pipe). */
    public static final float STANDPIPE = 0.55f;
    /** A standing T-1000's centre above its feet, metres: where its shards land. */
    private static final float STANDING_CENTRE = 0.925f;
    private static final int FIRE = 0xfff1a0ff;
    private static final int FIRE_END = 0xb8200000;
    private static final int BRASS = 0xd8a83cff;
    private static final int BLOOD = 0x7a1414ff;
    private final Particles particles;
    private final RandomXS128 random = new RandomXS128(7L);
    private final ImmutableArray<Entity> hazards;
    private float emberDebt;
    private float mistDebt;
    /** The last muzzle flash and blast, for their light: where, and seconds since. */
    public float muzzleX;
    public float muzzleY;
    public float muzzleAge = Float.MAX_VALUE;
    public float blastX;
    public float blastY;
    public float blastAge = Float.MAX_VALUE;
    /** Seconds the effects have run, for anything that pulses. */
    public float clock;

    public Effects(Particles particles, ImmutableArray<Entity> hazards) {
        this.particles = particles;
        this.hazards = hazards;
    }

    @Override
    public void onEvent(GameEvent event) {
        if (!event.placed()) {
            return;
        }
        float x = event.x;
        float y = event.y;
        switch (event.type) {
            case WEAPON_FIRED:
                muzzleX = x;
                muzzleY = y;
                muzzleAge = 0f;
                burst(x, y, 3, 0.6f, 1.5f, 0f, 2f, 0.15f, 0.5f, SMOKE, SMOKE_END, false);
                break;
            case WEAPON_SHELL:
                particles.add(x, y, -1.2f + rand(0.6f), 2.5f + rand(0.8f), -20f, 0.5f, 0.1f, 0.7f, BRASS, BRASS, false);
                break;
            case WEAPON_IMPACT:
                impact(event.what, x, y);
                break;
            case EXPLOSION:
                blastX = x;
                blastY = y;
                blastAge = 0f;
                burst(x, y, 60, 1f, 6f, 4f, 2.5f, 0.2f, 0.6f, FIRE, FIRE_END, true);
                burst(x, y, 40, 0.8f, 2f, 2f, 0.8f, 0.25f, 2.2f, SMOKE, SMOKE_END, false);
                burst(x, y, 18, 0.2f, 8f, -18f, 0.2f, 0.12f, 1.2f, DUST, DUST, false);
                break;
            case BREAKABLE_BROKEN:
                // Debris: glass glitters down, walls and wood fall as dust.
                if ("glass".equals(event.detail())) {
                    burst(x, y, 50, 0.8f, 5f, -15f, 0.5f, 0.1f, 1f, ICE, ICE_END, true);
                } else {
                    burst(x, y, 40, 0.8f, 4f, -15f, 0.5f, 0.14f, 1.2f, DUST, DUST, false);
                }
                break;
            case TANK_RUPTURED:
                burst(x, y, 60, 0.6f, 5f, 0.5f, 1.5f, 0.4f, 2f, VAPOUR, VAPOUR_END, false);
                break;
            case T1000_SHATTERED:
                // The film's moment: it bursts into a spray of ice that rings off the floor, in a cloud of frost
                // (thirty small glints read as a ricochet's sparks to a first-time player).
                for (int i = 0; i < 80; i++) {
                    float angle = random.nextFloat() * MathUtils.PI;
                    float v = 7f * (0.3f + 0.7f * random.nextFloat());
                    particles.add(x + rand(0.3f), y + rand(0.6f), MathUtils.cos(angle) * v, MathUtils.sin(angle) * v,
                            -14f, 0.4f, 0.13f * (0.6f + 0.8f * random.nextFloat()), 0.5f,
                            1.5f * (0.6f + 0.8f * random.nextFloat()), ICE, ICE_END, true, y - STANDING_CENTRE);
                }
                burst(x, y, 30, 0.6f, 1.5f, 0.3f, 1f, 0.45f, 2f, VAPOUR, VAPOUR_END, false);
                break;
            case LIMB_SNAPPED:
                burst(x, y, 8, 0.2f, 2f, -12f, 0.5f, 0.1f, 0.6f, ICE, ICE_END, true);
                break;
            case T1000_MELTING:
                burst(x, y, 30, 0.5f, 4f, -8f, 0.5f, 0.12f, 1.2f, SPARK, SPARK_END, true);
                burst(x, y + 0.5f, 20, 0.6f, 1.5f, 2f, 0.8f, 0.5f, 1.8f, VAPOUR, VAPOUR_END, false);
                break;
            default:
                break;
        }
    }

    private void impact(String surface, float x, float y) {
        if (surface.equals("liquid-metal")) {
            burst(x, y, 8, 0.1f, 3f, -15f, 0.5f, 0.1f, 0.5f, CHROME, CHROME_END, false);
        } else if (surface.equals("metal") || surface.equals("steel")) {
            burst(x, y, 7, 0.05f, 5f, -15f, 0.5f, 0.08f, 0.35f, SPARK, SPARK_END, true);
        } else if (surface.equals("flesh")) {
            burst(x, y, 3, 0.05f, 1.5f, -12f, 0.5f, 0.08f, 0.3f, BLOOD, BLOOD, false);
        } else {
            burst(x, y, 5, 0.1f, 2.5f, -10f, 1f, 0.1f, 0.5f, DUST, DUST, false);
        }
    }

    /** Many particles from around (x, y): scattered up to spread metres, flying up to speed m/s. */
    private void burst(float x, float y, int n, float spread, float speed, float gravity, float drag, float size,
                       float life, int from, int to, boolean additive) {
        for (int i = 0; i < n; i++) {
            float angle = random.nextFloat() * MathUtils.PI2;
            float v = speed * (0.3f + 0.7f * random.nextFloat());
            particles.add(x + rand(spread), y + rand(spread), MathUtils.cos(angle) * v, MathUtils.sin(angle) * v, gravity,
                    drag, size * (0.6f + 0.8f * random.nextFloat()), life * (0.6f + 0.8f * random.nextFloat()), from, to,
                    additive);
        }
    }

    /** Moves the particles and lets the hazards give off theirs. */
    public void update(float dt) {
        blastAge += dt;
        clock += dt;
        muzzleAge += dt;
        emberDebt += dt;
        mistDebt += dt;
        boolean embers = emberDebt > 0.05f;
        boolean mist = mistDebt > 0.08f;
        for (int i = 0; i < hazards.size(); i++) {
            HazardComponent hazard = Mappers.HAZARD.get(hazards.get(i));
            ZoneComponent zone = Mappers.ZONE.get(hazards.get(i));
            if (zone.width <= 0f) {
                continue;
            }
            float top = zone.y + zone.height;
            if (hazard.kind == HazardDef.Kind.STEAM) {
                steam(hazard, zone, mist);
            } else if (hazard.kind == HazardDef.Kind.NITROGEN && mist) {
                int n = 1 + (int) (zone.width / 3f);
                for (int k = 0; k < n; k++) {
                    particles.add(zone.x + random.nextFloat() * zone.width, top, rand(0.3f), 0.2f + 0.3f * random.nextFloat(),
                            0f, 0.3f, 0.35f, 1.6f, VAPOUR, VAPOUR_END, false);
                }
            } else if (hazard.kind != HazardDef.Kind.NITROGEN && embers) {
                boolean fire = hazard.kind == HazardDef.Kind.FIRE;
                int n = 1 + (int) (zone.width / (fire ? 1f : 2.5f));
                for (int k = 0; k < n; k++) {
                    float px = zone.x + random.nextFloat() * zone.width;
                    float py = fire ? zone.y + random.nextFloat() * zone.height * 0.5f : top;
                    particles.add(px, py, rand(0.3f), 0.8f + random.nextFloat() * (fire ? 2f : 1.2f), 0f, 0.4f,
                            fire ? 0.18f : 0.1f, fire ? 0.7f : 1.4f, fire ? FIRE : SPARK, fire ? FIRE_END : SPARK_END, true);
                    if (fire && random.nextFloat() < 0.3f) {
                        particles.add(px, zone.y + zone.height, rand(0.2f), 1f, 0f, 0.3f, 0.4f, 2f, SMOKE, SMOKE_END, false);
                    }
                }
            }
        }
        if (embers) {
            emberDebt = 0f;
        }
        if (mist) {
            mistDebt = 0f;
        }
        particles.update(dt);
    }

    /**
     * A venting jet: small puffs leave the grate fast, slow as they rise, spread and swell into a widening plume
     * that fades (a cone, not a column: a column of grey squares a person's height read as the T-1000 standing
     * there); between jets, a wisp now and then.
     */
    private void steam(HazardComponent hazard, ZoneComponent zone, boolean due) {
        if (!due) {
            return;
        }
        boolean venting = hazard.venting();
        int n = venting ? 4 + (int) (zone.width * 3f) : random.nextFloat() < 0.15f ? 1 : 0;
        float rise = zone.height * (venting ? 3f : 0.6f);
        for (int k = 0; k < n; k++) {
            float px = zone.x + zone.width * (0.4f + 0.2f * random.nextFloat());
            particles.add(px, zone.y + STANDPIPE, rand(venting ? 1.8f : 0.3f), rise * (0.8f + 0.5f * random.nextFloat()),
                    0.8f, venting ? 1.3f : 0.5f, 0.2f, 6f, venting ? 1.2f : 1.1f, JET, JET_END, true);
        }
    }

    private float rand(float half) {
        return (random.nextFloat() * 2f - 1f) * half;
    }
}
