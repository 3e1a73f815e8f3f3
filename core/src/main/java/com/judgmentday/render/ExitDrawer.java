package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ZoneComponent;

/** Exits: a sign over the way out, or a green box where the art has no sign. */
final class ExitDrawer implements ObjectDrawer {
    @Override
    public String type() {
        return "exit";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        if (scene.art("exit-sign")) {
            return;
        }
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            if (ObjectScene.is(entity, EntityKind.EXIT)) {
                ZoneComponent zone = Mappers.ZONE.get(entity);
                shapes.setColor(Palette.EXIT);
                shapes.rect(zone.x, zone.y, zone.width, zone.height);
            }
        }
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            if (ObjectScene.is(entity, EntityKind.EXIT)) {
                scene.works.exit(batch, Mappers.ZONE.get(entity));
            }
        }
    }

    @Override
    public void drawLines(ObjectScene scene, ShapeRenderer shapes) {
        if (scene.art("exit-sign")) {
            return;
        }
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            if (ObjectScene.is(entity, EntityKind.EXIT)) {
                ZoneComponent zone = Mappers.ZONE.get(entity);
                shapes.setColor(Palette.EXIT_EDGE);
                shapes.rect(zone.x, zone.y, zone.width, zone.height);
            }
        }
    }
}
