package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.MassData;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.events.EventLog;

/**
 * Applies movement intents to character bodies as impulses, within the character's speed and
 * acceleration limits, so collisions and knock-back stay physical; a body that braces stands heavy while still.
 */
public final class MovementSystem extends IteratingSystem {
    /** How fast a climber with no sideways key closes on its ladder's middle: metres a second per metre off it. */
    private static final float CENTRE_RATE = 8f;
    /**
     * Down a ladder or chain a climber slides this many times as fast as it climbs: three testers pressed S to drop down
     * the Galleria's shaft, climbed down its ladder slowly, and the cop, dropping past them, landed between them and John.
     */
    private static final float SLIDE_DOWN = 2f;
    /**
     * Within this of its ladder's top, a climber pressing only sideways climbs on as it presses, and steps off over the
     * ledge there: four playtesters hung at a chain's top pressing D, a ledge's edge at their chest, and one a little
     * lower walked off under the platform, down to the floor.
     */
    private static final float STEP_OFF_REACH = 3.5f;
    /** It moves sideways off the ladder only with its feet this near the top, metres: above the ledge beside it. */
    private static final float STEP_OFF_HEIGHT = 1f;
    /** Climbing slower than this share of its climbing speed while pressing up or down, a climber is held back. */
    private static final float HELD_BACK = 0.5f;

    private final EventLog events;

    public MovementSystem(int priority, EventLog events) {
        super(Family.all(CharacterComponent.class, BodyComponent.class, MoveIntentComponent.class).get(), priority);
        this.events = events;
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        MoveIntentComponent intent = Mappers.INTENT.get(entity);
        Body body = Mappers.BODY.get(entity).body;
        CharacterDef def = character.def;
        boolean grounded = character.groundContacts > 0;
        if (character.jumpCooldown > 0) {
            character.jumpCooldown--;
        }
        if (intent.moveX != 0f && !intent.keepFacing) {
            character.facing = intent.moveX > 0f ? 1 : -1;
        }

        boolean wasClimbing = character.climbing;
        if (character.climbContacts == 0 || intent.jump) {
            character.climbing = false;
        } else if (intent.moveY != 0f) {
            character.climbing = true;
        }
        if (character.climbing != wasClimbing) {
            body.setGravityScale(character.climbing ? 0f : 1f);
        }

        // Firing is not standing braced: the recoil still pushes the shooter back.
        brace(character, body, grounded && intent.moveX == 0f && !intent.jump && !intent.lunge && !intent.fire
                && !intent.melee && !character.climbing);
        Vector2 velocity = body.getLinearVelocity();
        float vx = velocity.x;
        float vy = velocity.y;
        float top = def.runSpeed * character.speedScale;
        // On a belt the ground itself moves: walking, and braking, are relative to it.
        float target = MathUtils.clamp(intent.moveX, -1f, 1f) * top + (grounded ? character.groundSpeed : 0f);
        // Thrown off its feet, it slides on, braking as its thrower's tuning says, until it has its feet again.
        boolean sliding = character.slideTicks > 0 && intent.moveX == 0f;
        if (character.slideTicks > 0) {
            character.slideTicks--;
        }
        float maxChange = (grounded ? sliding ? character.slideBrake : def.groundAccel : def.airAccel) * deltaTime;
        // In the air with no intent, keep momentum (knock-back and jumps carry); on the ground, brake.
        boolean steer = intent.moveX != 0f || grounded || character.climbing;
        float newVx = steer ? vx + MathUtils.clamp(target - vx, -maxChange, maxChange) : vx;
        float newVy = vy;
        if (character.climbing) {
            // Climbing with no sideways key and held back (its head under the ledge beside the ladder, having taken
            // hold off-centre as it walked in): drawn in to the ladder's middle, where the way up is clear.
            boolean heldBack = intent.moveY != 0f && Math.abs(vy) < def.climbSpeed * HELD_BACK;
            newVx = intent.moveX != 0f ? MathUtils.clamp(intent.moveX, -1f, 1f) * def.climbSpeed
                    : heldBack ? MathUtils.clamp((character.climbX - body.getPosition().x) * CENTRE_RATE, -def.climbSpeed,
                            def.climbSpeed) : 0f;
            newVy = MathUtils.clamp(intent.moveY, -1f, 1f) * def.climbSpeed * (intent.moveY < 0f ? SLIDE_DOWN : 1f);
            float feet = body.getPosition().y - character.height / 2f;
            if (intent.moveX != 0f && intent.moveY == 0f && feet > character.climbTop - STEP_OFF_REACH) {
                newVy = def.climbSpeed;
                newVx = feet > character.climbTop - STEP_OFF_HEIGHT ? newVx : 0f;
            } else if (newVy > 0f && feet >= character.climbTop) {
                // Up, at the top, it hangs there, its feet at the top, and steps off with a sideways key. It climbed
                // on above the top, lost hold, and the moment W was let go fell the whole chain: M22b twice at the
                // cogs ("D dropped me back to the floor"), each command of the play tool starting with keys up.
                newVy = 0f;
            }
        }
        if (intent.lunge && def.lungeSpeed > 0f) {
            newVx = character.facing * def.lungeSpeed;
        }
        if (intent.jump && (grounded || wasClimbing) && character.jumpCooldown == 0) {
            newVy = def.jumpSpeed;
            character.jumpCooldown = def.jumpCooldownTicks;
            events.count("jumps", 1);
        }
        if (Math.abs(newVx - vx) > 1e-4f || newVy != vy) {
            float mass = body.getMass();
            Vector2 centre = body.getWorldCenter();
            body.applyLinearImpulse((newVx - vx) * mass, (newVy - vy) * mass, centre.x, centre.y, true);
        }
    }

    /** Standing still, a body whose def braces (the T-800) is as heavy as a wall; moving, it is its own weight again. */
    private static void brace(CharacterComponent character, Body body, boolean still) {
        boolean braced = still && character.def.braceMass > 1f;
        if (braced == character.braced) {
            return;
        }
        character.braced = braced;
        if (braced) {
            MassData mass = body.getMassData();
            mass.mass *= character.def.braceMass;
            body.setMassData(mass);
        } else {
            body.resetMassData();
        }
    }
}
