package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.content.PursuitDef;

/**
 * A red chevron over the T-1000 while a shot from the gun in the player's hand would throw it back at full force:
 * "fire when it is two or three steps off" was a rule testers could not judge on screen (they fired from afar, where
 * a shell barely moves it, or too late). The same sum of pellet blows the shot would land decides it.
 */
final class RangeCue {
    private static final Color COLOUR = new Color(0.95f, 0.2f, 0.15f, 0.9f);
    /** Its feet this near the player's (metres): on the same floor, where a level shot reaches it. */
    private static final float SAME_FLOOR = 1.2f;

    private RangeCue() {
    }

    /** A shot now from {@code player}'s gun would throw {@code t1000} back at full force. */
    static boolean close(Entity player, Entity t1000, PursuitDef pursuit) {
        WeaponComponent weapon = player == null ? null : Mappers.WEAPON.get(player);
        // In someone's look (a shopper's, the fake Sarah's) it gets no cue: the cue would give it away. Its brain's
        // DISGUISED state is not the look: exposed, it blends in its own, and is cued.
        AppearanceComponent look = Mappers.APPEARANCE.get(t1000);
        if (weapon == null || weapon.slots.size == 0 || pursuit == null || Mappers.POSE.has(t1000)
                || look != null && look.disguised) {
            return false;
        }
        TransformComponent me = Mappers.TRANSFORM.get(player);
        TransformComponent it = Mappers.TRANSFORM.get(t1000);
        float feet = (me.y - Mappers.CHARACTER.get(player).height / 2f) - (it.y - Mappers.CHARACTER.get(t1000).height / 2f);
        return Math.abs(feet) < SAME_FLOOR && weapon.held().def.blowAt(Math.abs(it.x - me.x)) >= pursuit.knockbackFull;
    }

    /** The chevron, its tip {@code top} metres up over {@code x}. */
    static void draw(ShapeRenderer shapes, float x, float top) {
        shapes.setColor(COLOUR);
        shapes.triangle(x - 0.3f, top + 0.45f, x + 0.3f, top + 0.45f, x, top + 0.1f);
    }
}
