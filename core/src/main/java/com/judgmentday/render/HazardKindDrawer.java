package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.level.HazardDef;
import com.judgmentday.level.MapObject;

/**
 * One kind of hazard (molten steel, fire, liquid nitrogen): its surface in art, or shapes where the art is missing,
 * and a tank where it has one; molten steel's vats also get their riveted rims from the map.
 */
final class HazardKindDrawer implements ObjectDrawer {
    private final String type;
    private final String surfaceArt;
    private final HazardDef.Kind kind;
    /** The riveted rims of vats, from the map (molten steel only). */
    private final SetDressing rims = new SetDressing();

    private HazardKindDrawer(String type, String surfaceArt, HazardDef.Kind kind) {
        this.type = type;
        this.surfaceArt = surfaceArt;
        this.kind = kind;
    }

    /** Molten steel: a churning skin over its glowing body, vats' rims, overflows too. */
    static HazardKindDrawer moltenSteel(ObjectScene scene) {
        HazardKindDrawer drawer = new HazardKindDrawer("molten-steel", "molten-body", HazardDef.Kind.MOLTEN);
        for (MapObject object : SetDressing.objects(scene, "molten-steel")) {
            if ("vat".equals(SetDressing.value(scene, object, "kind"))) {
                float[] b = scene.level.document.bounds(object);
                drawer.rims.repeat(scene.atlas, "vat", b[0], b[3], b[2] - b[0], true);
            }
        }
        return drawer;
    }

    /** Fire: flames in art, or tongues of flame in shapes. */
    static HazardKindDrawer fire() {
        return new HazardKindDrawer("fire", "flames", HazardDef.Kind.FIRE);
    }

    /** Liquid nitrogen: its tanks (whole or ruptured) and the spills, pale blue under a mist. */
    static HazardKindDrawer nitrogen() {
        return new HazardKindDrawer("nitrogen-source", "nitrogen-surface", HazardDef.Kind.NITROGEN);
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        if (scene.art(surfaceArt)) {
            return;
        }
        boolean tankArt = scene.atlas != null && scene.atlas.sprite("tank") != null;
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            if (hazard != null && hazard.kind == kind) {
                scene.scenery.hazard(shapes, hazard, Mappers.ZONE.get(entity), tankArt);
            }
        }
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        rims.draw(batch, scene.clock);
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            if (hazard != null && hazard.kind == kind) {
                scene.works.hazard(batch, hazard, Mappers.ZONE.get(entity));
                if (hazard.tank && hazard.tankWidth > 0f) {
                    scene.props.tank(batch, hazard);
                }
            }
        }
    }
}
