package com.judgmentday.session;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.math.Intersector;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SolidDef;
import com.judgmentday.sim.Simulation;

/**
 * After a hot reload, puts the T-800 and John of the rebuilt level back where they stood in the old one (and
 * facing the same way), when the new map still leaves room for both there; otherwise they stay where the
 * rebuilt level started them.
 */
final class Placement {
    /** Boxes are shrunk by this on every side, so feet resting on the ground don't count as inside it. */
    static final float MARGIN = 0.05f;
    private final Rectangle box = new Rectangle();
    private final Rectangle crateBox = new Rectangle();
    private final Vector2 start = new Vector2();
    private final Vector2 end = new Vector2();

    /** True when both were put back; false (and nothing moved) when either place is taken or off the map. */
    boolean restore(Simulation from, Simulation to) {
        boolean withJohn = from.john() != null && to.john() != null;
        if (!free(from.controlled(), to.level()) || (withJohn && !free(from.john(), to.level()))) {
            return false;
        }
        move(from.controlled(), to.controlled());
        if (withJohn) {
            move(from.john(), to.john());
        }
        return true;
    }

    /** Whether the character's box, where it stands, is inside the map and clear of its solids and crates. */
    private boolean free(Entity character, LevelDef level) {
        TransformComponent at = Mappers.TRANSFORM.get(character);
        CharacterComponent body = Mappers.CHARACTER.get(character);
        float width = body.def.width - 2f * MARGIN;
        float height = body.height - 2f * MARGIN;
        box.set(at.x - width / 2f, at.y - height / 2f, width, height);
        if (box.x < 0f || box.y < 0f || box.x + box.width > level.width || box.y + box.height > level.height) {
            return false;
        }
        for (SolidDef solid : level.solids) {
            if (overlaps(solid.vertices, solid.closed)) {
                return false;
            }
        }
        for (AreaDef crate : level.crates) {
            if (box.overlaps(crateBox.set(crate.x, crate.y, crate.width, crate.height))) {
                return false;
            }
        }
        return true;
    }

    /** An outline crosses the box, or (closed) holds it or lies inside it. */
    private boolean overlaps(float[] v, boolean closed) {
        int points = v.length / 2;
        int segments = closed ? points : points - 1;
        for (int i = 0; i < segments; i++) {
            int j = (i + 1) % points;
            start.set(v[2 * i], v[2 * i + 1]);
            end.set(v[2 * j], v[2 * j + 1]);
            if (Intersector.intersectSegmentRectangle(start, end, box)) {
                return true;
            }
        }
        return closed && Intersector.isPointInPolygon(v, 0, v.length, box.x + box.width / 2f, box.y + box.height / 2f);
    }

    /** Moves the rebuilt character to where the old one stands, at rest, facing the same way. */
    private static void move(Entity from, Entity to) {
        TransformComponent old = Mappers.TRANSFORM.get(from);
        Body body = Mappers.BODY.get(to).body;
        body.setTransform(old.x, old.y, body.getAngle());
        body.setLinearVelocity(0f, 0f);
        body.setAwake(true);
        TransformComponent now = Mappers.TRANSFORM.get(to);
        now.x = now.prevX = old.x;
        now.y = now.prevY = old.y;
        Mappers.CHARACTER.get(to).facing = Mappers.CHARACTER.get(from).facing;
    }
}
