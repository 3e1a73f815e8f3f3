package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.judgmentday.content.CharacterDef;

/** A walking, jumping body: its tuning and what it knows about its feet. */
public final class CharacterComponent implements Component, Hashed {
    @NotState("tuning from tuning.json, the same all run")
    public CharacterDef def;
    /** The body's height now, metres: the tuned height, or less while the T-1000 pours under something. */
    public float height;
    /** +1 facing right, -1 facing left. */
    public int facing = 1;
    /** Solid fixtures the foot sensor touches, plus one while on a one-way platform; grounded when above zero. */
    public int groundContacts;
    /** Ticks before the next jump is allowed. */
    public int jumpCooldown;
    /** Climbable zones the body overlaps. */
    public int climbContacts;
    /** The middle of the ladder or chain it last took hold of, metres: a climber is drawn in to it. */
    public float climbX;
    /** The top of that ladder or chain, metres. */
    @NotState("the top of the ladder last taken hold of: which one follows from the hashed positions")
    public float climbTop;
    /** Holding on to a ladder or chain: no gravity, Up and Down move. */
    public boolean climbing;
    /** What the feet last touched (a solid's material), for footsteps and the T-1000's mimicry. */
    public String groundMaterial = "";
    /** Multiplies the tuned top speed (wounds, disguise); 1 normally. */
    public float speedScale = 1f;
    /** How fast the ground under the feet runs (a conveyor belt), m/s; the body walks relative to it. */
    public float groundSpeed;
    /** Standing on a one-way platform (foot sensors don't feel platforms: PlatformSystem decides). */
    public boolean onPlatform;
    /** Ticks left of dropping through one-way platforms (Down and Jump). */
    public int dropTicks;
    /** Standing braced (its def's braceMass): its body is that many times heavier, so a push can't shove it along. */
    public boolean braced;
    /** Ticks left of being held still by a beat's {@code hold} step (pinned, or pinning): no moving, striking or firing. */
    public int heldTicks;

    /** Coughing in tear gas (or just out of it), ticks left: slowed, and it shoots nothing. */
    public int gassedTicks;
    /** Thrown off its feet (a knock-back): ticks it still slides, braking at {@link #slideBrake} m/s² on the floor. */
    public int slideTicks;
    public float slideBrake;

    @Override
    public void hash(StateHash out) {
        out.add(height).add(facing).add(groundContacts).add(jumpCooldown).add(climbContacts).add(climbX).add(climbing)
                .add(groundMaterial).add(speedScale).add(groundSpeed)
                .add(onPlatform).add(dropTicks).add(braced).add(heldTicks).add(gassedTicks).add(slideTicks).add(slideBrake);
    }
}
