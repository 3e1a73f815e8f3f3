package com.judgmentday.ai.people;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.utils.FloatArray;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.content.RoleDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Simulation;

/**
 * What a person does with others of its role (SWAT): advancing in pairs from cover to cover, one holding and firing
 * while its partner (the nearest of its role still standing) bounds to the next cover toward the one the player plays;
 * and tear gas, lobbed at the player within its role's gasRange. The cover itself is {@link PersonFight#takeCover}'s.
 */
final class PersonSquad {
    /** A bound goes to a cover at least this much nearer the one the player plays, metres. */
    private static final float BOUND = 2f;
    /** No bound ends closer than this to the one the player plays, metres. */
    private static final float STANDOFF = 4f;
    private final Entity entity;
    private final TransformComponent at;
    private final CharacterComponent body;
    private final MoveIntentComponent intent;
    private final IdentityComponent who;
    private final AwarenessComponent awareness;
    private final RoleDef role;
    private final FloatArray covers;
    private final ImmutableArray<Entity> people;
    private final EventLog events;
    private final int boundTicks;
    private final int gasCooldownTicks;

    PersonSquad(Entity entity, RoleDef role, FloatArray covers, ImmutableArray<Entity> people, EventLog events) {
        this.entity = entity;
        this.at = Mappers.TRANSFORM.get(entity);
        this.body = Mappers.CHARACTER.get(entity);
        this.intent = Mappers.INTENT.get(entity);
        this.who = Mappers.IDENTITY.get(entity);
        this.awareness = Mappers.AWARENESS.get(entity);
        this.role = role;
        this.covers = covers;
        this.people = people;
        this.events = events;
        this.boundTicks = Math.round(role.boundSeconds * Simulation.TICKS_PER_SECOND);
        this.gasCooldownTicks = Math.round(role.gasCooldownSeconds * Simulation.TICKS_PER_SECOND);
    }

    /**
     * In cover long enough and its partner holding in cover (having bounded no less, or, as often, with the lower id),
     * it picks the next cover toward the one the player plays: its cover run ({@link PersonFight#takeCover}) then goes
     * there while the partner fires. Always fails, so the tree goes on to the cover run or the shot.
     */
    boolean advance(Entity player) {
        if (boundTicks <= 0 || player == null || !awareness.inCover) {
            return false;
        }
        awareness.coverTicks += role.thinkTicks;
        if (awareness.coverTicks < boundTicks) {
            return false;
        }
        Entity partner = partner();
        AwarenessComponent theirs = partner == null ? null : Mappers.AWARENESS.get(partner);
        if (theirs != null && (!theirs.inCover || theirs.bounds < awareness.bounds
                || theirs.bounds == awareness.bounds && Mappers.IDENTITY.get(partner).id < who.id)) {
            // Its partner is on the move, or it is the partner's turn: hold and cover.
            return false;
        }
        float playerX = Mappers.TRANSFORM.get(player).x;
        int next = nextCover(playerX, theirs == null ? -1 : theirs.cover);
        if (next < 0) {
            return false;
        }
        awareness.cover = next;
        awareness.inCover = false;
        awareness.coverTicks = 0;
        awareness.bounds++;
        events.event(EventType.PERSON_ADVANCED).who(who).at(covers.items[3 * next], covers.items[3 * next + 1])
                .detail("bounds to the next cover; its partner covers it").emit();
        return false;
    }

    /** The cover facing the same way as its own, nearer the player by a bound but not on top of them; -1: none. */
    private int nextCover(float playerX, int partnerCover) {
        float side = covers.items[3 * awareness.cover + 2];
        float from = covers.items[3 * awareness.cover];
        int best = -1;
        float bestStep = Float.MAX_VALUE;
        for (int i = 0; i < covers.size / 3; i++) {
            float x = covers.items[3 * i];
            float nearer = side * (x - from);
            float left = side * (playerX - x);
            if (i != partnerCover && covers.items[3 * i + 2] == side && nearer >= BOUND && left >= STANDOFF
                    && nearer <= role.coverRange && nearer < bestStep) {
                best = i;
                bestStep = nearer;
            }
        }
        return best;
    }

    /** The nearest other standing person of its role, or null. */
    private Entity partner() {
        // Only one in the fight covers a bound: alarmed, armed, not given up (else it bounds alone).
        Entity best = null;
        float bestDistance = Float.MAX_VALUE;
        String mine = Mappers.PERSON.get(entity).role;
        for (int i = 0; i < people.size(); i++) {
            Entity other = people.get(i);
            HealthComponent health = Mappers.HEALTH.get(other);
            AwarenessComponent theirs = Mappers.AWARENESS.get(other);
            if (other == entity || !mine.equals(Mappers.PERSON.get(other).role) || health != null && health.out()
                    || theirs == null || !theirs.alarmed || theirs.surrendered || !Mappers.WEAPON.has(other)) {
                continue;
            }
            float distance = Math.abs(Mappers.TRANSFORM.get(other).x - at.x);
            if (distance < bestDistance) {
                best = other;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Lobs a tear-gas canister at the one the player plays when within its role's gasRange and one is left. */
    boolean throwGas(Entity player) {
        WeaponComponent weapon = Mappers.WEAPON.get(entity);
        WeaponSlot canister = weapon == null || role.gas.isEmpty() ? null : weapon.slot(role.gas);
        if (player == null || canister == null || canister.loaded == 0 || awareness.gasCooldown > 0 || weapon.cooldown > 0
                || weapon.reloading > 0) {
            return false;
        }
        float dx = Mappers.TRANSFORM.get(player).x - at.x;
        if (Math.abs(dx) > role.gasRange) {
            return false;
        }
        body.facing = dx >= 0f ? 1 : -1;
        weapon.current = weapon.slots.indexOf(canister, true);
        intent.fire = true;
        awareness.gasCooldown = gasCooldownTicks;
        awareness.aimTicks = 0;
        awareness.task = "throw gas";
        return true;
    }

    /** Whether it has the canister in hand still (just thrown): nothing to shoot with until it has its gun again. */
    boolean holdingGas() {
        WeaponComponent weapon = Mappers.WEAPON.get(entity);
        return weapon != null && !role.gas.isEmpty() && weapon.held().def.name.equals(role.gas);
    }

    /** Back to its gun after a throw (its first weapon that is not the canister). */
    void drawGun() {
        WeaponComponent weapon = Mappers.WEAPON.get(entity);
        if (holdingGas() && weapon.cooldown == 0 && weapon.reloading == 0) {
            for (int i = 0; i < weapon.slots.size; i++) {
                if (!weapon.slots.get(i).def.name.equals(role.gas)) {
                    weapon.current = i;
                    return;
                }
            }
        }
    }
}
