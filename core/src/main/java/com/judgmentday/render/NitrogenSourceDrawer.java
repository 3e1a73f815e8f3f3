package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.level.HazardDef;

/** Liquid nitrogen: its tanks (whole or ruptured) and the spills, pale blue under a mist. */
final class NitrogenSourceDrawer implements ObjectDrawer {
    @Override
    public String type() {
        return "nitrogen-source";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        if (scene.art("nitrogen-surface")) {
            return;
        }
        boolean tankArt = scene.atlas != null && scene.atlas.sprite("tank") != null;
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            if (hazard != null && hazard.kind == HazardDef.Kind.NITROGEN) {
                scene.scenery.hazard(shapes, hazard, Mappers.ZONE.get(entity), tankArt);
            }
        }
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            if (hazard != null && hazard.kind == HazardDef.Kind.NITROGEN) {
                scene.works.hazard(batch, hazard, Mappers.ZONE.get(entity));
                if (hazard.tank && hazard.tankWidth > 0f) {
                    scene.props.tank(batch, hazard);
                }
            }
        }
    }
}
