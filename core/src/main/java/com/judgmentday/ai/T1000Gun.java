package com.judgmentday.ai;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.AimComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.content.PursuitDef;

/**
 * The gun of a T-1000 whose spawn says it shoots: at its quarry in sight, beyond the blade's reach and within
 * {@code shootRange}, it stands and aims (the tell: a red line, {@code aimTicks}), fires once, then closes in for
 * {@code shotCooldownTicks} before it stops to aim again. It never fires past a person standing in the line (the shot
 * would hit them: the design never makes a bystander's wound unavoidable), and wastes no round on armour (a quarry that
 * takes under half a round, the T-800). Whoever steps into the line takes the round: the T-800's body is John's shield.
 */
final class T1000Gun {
    /** A quarry that takes less than this share of a round is armoured: it is not shot at. */
    private static final float ARMOUR = 0.5f;
    /** Its shots are level, from about chest height: a mark whose feet are this far off its own is not on its floor. */
    private static final float SAME_FLOOR = 1f;
    private final AimComponent aim;
    private final WeaponComponent weapon;
    private final PursuitDef pursuit;
    private final ImmutableArray<Entity> people;

    /** {@code aim} null: this T-1000 does not shoot on sight. */
    T1000Gun(Entity entity, PursuitDef pursuit, ImmutableArray<Entity> people) {
        this.aim = Mappers.AIM.get(entity);
        this.weapon = Mappers.WEAPON.get(entity);
        this.pursuit = pursuit;
        this.people = people;
    }

    /**
     * Before the tree decides: an aim the tree did not keep up last tick ({@code aimed}: its state was to aim) is
     * dropped, and the wait counts down.
     */
    void sense(boolean aimed) {
        if (aim == null) {
            return;
        }
        if (!aimed) {
            aim.aimTicks = 0;
        }
        if (aim.cooldown > 0) {
            aim.cooldown--;
        }
    }

    /**
     * It would shoot {@code target} (seen along a clear line) from {@code at}: it carries a loaded gun, is not waiting,
     * the mark is up, unarmoured, on its floor, past the blade's reach and in range, with nobody standing between.
     */
    boolean ready(TransformComponent at, float feet, Entity target, boolean seen) {
        if (aim == null || weapon == null || !seen || target == null || pursuit.shootRange <= 0f || weapon.slots.size == 0
                || aim.cooldown > 0 || weapon.reloading > 0 || weapon.held().loaded + weapon.held().reserve == 0) {
            return false;
        }
        CharacterComponent mark = Mappers.CHARACTER.get(target);
        HealthComponent health = Mappers.HEALTH.get(target);
        TransformComponent there = Mappers.TRANSFORM.get(target);
        if (mark == null || health == null || health.out() || mark.def.gunfireTaken < ARMOUR
                || Math.abs(there.y - mark.height / 2f - feet) > SAME_FLOOR) {
            return false;
        }
        float apart = Math.abs(there.x - at.x);
        return apart > pursuit.stabRange + 1f && apart <= pursuit.shootRange
                && !personBetween(at.x, at.y + weapon.held().def.muzzleHeight, there.x);
    }

    /** A person standing (not lying) across the level line from its muzzle at (x, y) to {@code toX}. */
    private boolean personBetween(float x, float y, float toX) {
        for (int i = 0; i < people.size(); i++) {
            Entity person = people.get(i);
            HealthComponent health = Mappers.HEALTH.get(person);
            if (health != null && health.out()) {
                continue;
            }
            TransformComponent body = Mappers.TRANSFORM.get(person);
            CharacterComponent character = Mappers.CHARACTER.get(person);
            float half = character.def.width / 2f;
            boolean across = Math.min(x, toX) < body.x + half && body.x - half < Math.max(x, toX);
            if (across && Math.abs(body.y - y) < character.height / 2f + 0.1f) {
                return true;
            }
        }
        return false;
    }

    /**
     * One tick of the shot: faces {@code there}, stands and aims; once it has aimed its time it fires (one press) and
     * waits its cooldown. Returns the facing.
     */
    int shoot(TransformComponent at, TransformComponent there, MoveIntentComponent intent) {
        aim.aimX = there.x;
        aim.aimY = there.y;
        if (aim.aimTicks >= pursuit.aimTicks && !weapon.wasFiring) {
            intent.fire = true;
            aim.aimTicks = 0;
            aim.cooldown = pursuit.shotCooldownTicks;
        } else {
            aim.aimTicks++;
        }
        return there.x >= at.x ? 1 : -1;
    }
}
