package com.judgmentday.sim;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.T1000Component;

/** Moves the player's control (its marker and input) from one character to another, and who follows or hunts it. */
final class ControlTransfer {
    private ControlTransfer() {
    }

    static void move(Engine engine, EntityFactory factory, Entity from, Entity to) {
        if (to == null || !Mappers.CHARACTER.has(to) || !Mappers.INTENT.has(to) || Mappers.T1000.has(to)) {
            throw new IllegalArgumentException("control can only move to a character the player can play, not "
                    + (to == null ? "nothing" : Mappers.IDENTITY.get(to).name));
        }
        ControlComponent marker = from.remove(ControlComponent.class);
        InputComponent input = from.remove(InputComponent.class);
        to.add(marker);
        to.add(input);
        MoveIntentComponent left = Mappers.INTENT.get(from);
        left.moveX = 0f;
        left.moveY = 0f;
        left.jump = false;
        left.fire = false;
        left.reload = false;
        left.switchWeapon = false;
        // Whoever escorted the player escorts the new character; the new one leads, so it follows no one.
        to.remove(FollowComponent.class);
        ImmutableArray<Entity> followers = engine.getEntitiesFor(Family.all(FollowComponent.class).get());
        for (int i = 0; i < followers.size(); i++) {
            FollowComponent follow = Mappers.FOLLOW.get(followers.get(i));
            if (follow.leader == from) {
                follow.leader = to;
            }
        }
        // A T-1000 hunting the player (a level without John) hunts whoever the player is now.
        ImmutableArray<Entity> hunters = engine.getEntitiesFor(Family.all(T1000Component.class).get());
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
}
