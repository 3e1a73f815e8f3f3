package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.PlatformComponent;
import com.judgmentday.components.Mappers;

/** One-way platforms as catwalks: a steel deck with a lighter edge, open grating under it, a rail post at each end. */
final class OneWayDrawer implements ObjectDrawer {
    private static final float DECK = 0.12f;
    private static final float GRATING = 0.1f;

    @Override
    public String type() {
        return "one-way";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            PlatformComponent deck = Mappers.PLATFORM.get(entity);
            if (deck == null) {
                continue;
            }
            float width = deck.maxX - deck.minX;
            shapes.setColor(Palette.CHROME_DARK);
            shapes.rect(deck.minX, deck.top - DECK, width, DECK);
            for (float x = deck.minX + 0.1f; x < deck.maxX - 0.05f; x += 0.25f) {
                shapes.rect(x, deck.top - DECK - GRATING, 0.06f, GRATING);
            }
            shapes.rect(deck.minX, deck.top - DECK - GRATING, width, 0.04f);
            shapes.setColor(Palette.CHROME);
            shapes.rect(deck.minX, deck.top - 0.03f, width, 0.03f);
            shapes.setColor(Palette.BARS);
            shapes.rect(deck.minX, deck.top, 0.05f, 0.9f);
            shapes.rect(deck.maxX - 0.05f, deck.top, 0.05f, 0.9f);
        }
    }
}
