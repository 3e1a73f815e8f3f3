package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.EntityKind;

/** Pick-ups lying in their boxes. */
final class PickupDrawer implements ObjectDrawer {
    @Override
    public String type() {
        return "pickup";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        if (scene.atlas != null) {
            return;
        }
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            if (ObjectScene.is(entity, EntityKind.PICKUP)) {
                PropDrawer.fallback(shapes, entity, alpha);
            }
        }
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            if (ObjectScene.is(entity, EntityKind.PICKUP)) {
                scene.props.pickup(batch, entity);
            }
        }
    }
}
