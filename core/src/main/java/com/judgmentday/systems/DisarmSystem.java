package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MeleeComponent;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;

/**
 * The player takes an armed person's weapon (a gun, or a guard's baton) at arm's length: a press of Interact with one
 * within reach on either side (the one in front first) and on the same floor takes (and throws away) all he carries,
 * the player still facing the way it faced (one behind is reached for over the shoulder). One knocked down and disarmed as it lies stays down. It is alarmed by it; covered by the player's gun, it gives
 * up (PersonBrain). Runs before the switches, which the same press would otherwise throw.
 */
public final class DisarmSystem extends EntitySystem {
    /** How far beyond the player's body an arm's length reaches, metres. */
    private static final float REACH = 1.3f;
    /** What one behind counts against him when choosing whom to take from: the one in front first, metres. */
    private static final float BEHIND = 10f;
    private final EventLog events;
    private ImmutableArray<Entity> controlled;
    private ImmutableArray<Entity> armed;

    public DisarmSystem(int priority, EventLog events) {
        super(priority);
        this.events = events;
    }

    @Override
    public void addedToEngine(Engine engine) {
        controlled = engine.getEntitiesFor(Family.all(ControlComponent.class, InputComponent.class,
                CharacterComponent.class, TransformComponent.class).get());
        armed = engine.getEntitiesFor(Family.all(PersonComponent.class, TransformComponent.class, CharacterComponent.class)
                .one(WeaponComponent.class, MeleeComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        if (controlled.size() == 0 || armed.size() == 0) {
            return;
        }
        Entity who = controlled.first();
        if (!SwitchSystem.interactPressed(who)) {
            return;
        }
        TransformComponent at = Mappers.TRANSFORM.get(who);
        CharacterComponent body = Mappers.CHARACTER.get(who);
        // The one in front before one behind, the nearer first.
        Entity person = null;
        float best = Float.MAX_VALUE;
        for (int i = 0; i < armed.size(); i++) {
            Entity candidate = armed.get(i);
            float dx = Mappers.TRANSFORM.get(candidate).x - at.x;
            float score = Math.abs(dx) + (dx * body.facing < 0f ? BEHIND : 0f);
            if (inReach(who, candidate) && score < best) {
                best = score;
                person = candidate;
            }
        }
        if (person == null) {
            return;
        }
        TransformComponent there = Mappers.TRANSFORM.get(person);
        HealthComponent theirs = Mappers.HEALTH.get(person);
        // Not turned to one behind: a tester, the T-1000 in front, turned to take a baton, and his next shot went behind.
        // A gun, else the blow it strikes with (a guard's baton): taken all the same.
        WeaponComponent weapons = Mappers.WEAPON.get(person);
        MeleeComponent melee = Mappers.MELEE.get(person);
        String what = weapons != null && weapons.slots.size > 0 ? weapons.held().def.name
                : melee != null ? melee.def.name : "";
        person.remove(WeaponComponent.class);
        person.remove(MeleeComponent.class);
        AwarenessComponent awareness = Mappers.AWARENESS.get(person);
        if (awareness != null) {
            awareness.level = 1f;
            awareness.dangerX = at.x;
            awareness.dangerY = at.y - body.height / 2f;
        }
        boolean down = theirs != null && theirs.downTicks > 0;
        if (down) {
            theirs.restrained = true;
        }
        events.event(EventType.PERSON_DISARMED).who(Mappers.IDENTITY.get(person)).whom(Mappers.IDENTITY.get(who))
                .what(what).at(there.x, there.y)
                .detail(down ? "disarmed of the " + what + " as he lay: he stays down" : "disarmed of the " + what)
                .emit();
    }

    /**
     * The person is at the player's arm's length, in front or behind (reached for over the shoulder), or pressed into its
     * body, on its floor; standing, or knocked down (then it stays down), not dead. The bot asks the same.
     */
    public static boolean inReach(Entity who, Entity person) {
        TransformComponent at = Mappers.TRANSFORM.get(who);
        CharacterComponent body = Mappers.CHARACTER.get(who);
        TransformComponent there = Mappers.TRANSFORM.get(person);
        HealthComponent theirs = Mappers.HEALTH.get(person);
        return Math.abs(there.x - at.x) < body.def.width / 2f + REACH
                && Math.abs(there.y - at.y) < body.height / 2f && (theirs == null || !theirs.dead);
    }
}
