package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.g2d.PolygonSpriteBatch;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.utils.Disposable;
import com.judgmentday.components.AimComponent;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.FragmentComponent;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.GasComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.events.GameEventListener;
import com.judgmentday.render.art.ArtException;
import com.judgmentday.render.art.PreparedArt;
import com.judgmentday.render.art.SpriteAtlas;
import com.judgmentday.render.effects.Effects;
import com.judgmentday.render.effects.LightPass;
import com.judgmentday.render.effects.Particles;
import com.judgmentday.sim.Simulation;

import java.util.List;

/**
 * Draws the simulation: the scenery in shapes, the ground in tiles, characters and props as sprites from
 * the art atlas (shapes where the art has none), interpolating every moving entity between its last two
 * ticks. Reads components; never changes them. The art is read anew with each level, so F5 reloads it (the
 * first level's ahead of time: {@link PreparedArt}).
 */
public final class WorldRenderer implements GameEventListener, Disposable {
    private static final String TAG = "judgment-day";
    /** How long the T-800 holds its firing pose after a shot, seconds. */
    private static final float SHOOT_POSE_SECONDS = 0.3f;
    /** Particles alive at once at most; the oldest make way. */
    private static final int PARTICLES = 2048;
    private final Simulation simulation;
    private final ShapeRenderer shapes = new ShapeRenderer();
    private final SpriteBatch batch = new SpriteBatch();
    private final PolygonSpriteBatch polygonBatch = new PolygonSpriteBatch();
    private final ImmutableArray<Entity> entities;
    private final GasDrawing gas = new GasDrawing();
    private final SceneryDrawer scenery;
    private final FigureDrawer figures = new FigureDrawer();
    private final SpriteAtlas atlas;
    private final SpriteDrawer sprites;
    private final PropDrawer props;
    private final TileDrawer tiles;
    private final TileLayerDrawer tileLayers;
    private final BackdropDrawer backdrop;
    private final ObjectScene objects;
    private final List<ObjectDrawer> objectDrawers;
    private final HazardDrawer works;
    private final Particles particles = new Particles(PARTICLES);
    private final LiquidMetalShader liquidMetal = new LiquidMetalShader();
    private final ImmutableArray<Entity> fragments;
    private final Effects effects;
    private final LightPass lights;
    private float flashSeconds;
    /** A blow being swung (melee.blow): by whom, and for how much longer, seconds. */
    private float swingSeconds;
    private String swingSubject = "";
    private static final float SWING_SECONDS = 0.18f;
    /** How long the pointer over a character just handed to the player shows, seconds. */
    private static final float MARKER_SECONDS = 3f;
    private float markerSeconds;
    private float shootSeconds;
    private String flashSubject = "";

    /** @param art where the level's art comes from (prepared ahead for the first level) */
    public WorldRenderer(Simulation simulation, PreparedArt art) {
        this.simulation = simulation;
        this.entities = simulation.engine().getEntitiesFor(Family.all(IdentityComponent.class).get());
        this.scenery = new SceneryDrawer(entities);
        this.atlas = loadArt(art);
        this.sprites = atlas == null ? null : new SpriteDrawer(atlas, liquidMetal);
        this.props = new PropDrawer(atlas, liquidMetal);
        this.fragments = simulation.engine().getEntitiesFor(Family.all(FragmentComponent.class, TransformComponent.class).get());
        this.tiles = atlas == null ? null : new TileDrawer(atlas, entities);
        this.backdrop = new BackdropDrawer(atlas, simulation.level().backdrop);
        this.tileLayers = new TileLayerDrawer(simulation.level().document, TAG);
        this.works = new HazardDrawer(atlas);
        this.objects = new ObjectScene(simulation.level(), entities, atlas, works, scenery, props);
        this.objectDrawers = ObjectDrawers.standard(objects);
        this.effects = new Effects(particles, simulation.engine().getEntitiesFor(
                Family.all(HazardComponent.class, ZoneComponent.class).get()));
        this.lights = new LightPass(entities, simulation.level().document);
        simulation.events().addListener(this);
        simulation.events().addListener(effects);
    }

    /** The art, or null (shapes only) when it can't be read: the game stays playable and says why. */
    private static SpriteAtlas loadArt(PreparedArt art) {
        try {
            return art.take();
        } catch (ArtException e) {
            Gdx.app.error(TAG, "the art can't be used, drawing shapes instead: " + e.getMessage());
            return null;
        }
    }

    @Override
    public void onEvent(GameEvent event) {
        if (event.type == EventType.MELEE_BLOW) {
            swingSeconds = SWING_SECONDS;
            swingSubject = event.subject;
        } else if (event.type == EventType.WEAPON_FIRED) {
            flashSeconds = 0.07f;
            shootSeconds = SHOOT_POSE_SECONDS;
            flashSubject = event.subject;
        } else if (event.type == EventType.CONTROL_SWITCHED) {
            markerSeconds = MARKER_SECONDS;
        } else if (event.type == EventType.HURT && sprites != null && event.subject.equals(
                Mappers.IDENTITY.get(simulation.controlled()).name)) {
            sprites.hurtPlayer();
        }
    }

    /** Draws one frame; {@code alpha} is how far real time has moved from the last tick to the next. */
    public void render(OrthographicCamera camera, float alpha, float deltaSeconds) {
        flashSeconds = Math.max(0f, flashSeconds - deltaSeconds);
        swingSeconds = Math.max(0f, swingSeconds - deltaSeconds);
        shootSeconds = Math.max(0f, shootSeconds - deltaSeconds);
        // The pointer's seconds run once the keys are the player's: handed John under the Galleria's 8 s opening, a
        // tester had lost him among the shoppers by the time he could move, and ran him back into the cop.
        markerSeconds = simulation.stage().locked() ? markerSeconds : Math.max(0f, markerSeconds - deltaSeconds);
        if (sprites != null) {
            sprites.advance(deltaSeconds, simulation.tick());
        }
        effects.update(deltaSeconds);
        objects.clock += deltaSeconds;
        works.advance(deltaSeconds);
        liquidMetal.advance(deltaSeconds);
        tileLayers.advance(deltaSeconds);
        shapes.setProjectionMatrix(camera.combined);
        batch.setProjectionMatrix(camera.combined);
        if (backdrop.present()) {
            backdrop.draw(batch, camera);
        } else {
            scenery.sky(shapes, camera);
        }
        if (tileLayers.hasBackground()) {
            batch.begin();
            tileLayers.draw(batch, camera, false);
            batch.end();
        }
        Gdx.gl.glEnable(GL20.GL_BLEND);
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        scenery.solids(shapes);
        for (int i = 0; i < objectDrawers.size(); i++) {
            objectDrawers.get(i).drawShapes(objects, shapes, alpha);
        }
        for (int i = 0; i < entities.size(); i++) {
            drawShapes(entities.get(i), alpha);
        }
        shapes.end();
        if (tiles != null && tiles.hasPolygons()) {
            polygonBatch.setProjectionMatrix(camera.combined);
            polygonBatch.begin();
            tiles.drawPolygons(polygonBatch);
            polygonBatch.end();
        }
        batch.begin();
        if (tiles != null) {
            tiles.draw(batch);
        }
        for (int i = 0; i < objectDrawers.size(); i++) {
            objectDrawers.get(i).drawArt(objects, batch, alpha);
        }
        for (int i = 0; i < entities.size(); i++) {
            drawSprite(entities.get(i), alpha);
        }
        if (atlas != null) {
            props.bridges(batch, fragments, lights.pixel(), alpha);
        }
        for (int i = 0; i < objectDrawers.size(); i++) {
            objectDrawers.get(i).drawFront(objects, batch, alpha);
        }
        tileLayers.draw(batch, camera, true);
        lights.draw(batch, camera, effects, particles, 1f / PixelScreen.PIXELS_PER_METRE);
        batch.end();
        // The batch turned blending off as it ended: the gas is see-through.
        Gdx.gl.glEnable(GL20.GL_BLEND);
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        for (int i = 0; i < entities.size(); i++) {
            drawOverlays(entities.get(i), alpha);
            GasComponent cloud = Mappers.GAS.get(entities.get(i));
            if (cloud != null) {
                gas.draw(shapes, cloud);
            }
        }
        shapes.end();
        shapes.begin(ShapeRenderer.ShapeType.Line);
        scenery.outlines(shapes);
        for (int i = 0; i < objectDrawers.size(); i++) {
            objectDrawers.get(i).drawLines(objects, shapes);
        }
        shapes.end();
    }

    /** What is drawn in shapes under the sprites: people and pieces without art (objects are their drawers'). */
    private void drawShapes(Entity entity, float alpha) {
        IdentityComponent id = Mappers.IDENTITY.get(entity);
        switch (id.kind) {
            case CHARACTER:
                if (sprites != null && !sprites.missing(entity)) {
                    break;
                }
                if (Mappers.APPEARANCE.has(entity) || Mappers.PERSON.has(entity)) {
                    figures.draw(shapes, entity, alpha);
                } else {
                    figures.protagonist(shapes, entity, alpha, flashSeconds > 0f && id.name.equals(flashSubject));
                }
                break;
            case FRAGMENT:
                if (atlas == null || atlas.sprite("shard") == null) {
                    figures.drawFragment(shapes, entity, alpha);
                }
                break;
            case GRENADE:
                if (atlas == null) {
                    PropDrawer.fallback(shapes, entity, alpha);
                }
                break;
            default:
                break;
        }
    }

    private void drawSprite(Entity entity, float alpha) {
        IdentityComponent id = Mappers.IDENTITY.get(entity);
        switch (id.kind) {
            case CHARACTER:
                if (sprites != null) {
                    boolean shooting = shootSeconds > 0f && id.name.equals(flashSubject) && Mappers.WEAPON.has(entity);
                    sprites.character(batch, entity, alpha, shooting);
                }
                break;
            case FRAGMENT:
                props.fragment(batch, entity, alpha);
                break;
            case GRENADE:
                props.grenade(batch, entity, alpha);
                break;
            default:
                break;
        }
    }

    /** Over the sprites: a blow's swing, an armed person's aim (the tell), the muzzle flash and the T-1000's holes and blade. */
    private void drawOverlays(Entity entity, float alpha) {
        IdentityComponent id = Mappers.IDENTITY.get(entity);
        if (id.kind != EntityKind.CHARACTER) {
            return;
        }
        if (markerSeconds > 0f && entity == simulation.controlled()) {
            figures.youMarker(shapes, entity, alpha, MathUtils.sin(markerSeconds * MathUtils.PI2 * 1.5f));
        }
        if (swingSeconds > 0f && id.name.equals(swingSubject)) {
            figures.swing(shapes, entity, alpha, 1f - swingSeconds / SWING_SECONDS);
        }
        AwarenessComponent aiming = Mappers.AWARENESS.get(entity);
        if (aiming != null && aiming.aimTicks > 0) {
            figures.aim(shapes, entity, alpha, aiming.aimTicks, aiming.aimX, aiming.aimY);
        }
        AimComponent gun = Mappers.AIM.get(entity);
        if (gun != null && gun.aimTicks > 0) {
            figures.aim(shapes, entity, alpha, gun.aimTicks, gun.aimX, gun.aimY);
        }
        if (aiming != null && aiming.surrendered) {
            figures.handsUp(shapes, entity, alpha);
        }
        if (sprites == null || sprites.missing(entity)) {
            return;
        }
        if (Mappers.LIQUID.has(entity)) {
            figures.overlays(shapes, entity, alpha);
            if (RangeCue.close(simulation.controlled(), entity, simulation.pursuit())) {
                TransformComponent t = Mappers.TRANSFORM.get(entity);
                RangeCue.draw(shapes, MathUtils.lerp(t.prevX, t.x, alpha),
                        MathUtils.lerp(t.prevY, t.y, alpha) + Mappers.CHARACTER.get(entity).height / 2f);
            }
        } else if (flashSeconds > 0f && id.name.equals(flashSubject) && Mappers.WEAPON.has(entity)) {
            TransformComponent t = Mappers.TRANSFORM.get(entity);
            CharacterComponent character = Mappers.CHARACTER.get(entity);
            WeaponComponent weapon = Mappers.WEAPON.get(entity);
            float y = MathUtils.lerp(t.prevY, t.y, alpha) + (weapon.slots.size > 0 ? weapon.held().def.muzzleHeight : 0f);
            float x = MathUtils.lerp(t.prevX, t.x, alpha) + character.facing * (character.def.width / 2f + 0.6f);
            shapes.setColor(Palette.FLASH);
            shapes.triangle(x, y + 0.18f, x, y - 0.18f, x + character.facing * 0.6f, y);
        }
    }

    /** The art this level is drawn with, or null when it couldn't be read (the HUD shares it). */
    public SpriteAtlas atlas() {
        return atlas;
    }

    /** Interpolated position of an entity, for the camera. */
    public static float lerpX(TransformComponent t, float alpha) {
        return MathUtils.lerp(t.prevX, t.x, alpha);
    }

    public static float lerpY(TransformComponent t, float alpha) {
        return MathUtils.lerp(t.prevY, t.y, alpha);
    }

    @Override
    public void dispose() {
        simulation.events().removeListener(this);
        simulation.events().removeListener(effects);
        lights.dispose();
        tileLayers.dispose();
        liquidMetal.dispose();
        shapes.dispose();
        batch.dispose();
        polygonBatch.dispose();
        if (atlas != null) {
            atlas.dispose();
        }
    }
}
