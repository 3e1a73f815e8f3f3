package com.judgmentday.sim;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MeleeComponent;
import com.judgmentday.components.VolleyComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.physics.BodyFactory;

/** Moves the player's control (its marker and input) from one character to another, and who follows or hunts it. */
final class ControlTransfer {
    private ControlTransfer() {
    }

    /**
     * {@code followers} and {@code hunters}: the engine's lists of escorts and T-1000s, made as the simulation was
     * built. Making a family here, mid-step, would write Ashley's process-wide family table while other simulations
     * step on other threads ({@code playtest --all}), which garbled a lookup into an entity without a follow.
     */
    static void move(EntityFactory factory, BodyFactory bodies, Entity from, Entity to,
            ImmutableArray<Entity> followers, ImmutableArray<Entity> hunters) {
        if (to == null || !Mappers.CHARACTER.has(to) || !Mappers.INTENT.has(to) || Mappers.T1000.has(to)) {
            throw new IllegalArgumentException("control can only move to a character the player can play, not "
                    + (to == null ? "nothing" : Mappers.IDENTITY.get(to).name));
        }
        ControlComponent marker = from.remove(ControlComponent.class);
        InputComponent input = from.remove(InputComponent.class);
        to.add(marker);
        to.add(input);
        // One removed from the level (a remove step) has no body left to change.
        if (Mappers.BODY.has(from) && Mappers.BODY.get(from).body != null) {
            bodies.blocksPursuer(Mappers.BODY.get(from).body, Mappers.CHARACTER.get(from).def.blocksPursuer);
        }
        takeUp(bodies, to);
        // The one left behind lets go of everything, a shot it had queued included.
        Mappers.INTENT.get(from).clear();
        WeaponComponent weapons = Mappers.WEAPON.get(from);
        if (weapons != null) {
            weapons.queued = false;
            weapons.wasFiring = false;
            weapons.heldTicks = 0;
        }
        MeleeComponent melee = Mappers.MELEE.get(from);
        if (melee != null) {
            melee.wasFiring = false;
        }
        // Whoever escorted the player escorts the new character; the new one leads, so it follows no one. Mid-step,
        // the engine's list still holds the new one until its update ends, its follow already gone.
        to.remove(FollowComponent.class);
        to.remove(VolleyComponent.class);
        for (int i = 0; i < followers.size(); i++) {
            FollowComponent follow = Mappers.FOLLOW.get(followers.get(i));
            if (follow != null && follow.leader == from) {
                follow.leader = to;
            }
        }
        // A T-1000 hunting the player (a level without John) hunts whoever the player is now.
        for (int i = 0; i < hunters.size(); i++) {
            T1000Component mind = Mappers.T1000.get(hunters.get(i));
            if (mind.target == from) {
                mind.target = to;
            }
        }
        if (!Mappers.WEAPON.has(to)) {
            CharacterComponent character = Mappers.CHARACTER.get(to);
            to.add(factory.loadout(character.def.loadout));
        }
    }

    /**
     * The one played is a body the T-1000 meets, as the T-800's is: bodies pass each other, and four first-timers
     * driving it back as Sarah stepped after it and came out on its far side, John open behind them.
     */
    static void takeUp(BodyFactory bodies, Entity played) {
        bodies.blocksPursuer(Mappers.BODY.get(played).body, true);
    }
}
