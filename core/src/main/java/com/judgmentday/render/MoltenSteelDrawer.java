package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.level.HazardDef;
import com.judgmentday.level.MapObject;

/** Molten steel: a churning skin over its glowing body (and vats' rims), or orange shapes; overflows too. */
final class MoltenSteelDrawer implements ObjectDrawer {
    /** The riveted rims of vats, from the map. */
    private final SetDressing rims = new SetDressing();

    MoltenSteelDrawer(ObjectScene scene) {
        for (MapObject object : SetDressing.objects(scene, "molten-steel")) {
            if ("vat".equals(object.properties.get("kind", "pool"))) {
                float[] b = scene.level.document.bounds(object);
                rims.repeat(scene.atlas, "vat", b[0], b[3], b[2] - b[0], true);
            }
        }
    }

    @Override
    public String type() {
        return "molten-steel";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        if (scene.art("molten-body")) {
            return;
        }
        boolean tankArt = scene.atlas != null && scene.atlas.sprite("tank") != null;
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            if (hazard != null && hazard.kind == HazardDef.Kind.MOLTEN) {
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
            if (hazard != null && hazard.kind == HazardDef.Kind.MOLTEN) {
                scene.works.hazard(batch, hazard, Mappers.ZONE.get(entity));
                if (hazard.tank && hazard.tankWidth > 0f) {
                    scene.props.tank(batch, hazard);
                }
            }
        }
    }
}
