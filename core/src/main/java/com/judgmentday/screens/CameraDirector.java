package com.judgmentday.screens;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.RandomXS128;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.events.GameEventListener;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.render.PixelScreen;
import com.judgmentday.render.WorldRenderer;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.stage.StageState;

/**
 * Where the camera looks: ahead of the player, eased; inside the level; framed by the camera zone the
 * player stands in (kept within it, at its zoom); a beat's framing, widened to keep the player in the picture;
 * shaken by blasts and heavy guns (trauma that decays,
 * unless screen shake is off); moved in whole virtual pixels so pixel art doesn't shimmer. When the level is lost
 * with someone else down (John caught), it turns to them, so the loss is seen before its page.
 */
final class CameraDirector implements GameEventListener {
    /** How far ahead of the player the camera looks, and how high above its centre, metres. */
    private static final float LOOK_AHEAD = 3f;
    private static final float LOOK_UP = 1.5f;
    /**
     * How fast the look-ahead swings to the other side when the player turns, per second: slower than the camera follows,
     * so turning to fire and back in a stand pans the view rather than throwing it 6 m each way (round 23: "the camera
     * re-centres in jumps during the stands").
     */
    private static final float AHEAD_EASE = 1.5f;
    /** A beat's framing widens the view at most this far to keep the player in it (1: the normal view). */
    static final float MAX_FRAMING_ZOOM = 2f;
    /** Room kept around the player and a framed subject, metres. */
    private static final float FRAME_MARGIN = 2f;
    /** Largest shake, metres, at full trauma; trauma lost per second. */
    private static final float MAX_SHAKE = 0.5f;
    private static final float TRAUMA_DECAY = 1.6f;
    private final OrthographicCamera camera;
    private final RandomXS128 random = new RandomXS128(11L);
    private float trauma;
    private float zoom = 1f;
    /** The look-ahead now, metres: eased toward the side the player faces. */
    private float ahead;
    private boolean shake = true;

    CameraDirector(OrthographicCamera camera) {
        this.camera = camera;
    }

    void setShake(boolean shake) {
        this.shake = shake;
    }

    @Override
    public void onEvent(GameEvent event) {
        switch (event.type) {
            case EXPLOSION:
                addTrauma(0.7f);
                break;
            case TANK_RUPTURED:
            case T800_SHUTDOWN:
                addTrauma(0.45f);
                break;
            case WEAPON_FIRED:
                addTrauma(event.what.equals("shotgun") || event.what.equals("m79") ? 0.2f
                        : event.what.equals("minigun") ? 0.06f : 0.04f);
                break;
            case T1000_SHATTERED:
                addTrauma(0.55f);
                break;
            default:
                break;
        }
    }

    private void addTrauma(float amount) {
        trauma = Math.min(1f, trauma + amount);
    }

    /** Eases toward the player's look-ahead point within the level (or the zone it stands in), then shakes. */
    void update(Simulation simulation, float alpha, float delta) {
        TransformComponent t = Mappers.TRANSFORM.get(simulation.controlled());
        CharacterComponent character = Mappers.CHARACTER.get(simulation.controlled());
        float px = WorldRenderer.lerpX(t, alpha);
        float py = WorldRenderer.lerpY(t, alpha);
        LevelDef level = simulation.level();
        AreaDef zone = zoneAt(level, px, py);
        float wantedZoom = zone == null ? 1f : zone.zoom;
        StageState stage = simulation.stage();
        float needed = Math.max((Math.abs(px - stage.cameraX) + 2f * FRAME_MARGIN) / camera.viewportWidth,
                (Math.abs(py - stage.cameraY) + 2f * FRAME_MARGIN) / camera.viewportHeight);
        boolean both = needed <= MAX_FRAMING_ZOOM;
        // Too far to hold both, the framing looks away from the player only while the keys are taken: a playtester
        // with the controls ran blind while the camera was back on the tanker, and fell into the vat.
        boolean framed = stage.framing() && (both || stage.locked());
        if (framed) {
            // A beat frames someone or something: look there, at its zoom, until it lets go; and keep the player in
            // the picture too (widening the view up to MAX_FRAMING_ZOOM), so nobody runs blind while it looks away.
            wantedZoom = both ? Math.max(stage.cameraZoom, needed) : stage.cameraZoom;
            px = both ? (px + stage.cameraX) / 2f : stage.cameraX;
            py = both ? (py + stage.cameraY) / 2f - LOOK_UP : stage.cameraY;
            zone = null;
        }
        Entity fallen = lostWith(simulation);
        if (fallen != null) {
            // The loss is someone else's (John caught 5 m off, on a chain): look at them, not ahead of the player.
            TransformComponent at = Mappers.TRANSFORM.get(fallen);
            px = WorldRenderer.lerpX(at, alpha);
            py = WorldRenderer.lerpY(at, alpha);
            wantedZoom = 1f;
            zone = null;
        }
        float ease = Math.min(1f, delta * 5f);
        zoom += (wantedZoom - zoom) * Math.min(1f, delta * 3f);
        camera.zoom = zoom;
        float wantedAhead = framed || fallen != null ? 0f : character.facing * LOOK_AHEAD;
        ahead = fallen != null ? 0f : ahead + (wantedAhead - ahead) * Math.min(1f, delta * AHEAD_EASE);
        // A framing's picture is worked out without the look-ahead (it keeps both in view): none while it frames.
        camera.position.x += (px + (framed ? 0f : ahead) - camera.position.x) * ease;
        camera.position.y += (py + LOOK_UP - camera.position.y) * ease;
        float left = zone == null ? 0f : zone.x;
        float bottom = zone == null ? 0f : zone.y;
        float width = zone == null ? level.width : zone.width;
        float height = zone == null ? level.height : zone.height;
        camera.position.x = keepWithin(camera.position.x, left, width, camera.viewportWidth * zoom / 2f);
        camera.position.y = keepWithin(camera.position.y, bottom, height, camera.viewportHeight * zoom / 2f);
        trauma = Math.max(0f, trauma - TRAUMA_DECAY * delta);
        float x = camera.position.x;
        float y = camera.position.y;
        if (shake && trauma > 0f) {
            // Squared, so small knocks barely move the view and blasts throw it about.
            float amount = trauma * trauma * MAX_SHAKE;
            x += (random.nextFloat() * 2f - 1f) * amount;
            y += (random.nextFloat() * 2f - 1f) * amount;
        }
        float step = zoom / PixelScreen.PIXELS_PER_METRE;
        float restX = camera.position.x;
        float restY = camera.position.y;
        camera.position.set(Math.round(x / step) * step, Math.round(y / step) * step, 0f);
        camera.update();
        camera.position.set(restX, restY, 0f);
    }

    /**
     * The character whose going down lost the level (the last one down), unless it is the one played: the camera is
     * on them already.
     */
    private static Entity lostWith(Simulation simulation) {
        if (simulation.outcome() != Outcome.LOSE) {
            return null;
        }
        Array<GameEvent> events = simulation.events().events();
        for (int i = events.size - 1; i >= 0; i--) {
            if (events.get(i).type == EventType.CHARACTER_DOWN) {
                Entity fallen = simulation.character(events.get(i).subject);
                return fallen == simulation.controlled() ? null : fallen;
            }
        }
        return null;
    }

    /** A centre that keeps a half-extent view inside [start, start + size], or the middle when it doesn't fit. */
    private static float keepWithin(float centre, float start, float size, float half) {
        return size > 2f * half ? MathUtils.clamp(centre, start + half, start + size - half) : start + size / 2f;
    }

    private static AreaDef zoneAt(LevelDef level, float x, float y) {
        for (AreaDef zone : level.cameraZones) {
            if (x >= zone.x && x <= zone.x + zone.width && y >= zone.y && y <= zone.y + zone.height) {
                return zone;
            }
        }
        return null;
    }
}
