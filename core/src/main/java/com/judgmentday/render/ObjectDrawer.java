package com.judgmentday.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;

/**
 * Draws one type of level object (its entities, or its map objects for set dressing), listed once in
 * {@link ObjectDrawers}: shapes where the art has none, art under the people (or over them), outlines on top.
 */
interface ObjectDrawer {
    /** The schema type it draws. */
    String type();

    /** In filled shapes, under everything drawn in art. */
    default void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
    }

    /** In art, over the ground and under the people. */
    default void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
    }

    /** In art, over the people: set dressing someone can hide behind (a prop drawn in front). */
    default void drawFront(ObjectScene scene, SpriteBatch batch, float alpha) {
    }

    /** In lines, over everything. */
    default void drawLines(ObjectScene scene, ShapeRenderer shapes) {
    }
}
