package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.SwitchComponent;
import com.judgmentday.components.ZoneComponent;

/**
 * Switches: a plate on the wall and a lever that points up and red when back, down and green when thrown; a pointer
 * bobs over a one-shot switch not thrown yet.
 */
final class SwitchDrawer implements ObjectDrawer {
    private static final Color PLATE = new Color(0x4a4f57ff);
    private static final Color LEVER = new Color(0xb8bec6ff);
    private static final Color OFF = new Color(0xd9412bff);
    private static final Color ON = new Color(0x4ad95aff);
    /** The plate's size and the lever's length, metres (a point switch has no size of its own). */
    private static final float PLATE_WIDTH = 0.35f;
    private static final float PLATE_HEIGHT = 0.55f;
    private static final float LEVER_LENGTH = 0.4f;

    @Override
    public String type() {
        return "switch";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            SwitchComponent lever = Mappers.SWITCH.get(entity);
            if (lever == null) {
                continue;
            }
            ZoneComponent zone = Mappers.ZONE.get(entity);
            float cx = zone.x + zone.width / 2f;
            float cy = zone.y + zone.height / 2f;
            shapes.setColor(PLATE);
            shapes.rect(cx - PLATE_WIDTH / 2f, cy - PLATE_HEIGHT / 2f, PLATE_WIDTH, PLATE_HEIGHT);
            // Back: tilted up and to the left; thrown: down and to the right.
            float dx = lever.on ? 0.45f * LEVER_LENGTH : -0.45f * LEVER_LENGTH;
            float dy = lever.on ? -0.9f * LEVER_LENGTH : 0.9f * LEVER_LENGTH;
            shapes.setColor(LEVER);
            shapes.rectLine(cx, cy, cx + dx, cy + dy, 0.06f);
            shapes.setColor(lever.on ? ON : OFF);
            shapes.circle(cx + dx, cy + dy, 0.08f, 12);
            shapes.circle(cx, cy, 0.05f, 8);
            if (lever.once && !lever.on) {
                WaitingPointer.draw(shapes, cx, cy + PLATE_HEIGHT / 2f, scene.clock);
            }
        }
    }

    /** An edge round the plate, so it reads against a dark wall or backdrop. */
    @Override
    public void drawLines(ObjectScene scene, ShapeRenderer shapes) {
        shapes.setColor(LEVER);
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            if (Mappers.SWITCH.has(entity)) {
                ZoneComponent zone = Mappers.ZONE.get(entity);
                float cx = zone.x + zone.width / 2f;
                float cy = zone.y + zone.height / 2f;
                shapes.rect(cx - PLATE_WIDTH / 2f, cy - PLATE_HEIGHT / 2f, PLATE_WIDTH, PLATE_HEIGHT);
            }
        }
    }
}
