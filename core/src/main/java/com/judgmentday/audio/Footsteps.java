package com.judgmentday.audio;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;

/**
 * The player's footsteps, from how far its feet have carried it on the ground: a step every stride, a
 * heavier one on landing, pitched by what the feet touch. Read once a frame; it never changes the game.
 */
final class Footsteps {
    /** Metres between two steps. */
    static final float STRIDE = 0.9f;
    private float lastX = Float.NaN;
    private float walked;
    private boolean wasGrounded = true;

    void reset() {
        lastX = Float.NaN;
        walked = 0f;
        wasGrounded = true;
    }

    void update(Entity player, SoundOutput output) {
        TransformComponent at = Mappers.TRANSFORM.get(player);
        CharacterComponent character = Mappers.CHARACTER.get(player);
        if (at == null || character == null) {
            return;
        }
        boolean grounded = character.groundContacts > 0 && !character.climbing;
        float pitch = pitch(character.groundMaterial);
        if (grounded && !wasGrounded) {
            output.play(SoundId.FOOTSTEP, SoundId.FOOTSTEP.level * 1.6f, pitch * 0.85f);
            walked = 0f;
        } else if (grounded && !Float.isNaN(lastX)) {
            walked += Math.abs(at.x - lastX);
            if (walked >= STRIDE) {
                walked %= STRIDE;
                output.play(SoundId.FOOTSTEP, SoundId.FOOTSTEP.level, pitch);
            }
        }
        lastX = at.x;
        wasGrounded = grounded;
    }

    /** Hard floors ring higher than earth. */
    private static float pitch(String material) {
        switch (material == null ? "" : material) {
            case "steel":
                return 1.35f;
            case "glass":
                return 1.25f;
            case "concrete":
            case "chequered":
            case "striped":
                return 1.1f;
            default:
                return 0.95f;
        }
    }
}
