package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.Mappers;
import com.judgmentday.level.MapObject;

import java.util.Locale;

/** Ladders (rungs in art) and chains (links hanging down the climbable, from the map). */
final class LadderDrawer implements ObjectDrawer {
    private final SetDressing chains = new SetDressing();

    LadderDrawer(ObjectScene scene) {
        for (MapObject object : SetDressing.objects(scene, "ladder")) {
            if (object.name.toLowerCase(Locale.ROOT).startsWith("chain")) {
                chains.chain(scene.atlas, scene.level.document.bounds(object));
            }
        }
    }

    @Override
    public String type() {
        return "ladder";
    }

    private static boolean chain(Entity entity) {
        return Mappers.IDENTITY.get(entity).name.toLowerCase(Locale.ROOT).startsWith("chain");
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            if (ObjectScene.is(entity, EntityKind.LADDER)) {
                boolean chain = chain(entity);
                if (!scene.art(chain ? "chain" : "ladder")) {
                    scene.scenery.ladder(shapes, Mappers.ZONE.get(entity), chain);
                }
            }
        }
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        chains.draw(batch, scene.clock);
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            if (ObjectScene.is(entity, EntityKind.LADDER) && !chain(entity)) {
                scene.works.ladder(batch, Mappers.ZONE.get(entity));
            }
        }
    }
}
