package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.PlatformComponent;
import com.judgmentday.components.Mappers;

/** One-way platforms as catwalks: the catwalk art along the edge, or in shapes a steel deck over open grating. */
final class OneWayDrawer implements ObjectDrawer {
    private static final float DECK = 0.12f;
    private static final float GRATING = 0.1f;

    /** The catwalk art along each platform, when the art has it. */
    private final SetDressing decks = new SetDressing();

    OneWayDrawer(ObjectScene scene) {
        for (int i = 0; i < scene.entities.size(); i++) {
            PlatformComponent deck = Mappers.PLATFORM.get(scene.entities.get(i));
            if (deck != null) {
                decks.repeat(scene.atlas, "catwalk", deck.minX, deck.top, deck.maxX - deck.minX, true);
            }
        }
    }

    @Override
    public String type() {
        return "one-way";
    }

    @Override
    public void drawArt(ObjectScene scene, SpriteBatch batch, float alpha) {
        decks.draw(batch, scene.clock);
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        if (scene.art("catwalk")) {
            return;
        }
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
