package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.ArmComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;

/**
 * What happens to an arm, shared by whoever causes it (catching machinery, a beat's {@code catch} step, a checkpoint
 * that starts a character one-armed): caught and held, or lost. Whom machinery can hold is its def's
 * {@code cutFreeSeconds}, never its name.
 */
public final class Arms {
    private Arms() {
    }

    /** Whether machinery can hold this character at all (its def can cut itself free). */
    public static boolean catchable(CharacterDef def) {
        return def.cutFreeSeconds > 0f;
    }

    /**
     * Catches the character's arm in {@code machine} where it stands: held there until it cuts free. False (nothing
     * happens) when machinery can't hold it, it is caught already, or it has no arm left to lose.
     */
    public static boolean catchArm(Entity entity, String machine, EventLog events) {
        if (!catchable(Mappers.CHARACTER.get(entity).def)) {
            return false;
        }
        ArmComponent arm = Mappers.ARM.get(entity);
        if (arm == null) {
            arm = new ArmComponent();
            entity.add(arm);
        }
        if (arm.caught || arm.oneArmed) {
            return false;
        }
        TransformComponent at = Mappers.TRANSFORM.get(entity);
        arm.caught = true;
        arm.machine = machine;
        arm.anchorX = at.x;
        arm.anchorY = at.y;
        arm.cutTicks = 0;
        events.event(EventType.ARM_CAUGHT).who(Mappers.IDENTITY.get(entity)).what(machine)
                .detail("arm caught in " + Titles.the(machine) + ": hold Interact to cut free").emit();
        return true;
    }

    /** The arm is gone: one-armed from now on, the weapon in hand changed for one that takes one hand. */
    public static void lose(Entity entity, EventLog events) {
        ArmComponent arm = Mappers.ARM.get(entity);
        if (arm == null) {
            arm = new ArmComponent();
            entity.add(arm);
        }
        arm.caught = false;
        arm.oneArmed = true;
        WeaponComponent weapons = Mappers.WEAPON.get(entity);
        if (weapons == null || weapons.slots.size == 0 || !weapons.held().def.twoHanded) {
            return;
        }
        int usable = usableAfter(weapons, weapons.current, true);
        if (usable != weapons.current) {
            weapons.current = usable;
            weapons.reloading = 0;
            weapons.heldTicks = 0;
            events.event(EventType.WEAPON_SWITCHED).who(Mappers.IDENTITY.get(entity)).what(weapons.held().def.name)
                    .detail(weapons.held().def.name + " (one-armed)").emit();
        }
    }

    /** Whether the character is one-armed. */
    public static boolean oneArmed(Entity entity) {
        ArmComponent arm = Mappers.ARM.get(entity);
        return arm != null && arm.oneArmed;
    }

    /**
     * The next weapon after {@code from}, in switching order, that the character can use (one-armed: not a
     * two-handed one); {@code from} itself when there is no other.
     */
    static int usableAfter(WeaponComponent weapons, int from, boolean oneArmed) {
        for (int step = 1; step < weapons.slots.size; step++) {
            int at = (from + step) % weapons.slots.size;
            if (!oneArmed || !weapons.slots.get(at).def.twoHanded) {
                return at;
            }
        }
        return from;
    }
}
