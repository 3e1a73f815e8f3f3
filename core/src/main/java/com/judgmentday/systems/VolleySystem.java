package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Material;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.VolleyComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;

/**
 * Carries out a beat's {@code volley}: the character stands, faces its mark and pulls the trigger each time its
 * weapon is ready (one press per shot: the weapon system fires, or reloads from what is carried), until it has fired
 * its shots, has nothing it can fire, its mark is gone, or it is down. Runs after the escorts' AI, so a volley
 * outranks following.
 */
public final class VolleySystem extends IteratingSystem {
    private final EventLog events;

    public VolleySystem(int priority, EventLog events) {
        super(Family.all(VolleyComponent.class, WeaponComponent.class, CharacterComponent.class, TransformComponent.class,
                MoveIntentComponent.class).get(), priority);
        this.events = events;
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        VolleyComponent volley = Mappers.VOLLEY.get(entity);
        WeaponComponent weapon = Mappers.WEAPON.get(entity);
        MoveIntentComponent intent = Mappers.INTENT.get(entity);
        volley.shots -= weapon.shots - volley.fired;
        volley.fired = weapon.shots;
        HealthComponent health = Mappers.HEALTH.get(entity);
        TransformComponent mark = volley.mark == null ? null : Mappers.TRANSFORM.get(volley.mark);
        HealthComponent markHealth = volley.mark == null ? null : Mappers.HEALTH.get(volley.mark);
        LiquidComponent liquid = volley.mark == null ? null : Mappers.LIQUID.get(volley.mark);
        boolean markGone = mark == null || markHealth != null && markHealth.out()
                || liquid != null && liquid.material == Material.MELTED;
        // Nothing loaded and nothing to load, or a gun its one arm can't fire: the volley is over, whatever it had left.
        boolean dry = weapon.slots.size == 0 || weapon.held().loaded == 0 && weapon.held().reserve == 0
                && weapon.reloading == 0 || Arms.oneArmed(entity) && weapon.held().def.twoHanded;
        if (volley.shots <= 0 || markGone || dry || health != null && health.out()) {
            entity.remove(VolleyComponent.class);
            intent.fire = false;
            events.event(EventType.VOLLEY_ENDED).who(Mappers.IDENTITY.get(entity)).amount(Math.max(0, volley.shots))
                    .detail(dry ? "out of rounds" : volley.shots > 0 ? "stopped with shots to spare" : "fired every shot")
                    .emit();
            return;
        }
        intent.moveX = 0f;
        intent.moveY = 0f;
        intent.jump = false;
        Mappers.CHARACTER.get(entity).facing = mark.x >= Mappers.TRANSFORM.get(entity).x ? 1 : -1;
        // A fresh press each time the last one is let go: one shot a press, as a player taps.
        intent.fire = !weapon.wasFiring;
    }
}
