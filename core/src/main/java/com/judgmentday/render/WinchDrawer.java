package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.MathUtils;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.WinchComponent;
import com.judgmentday.components.ZoneComponent;

/**
 * Winches: a control post on the floor at the middle of the area, its drum turning as the chain pays out, and a lamp
 * that is amber while someone stands at it, green while it turns and red once its load is down. One that is open and
 * waiting for someone has a pointer bobbing over it: a tester walked past the epilogue's pulley control twice.
 */
final class WinchDrawer implements ObjectDrawer {
    private static final Color POST = new Color(0x4a4f57ff);
    private static final Color DRUM = new Color(0xb8bec6ff);
    private static final Color IDLE = new Color(0x5a3a1eff);
    private static final Color MANNED = new Color(0xe0a030ff);
    private static final Color TURNING = new Color(0x4ad95aff);
    private static final Color DOWN = new Color(0xd9412bff);
    /** The post's size and the drum's radius, metres; the drum turns once for this much chain. */
    private static final float POST_WIDTH = 0.25f;
    private static final float POST_HEIGHT = 0.8f;
    private static final float BOX_WIDTH = 0.6f;
    private static final float BOX_HEIGHT = 0.4f;
    private static final float DRUM_RADIUS = 0.14f;
    private static final float METRES_A_TURN = 0.9f;

    @Override
    public String type() {
        return "winch";
    }

    @Override
    public void drawShapes(ObjectScene scene, ShapeRenderer shapes, float alpha) {
        for (int i = 0; i < scene.entities.size(); i++) {
            Entity entity = scene.entities.get(i);
            WinchComponent winch = Mappers.WINCH.get(entity);
            if (winch == null) {
                continue;
            }
            ZoneComponent zone = Mappers.ZONE.get(entity);
            float cx = zone.x + zone.width / 2f;
            float top = zone.y + POST_HEIGHT;
            shapes.setColor(POST);
            shapes.rect(cx - POST_WIDTH / 2f, zone.y, POST_WIDTH, POST_HEIGHT);
            shapes.rect(cx - BOX_WIDTH / 2f, top, BOX_WIDTH, BOX_HEIGHT);
            float drumX = cx - BOX_WIDTH / 4f;
            float drumY = top + BOX_HEIGHT / 2f;
            shapes.setColor(DRUM);
            shapes.circle(drumX, drumY, DRUM_RADIUS, 16);
            float turn = winch.paid / METRES_A_TURN * MathUtils.PI2;
            shapes.setColor(POST);
            for (int spoke = 0; spoke < 3; spoke++) {
                float a = turn + spoke * MathUtils.PI2 / 3f;
                shapes.rectLine(drumX, drumY, drumX + MathUtils.cos(a) * DRUM_RADIUS, drumY + MathUtils.sin(a) * DRUM_RADIUS,
                        0.04f);
            }
            shapes.setColor(winch.bottomed ? DOWN : winch.turning ? TURNING : winch.manned ? MANNED : IDLE);
            shapes.circle(cx + BOX_WIDTH / 4f, drumY, 0.07f, 10);
            if (!winch.locked && !winch.manned && !winch.bottomed) {
                WaitingPointer.draw(shapes, cx, top + BOX_HEIGHT, scene.clock);
            }
        }
    }
}
