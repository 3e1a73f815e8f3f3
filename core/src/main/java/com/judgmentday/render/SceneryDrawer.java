package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.EarClippingTriangulator;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ShortArray;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ShapeComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.level.HazardDef;

/**
 * The level's scenery in shapes: the sky, solid ground (where no tiles cover it), bars and doors,
 * molten steel, nitrogen spills, fire, ladders and chains. Solids are triangulated once.
 */
final class SceneryDrawer {
    private static final float BAR_SPACING = 0.2f;
    private static final float BAR_WIDTH = 0.05f;
    /** A roller shutter's slat, metres. */
    private static final float SLAT = 0.25f;
    /** The mist drawn over a nitrogen spill, metres (a look; the cold's reach is in the heat tuning). */
    private static final float MIST_HEIGHT = 0.7f;
    final Array<float[]> solidTriangles = new Array<>();
    final Array<ShapeComponent> solidOutlines = new Array<>();
    private final Array<ShapeComponent> bars = new Array<>();

    SceneryDrawer(ImmutableArray<Entity> entities) {
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
            if (shape.breakable) {
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
    }

    void sky(ShapeRenderer shapes, OrthographicCamera camera) {
        float w = camera.viewportWidth * camera.zoom;
        float h = camera.viewportHeight * camera.zoom;
        float x = camera.position.x - w / 2f;
        float y = camera.position.y - h / 2f;
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.rect(x, y, w, h, Palette.SKY_BOTTOM, Palette.SKY_BOTTOM, Palette.SKY_TOP, Palette.SKY_TOP);
        shapes.end();
    }

    /** Doors and cell bars, for whoever draws them in art. */
    Array<ShapeComponent> grates() {
        return bars;
    }

    void solids(ShapeRenderer shapes) {
        shapes.setColor(Palette.GROUND);
        for (float[] t : solidTriangles) {
            for (int i = 0; i < t.length; i += 6) {
                shapes.triangle(t[i], t[i + 1], t[i + 2], t[i + 3], t[i + 4], t[i + 5]);
            }
        }
    }

    /** A door in planks, or cell bars as rods. */
    void grate(ShapeRenderer shapes, ShapeComponent grate) {
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
            return;
        }
        shapes.setColor(Palette.BARS);
        shapes.rect(left, bottom + height - 0.08f, width, 0.08f);
        shapes.rect(left, bottom, width, 0.08f);
        for (float x = left; x < left + width; x += BAR_SPACING) {
            shapes.rect(x, bottom, BAR_WIDTH, height);
        }
    }

    /**
     * A roller shutter: ribbed steel slats under its roll box, raised by {@code lift} (0 shut, 1 up): its bottom rail
     * climbs, so how far it has to go reads at a glance.
     */
    void shutter(ShapeRenderer shapes, ShapeComponent door, float lift) {
        float[] v = door.vertices;
        float left = Math.min(v[0], v[4]);
        float width = Math.abs(v[2] - v[0]);
        float top = Math.max(v[1], v[5]);
        float height = top - Math.min(v[1], v[5]);
        float bottom = top - height * (1f - lift);
        shapes.setColor(Palette.CHROME_DARK);
        shapes.rect(left, bottom, width, top - bottom);
        shapes.setColor(Palette.PLATE);
        for (float y = top - SLAT; y > bottom; y -= SLAT) {
            shapes.rect(left, y, width, SLAT * 0.25f);
        }
        shapes.setColor(Palette.CHAIN);
        shapes.rect(left - 0.15f, top - 0.4f, width + 0.3f, 0.4f);
        // The bottom rail in hazard stripes: where it stands is how far it has to go.
        shapes.setColor(Palette.SHUTTER_RAIL);
        shapes.rect(left - 0.05f, bottom, width + 0.1f, 0.15f);
    }

    /** Molten steel glows orange with a bright skin; spilt nitrogen lies pale blue under a low mist. */
    void hazard(ShapeRenderer shapes, HazardComponent hazard, ZoneComponent zone, boolean tankArt) {
        if (hazard.tank && hazard.tankWidth > 0f && !tankArt) {
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
            fire(shapes, zone);
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
    private static void fire(ShapeRenderer shapes, ZoneComponent zone) {
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

    void ladder(ShapeRenderer shapes, ZoneComponent zone, boolean chain) {
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

    void outlines(ShapeRenderer shapes) {
        shapes.setColor(Palette.GROUND_EDGE);
        for (ShapeComponent outline : solidOutlines) {
            if (outline.closed) {
                shapes.polygon(outline.vertices);
            } else {
                shapes.polyline(outline.vertices);
            }
        }
    }
}
