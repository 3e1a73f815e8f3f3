package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.DoorComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ShapeComponent;

/**
 * Doors and bars share their art's rule: drawn in art only when both have art, so they match. An opened door is
 * not drawn (it is gone from the way). A roller shutter is always drawn as slats, rising as it opens.
 */
final class GrateDrawing {
    private GrateDrawing() {
    }

    static boolean inArt(ObjectScene scene) {
        return scene.art("door") && scene.art("bars");
    }

    static void shapes(ObjectScene scene, ShapeRenderer shapes, boolean doors) {
        boolean art = inArt(scene);
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            ShapeComponent grate = shut(entity, doors);
            DoorComponent door = Mappers.DOOR.get(entity);
            if (grate == null) {
                continue;
            }
            if (door != null && door.opensTicks > 0) {
                scene.scenery.shutter(shapes, grate, door.lift());
            } else if (!art) {
                scene.scenery.grate(shapes, grate);
            }
        }
    }

    static void art(ObjectScene scene, SpriteBatch batch, boolean doors) {
        if (!inArt(scene)) {
            return;
        }
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            ShapeComponent grate = shut(entity, doors);
            DoorComponent door = Mappers.DOOR.get(entity);
            if (grate != null && (door == null || door.opensTicks == 0)) {
                scene.works.grate(batch, grate);
            }
        }
    }

    /** The entity's outline when it is a door (or bars) standing shut, else null. */
    private static ShapeComponent shut(Entity entity, boolean doors) {
        ShapeComponent shape = Mappers.SHAPE.get(entity);
        if (shape == null || !(doors ? shape.door : shape.bars)) {
            return null;
        }
        DoorComponent door = Mappers.DOOR.get(entity);
        return door != null && door.open ? null : shape;
    }
}
