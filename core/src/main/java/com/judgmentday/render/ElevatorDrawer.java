package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.MathUtils;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;

/** Lift cars on their cables, between their last two ticks. */
final class ElevatorDrawer implements ObjectDrawer {
    @Override
    public String type() {
        return "elevator";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            if (!ObjectScene.is(entity, EntityKind.ELEVATOR)) {
                continue;
            }
            TransformComponent t = Mappers.TRANSFORM.get(entity);
            ElevatorComponent lift = Mappers.ELEVATOR.get(entity);
            float x = MathUtils.lerp(t.prevX, t.x, alpha);
            float y = MathUtils.lerp(t.prevY, t.y, alpha);
            shapes.setColor(Palette.CHAIN);
            shapes.rect(x - 0.05f, y, 0.1f, 30f);
            if (!scene.art("lift")) {
                shapes.setColor(Palette.CHROME_DARK);
                shapes.rect(x - lift.width / 2f, y - lift.height / 2f, lift.width, lift.height);
            }
        }
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            if (ObjectScene.is(entity, EntityKind.ELEVATOR)) {
                TransformComponent t = Mappers.TRANSFORM.get(entity);
                ElevatorComponent lift = Mappers.ELEVATOR.get(entity);
                scene.works.lift(batch, MathUtils.lerp(t.prevX, t.x, alpha), MathUtils.lerp(t.prevY, t.y, alpha), lift.width,
                        lift.height);
            }
        }
    }
}
