package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.level.HazardDef;

/** Fire: flames in art, or tongues of flame in shapes. */
final class FireDrawer implements ObjectDrawer {
    @Override
    public String type() {
        return "fire";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        if (scene.art("flames")) {
            return;
        }
        boolean tankArt = scene.atlas != null && scene.atlas.sprite("tank") != null;
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            if (hazard != null && hazard.kind == HazardDef.Kind.FIRE) {
                scene.scenery.hazard(shapes, hazard, Mappers.ZONE.get(entity), tankArt);
            }
        }
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            if (hazard != null && hazard.kind == HazardDef.Kind.FIRE) {
                scene.works.hazard(batch, hazard, Mappers.ZONE.get(entity));
                if (hazard.tank && hazard.tankWidth > 0f) {
                    scene.props.tank(batch, hazard);
                }
            }
        }
    }
}
