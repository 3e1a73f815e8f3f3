package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HeatComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.T1000Component;
import com.judgmentday.content.MaterialDef;

/**
 * The steps that set something in a body or a mind and are done: the T-1000's cover blown, its holes mended, its
 * brace, its freeze; a person alarmed at the player. Each acts on what it names and nothing else; a name not in the
 * level does nothing.
 */
final class StateSteps {
    /** A frozen T-1000 is this far below the freezing point, so it holds a moment before it thaws. */
    private static final float FREEZE_MARGIN = 60f;
    /** A flung body rises at this share of its speed, so it clears the floor and flies. */
    private static final float FLING_RISE = 0.3f;
    /** Flung, it has no control for this long (it flies), then slides this long braking at this rate, m/s². */
    private static final int FLING_HELD_TICKS = 30;
    private static final int FLING_SLIDE_TICKS = 45;
    private static final float FLING_BRAKE = 14f;

    private StateSteps() {
    }

    /** {@code target}: the #id the step names; {@code cast}: the character its role names; {@code player}: controlled. */
    static void apply(StepDef step, Entity target, Entity cast, Entity player, MaterialDef material) {
        switch (step.kind) {
            case EXPOSE: {
                // Its cover blown, as a blow that knocks it back blows it: it hunts at a run among people.
                T1000Component mind = cast == null ? null : Mappers.T1000.get(cast);
                if (mind != null) {
                    mind.exposed = true;
                }
                break;
            }
            case MEND: {
                // Its holes close at once: it runs at full speed again (LiquidBodySystem slows it by its open holes).
                LiquidComponent liquid = cast == null ? null : Mappers.LIQUID.get(cast);
                if (liquid != null) {
                    liquid.holes = 0;
                    liquid.closeTicks = 0;
                }
                break;
            }
            case BRACE: {
                // From now on, knocked back that many times in a row, it leans into the next blows (LiquidBodySystem).
                LiquidComponent liquid = cast == null ? null : Mappers.LIQUID.get(cast);
                if (liquid != null) {
                    liquid.braceAfter = step.count;
                    liquid.blowsInRow = 0;
                }
                break;
            }
            case ALARM: {
                // As if it had seen danger where the player stands: a guard comes at them, a civilian flees.
                AwarenessComponent awareness = target == null ? null : Mappers.AWARENESS.get(target);
                if (awareness != null && player != null) {
                    awareness.level = 1f;
                    awareness.dangerX = Mappers.TRANSFORM.get(player).x;
                    awareness.dangerY = Mappers.TRANSFORM.get(player).y;
                }
                break;
            }
            case FREEZE: {
                HeatComponent heat = target == null ? null : Mappers.HEAT.get(target);
                if (heat != null) {
                    heat.celsius = Math.min(heat.celsius, material.frozenBelow - FREEZE_MARGIN);
                }
                break;
            }
            default:
                throw new IllegalArgumentException(step.kind + " is not a step that sets a state");
        }
    }

    /**
     * The T-1000 hurls a character away from itself at {@code speed} m/s (and up a little): it flies without control,
     * lands and slides, and goes through glass or plaster in its way as any body thrown at their toughness. False, and
     * nothing done, when either is not in the level, or the character is down, riding, hung or caught by the arm.
     */
    static boolean fling(Entity flung, Entity thrower, float speed) {
        if (flung == null || thrower == null || !Mappers.BODY.has(flung) || !Mappers.CHARACTER.has(flung)
                || !Mappers.TRANSFORM.has(thrower) || Mappers.HEALTH.has(flung) && Mappers.HEALTH.get(flung).out()
                || Mappers.RIDING.has(flung) || Mappers.HUNG.has(flung)
                || Mappers.ARM.has(flung) && Mappers.ARM.get(flung).caught) {
            return false;
        }
        CharacterComponent character = Mappers.CHARACTER.get(flung);
        Body body = Mappers.BODY.get(flung).body;
        float away = Mappers.TRANSFORM.get(flung).x - Mappers.TRANSFORM.get(thrower).x;
        // Level with it: the way the T-1000 faces, which is toward what it grabbed.
        float side = away != 0f ? Math.signum(away) : Mappers.CHARACTER.has(thrower) ? Mappers.CHARACTER.get(thrower).facing : 1f;
        if (character.climbing) {
            // Torn off the ladder: a climber hangs weightless and is held to it.
            character.climbing = false;
            body.setGravityScale(1f);
        }
        if (character.braced) {
            // Standing braced it is as heavy as a wall; thrown, it is its own weight.
            character.braced = false;
            body.resetMassData();
        }
        body.setLinearVelocity(side * speed, speed * FLING_RISE);
        character.heldTicks = Math.max(character.heldTicks, FLING_HELD_TICKS);
        character.slideTicks = Math.max(character.slideTicks, FLING_HELD_TICKS + FLING_SLIDE_TICKS);
        character.slideBrake = FLING_BRAKE;
        return true;
    }
}
