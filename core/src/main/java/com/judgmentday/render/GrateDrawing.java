package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.ShapeComponent;

/** Doors and bars share their art's rule: drawn in art only when both have art, so they match. */
final class GrateDrawing {
    private GrateDrawing() {
    }

    static boolean inArt(ObjectScene scene) {
        return scene.art("door") && scene.art("bars");
    }

    static void shapes(ObjectScene scene, ShapeRenderer shapes, boolean doors) {
        if (inArt(scene)) {
            return;
        }
        for (ShapeComponent grate : scene.scenery.grates()) {
            // A door a beat opened is not drawn until it closes.
            if (grate.door == doors && !grate.open) {
                scene.scenery.grate(shapes, grate);
            }
        }
    }

    static void art(ObjectScene scene, SpriteBatch batch, boolean doors) {
        if (!inArt(scene)) {
            return;
        }
        for (ShapeComponent grate : scene.scenery.grates()) {
            if (grate.door == doors && !grate.open) {
                scene.works.grate(batch, grate);
            }
        }
    }
}
