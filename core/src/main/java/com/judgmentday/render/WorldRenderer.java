package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.EarClippingTriangulator;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.Disposable;
import com.badlogic.gdx.utils.ShortArray;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ShapeComponent;
import com.judgmentday.components.SizeComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.events.GameEventListener;
import com.judgmentday.level.HazardDef;
import com.judgmentday.sim.Simulation;

/**
 * Draws the simulation with placeholder shapes (the art arrives later), interpolating every moving
 * entity between its last two ticks. Reads components; never changes them.
 */
public final class WorldRenderer implements GameEventListener, Disposable {
    private final Simulation simulation;
    private final ShapeRenderer shapes = new ShapeRenderer();
    private final ImmutableArray<Entity> entities;
    private final Array<float[]> solidTriangles = new Array<>();
    private final Array<ShapeComponent> solidOutlines = new Array<>();
    private final Array<ShapeComponent> bars = new Array<>();
    private final FigureDrawer figures = new FigureDrawer();
    private static final float BAR_SPACING = 0.2f;
    private static final float BAR_WIDTH = 0.05f;
    private float flashSeconds;
    private String flashSubject = "";

    public WorldRenderer(Simulation simulation) {
        this.simulation = simulation;
        this.entities = simulation.engine().getEntitiesFor(Family.all(IdentityComponent.class).get());
        EarClippingTriangulator triangulator = new EarClippingTriangulator();
        for (Entity entity : entities) {
            ShapeComponent shape = Mappers.SHAPE.get(entity);
            if (shape == null) {
                continue;
            }
            if (shape.bars || shape.door) {
                bars.add(shape);
                continue;
            }
            solidOutlines.add(shape);
            if (shape.closed) {
                ShortArray indices = triangulator.computeTriangles(shape.vertices);
                float[] triangles = new float[indices.size * 2];
                for (int i = 0; i < indices.size; i++) {
                    triangles[i * 2] = shape.vertices[indices.get(i) * 2];
                    triangles[i * 2 + 1] = shape.vertices[indices.get(i) * 2 + 1];
                }
                solidTriangles.add(triangles);
            }
        }
        simulation.events().addListener(this);
    }

    @Override
    public void onEvent(GameEvent event) {
        if (event.type == EventType.WEAPON_FIRED) {
            flashSeconds = 0.07f;
            flashSubject = event.subject;
        }
    }

    /** Draws one frame; {@code alpha} is how far real time has moved from the last tick to the next. */
    public void render(OrthographicCamera camera, float alpha, float deltaSeconds) {
        flashSeconds = Math.max(0f, flashSeconds - deltaSeconds);
        shapes.setProjectionMatrix(camera.combined);
        drawSky(camera);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        drawSolids();
        for (int i = 0; i < entities.size(); i++) {
            drawEntity(entities.get(i), alpha);
        }
        shapes.end();
        shapes.begin(ShapeRenderer.ShapeType.Line);
        shapes.setColor(Palette.GROUND_EDGE);
        for (ShapeComponent outline : solidOutlines) {
            if (outline.closed) {
                shapes.polygon(outline.vertices);
            } else {
                shapes.polyline(outline.vertices);
            }
        }
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            if (Mappers.IDENTITY.get(entity).kind == EntityKind.EXIT) {
                ZoneComponent zone = Mappers.ZONE.get(entity);
                shapes.setColor(Palette.EXIT_EDGE);
                shapes.rect(zone.x, zone.y, zone.width, zone.height);
            }
        }
        shapes.end();
    }

    private void drawSky(OrthographicCamera camera) {
        float w = camera.viewportWidth * camera.zoom;
        float h = camera.viewportHeight * camera.zoom;
        float x = camera.position.x - w / 2f;
        float y = camera.position.y - h / 2f;
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.rect(x, y, w, h, Palette.SKY_BOTTOM, Palette.SKY_BOTTOM, Palette.SKY_TOP, Palette.SKY_TOP);
        shapes.end();
    }

    private void drawSolids() {
        shapes.setColor(Palette.GROUND);
        for (float[] t : solidTriangles) {
            for (int i = 0; i < t.length; i += 6) {
                shapes.triangle(t[i], t[i + 1], t[i + 2], t[i + 3], t[i + 4], t[i + 5]);
            }
        }
        for (ShapeComponent grate : bars) {
            float[] v = grate.vertices;
            float left = v[0];
            float bottom = v[1];
            float width = v[2] - v[0];
            float height = v[5] - v[1];
            if (grate.door) {
                shapes.setColor(Palette.CRATE);
                shapes.rect(left, bottom, width, height);
                shapes.setColor(Palette.CRATE_PLANK);
                shapes.rect(left + width * 0.6f, bottom + Math.min(height, 2.1f) * 0.45f, width * 0.25f, 0.12f);
                continue;
            }
            shapes.setColor(Palette.BARS);
            shapes.rect(left, bottom + height - 0.08f, width, 0.08f);
            shapes.rect(left, bottom, width, 0.08f);
            for (float x = left; x < left + width; x += BAR_SPACING) {
                shapes.rect(x, bottom, BAR_WIDTH, height);
            }
        }
    }

    /** The mist drawn over a nitrogen spill, metres (a look; the cold's reach is in the heat tuning). */
    private static final float MIST_HEIGHT = 0.7f;

    private void drawEntity(Entity entity, float alpha) {
        IdentityComponent id = Mappers.IDENTITY.get(entity);
        TransformComponent t = Mappers.TRANSFORM.get(entity);
        switch (id.kind) {
            case CRATE: {
                SizeComponent size = Mappers.SIZE.get(entity);
                float x = MathUtils.lerp(t.prevX, t.x, alpha);
                float y = MathUtils.lerp(t.prevY, t.y, alpha);
                float degrees = MathUtils.radiansToDegrees * lerpAngle(t.prevAngle, t.angle, alpha);
                float hw = size.width / 2f;
                float hh = size.height / 2f;
                shapes.setColor(Palette.CRATE);
                shapes.rect(x - hw, y - hh, hw, hh, size.width, size.height, 1f, 1f, degrees);
                shapes.setColor(Palette.CRATE_PLANK);
                float plank = Math.min(size.width, size.height) * 0.14f;
                // Planks on all four sides, each rotated about the crate's centre.
                shapes.rect(x - hw, y - hh, hw, hh, size.width, plank, 1f, 1f, degrees);
                shapes.rect(x - hw, y + hh - plank, hw, plank - hh, size.width, plank, 1f, 1f, degrees);
                shapes.rect(x - hw, y - hh, hw, hh, plank, size.height, 1f, 1f, degrees);
                shapes.rect(x + hw - plank, y - hh, plank - hw, hh, plank, size.height, 1f, 1f, degrees);
                break;
            }
            case EXIT: {
                ZoneComponent zone = Mappers.ZONE.get(entity);
                shapes.setColor(Palette.EXIT);
                shapes.rect(zone.x, zone.y, zone.width, zone.height);
                break;
            }
            case T800:
            case JOHN:
                drawCharacter(entity, id, t, alpha);
                break;
            case PERSON:
            case T1000:
                figures.draw(shapes, entity, alpha);
                break;
            case HAZARD:
                drawHazard(Mappers.HAZARD.get(entity), Mappers.ZONE.get(entity));
                break;
            case FRAGMENT:
                figures.drawFragment(shapes, entity, alpha);
                break;
            case GRENADE:
                shapes.setColor(Palette.GUN);
                shapes.circle(MathUtils.lerp(t.prevX, t.x, alpha), MathUtils.lerp(t.prevY, t.y, alpha), 0.09f, 10);
                break;
            case PICKUP: {
                ZoneComponent zone = Mappers.ZONE.get(entity);
                shapes.setColor(Palette.CRATE_PLANK);
                shapes.rect(zone.x + zone.width * 0.15f, zone.y, zone.width * 0.7f, zone.height * 0.5f);
                shapes.setColor(Palette.GUN);
                shapes.rect(zone.x + zone.width * 0.1f, zone.y + zone.height * 0.5f, zone.width * 0.8f, 0.1f);
                break;
            }
            case LADDER:
                drawLadder(Mappers.ZONE.get(entity), id.name.startsWith("chain"));
                break;
            case ELEVATOR: {
                ElevatorComponent lift = Mappers.ELEVATOR.get(entity);
                float x = MathUtils.lerp(t.prevX, t.x, alpha);
                float y = MathUtils.lerp(t.prevY, t.y, alpha);
                shapes.setColor(Palette.CHAIN);
                shapes.rect(x - 0.05f, y, 0.1f, 30f);
                shapes.setColor(Palette.CHROME_DARK);
                shapes.rect(x - lift.width / 2f, y - lift.height / 2f, lift.width, lift.height);
                break;
            }
            default:
                break;
        }
    }

    /** Molten steel glows orange with a bright skin; spilt nitrogen lies pale blue under a low mist. */
    private void drawHazard(HazardComponent hazard, ZoneComponent zone) {
        if (hazard.tank && hazard.tankWidth > 0f) {
            shapes.setColor(Palette.CHROME_DARK);
            shapes.rect(hazard.tankX, hazard.tankY, hazard.tankWidth, hazard.tankHeight);
            shapes.setColor(Palette.NITROGEN);
            shapes.rect(hazard.tankX, hazard.tankY + hazard.tankHeight * 0.6f, hazard.tankWidth, hazard.tankHeight * 0.12f);
            if (!hazard.intactTank()) {
                shapes.setColor(Palette.GROUND_EDGE);
                shapes.triangle(hazard.tankX + hazard.tankWidth * 0.4f, hazard.tankY, hazard.tankX + hazard.tankWidth * 0.6f,
                        hazard.tankY, hazard.tankX + hazard.tankWidth * 0.5f, hazard.tankY + hazard.tankHeight * 0.4f);
            }
        }
        if (zone.width <= 0f) {
            return;
        }
        if (hazard.kind == HazardDef.Kind.FIRE) {
            drawFire(zone);
            return;
        }
        boolean molten = hazard.kind == HazardDef.Kind.MOLTEN;
        if (!molten) {
            shapes.setColor(Palette.NITROGEN_MIST);
            shapes.rect(zone.x, zone.y, zone.width, MIST_HEIGHT);
        }
        shapes.setColor(molten ? Palette.MOLTEN : Palette.NITROGEN);
        shapes.rect(zone.x, zone.y, zone.width, zone.height);
        shapes.setColor(molten ? Palette.MOLTEN_SKIN : Palette.NITROGEN_SKIN);
        float skin = Math.min(0.06f, zone.height);
        shapes.rect(zone.x, zone.y + zone.height - skin, zone.width, skin);
    }

    /** Tongues of flame along the area, tall in the middle of each, yellow cores inside orange. */
    private void drawFire(ZoneComponent zone) {
        float tongue = 0.5f;
        for (float x = zone.x; x < zone.x + zone.width - 0.01f; x += tongue) {
            float w = Math.min(tongue, zone.x + zone.width - x);
            float h = zone.height * (0.7f + 0.3f * Math.abs(MathUtils.sin(x * 3.1f)));
            shapes.setColor(Palette.MOLTEN);
            shapes.triangle(x, zone.y, x + w, zone.y, x + w / 2f, zone.y + h);
            shapes.setColor(Palette.FLASH);
            shapes.triangle(x + w * 0.25f, zone.y, x + w * 0.75f, zone.y, x + w / 2f, zone.y + h * 0.55f);
        }
    }

    private void drawLadder(ZoneComponent zone, boolean chain) {
        shapes.setColor(chain ? Palette.CHAIN : Palette.LADDER);
        if (chain) {
            float mid = zone.x + zone.width / 2f;
            for (float y = zone.y; y < zone.y + zone.height; y += 0.3f) {
                shapes.rect(mid - 0.08f, y, 0.16f, 0.2f);
            }
            return;
        }
        shapes.rect(zone.x + 0.05f, zone.y, 0.08f, zone.height);
        shapes.rect(zone.x + zone.width - 0.13f, zone.y, 0.08f, zone.height);
        for (float y = zone.y + 0.2f; y < zone.y + zone.height; y += 0.35f) {
            shapes.rect(zone.x + 0.05f, y, zone.width - 0.1f, 0.06f);
        }
    }

    private void drawCharacter(Entity entity, IdentityComponent id, TransformComponent t, float alpha) {
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        float x = MathUtils.lerp(t.prevX, t.x, alpha);
        float y = MathUtils.lerp(t.prevY, t.y, alpha);
        float w = character.def.width;
        float h = character.height;
        float left = x - w / 2f;
        float bottom = y - h / 2f + FigureDrawer.bob(character, x);
        int facing = character.facing;
        boolean terminator = id.kind == EntityKind.T800;
        float legs = h * 0.45f;
        float head = h * 0.2f;
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
            if (flashSeconds > 0f && id.name.equals(flashSubject)) {
                shapes.setColor(Palette.FLASH);
                shapes.triangle(gunEnd, gunY + 0.22f, gunEnd, gunY - 0.22f, gunEnd + facing * 0.7f, gunY);
            }
        } else {
            shapes.setColor(Palette.HAIR);
            shapes.rect(left + w * 0.1f, bottom + h - head * 0.35f, w * 0.8f, head * 0.35f);
        }
    }

    private static float lerpAngle(float from, float to, float alpha) {
        float delta = ((to - from + MathUtils.PI) % MathUtils.PI2 + MathUtils.PI2) % MathUtils.PI2 - MathUtils.PI;
        return from + delta * alpha;
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
        shapes.dispose();
    }
}
