package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.content.PursuitDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;

/**
 * The T-1000's body takes hits as liquid: pellets open holes that slow it until they close over time,
 * and a hard enough blow knocks it back for a recovery it can't act through.
 */
public final class LiquidBodySystem extends IteratingSystem {
    private final PursuitDef pursuit;
    private final EventLog events;

    public LiquidBodySystem(int priority, PursuitDef pursuit, EventLog events) {
        super(Family.all(LiquidComponent.class, DamageComponent.class, CharacterComponent.class, BodyComponent.class).get(),
                priority);
        this.pursuit = pursuit;
        this.events = events;
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        LiquidComponent liquid = Mappers.LIQUID.get(entity);
        DamageComponent damage = Mappers.DAMAGE.get(entity);
        // Frozen or in pieces it doesn't splash: the fragment system reads the hit (it shatters).
        if (!liquid.material.incapacitated()) {
            if (damage.any()) {
                react(entity, liquid, damage);
            }
            damage.clear();
        } else {
            // Frozen, in pieces or melting, it is not sliding on its back any more.
            Mappers.CHARACTER.get(entity).slideTicks = 0;
        }
        if (liquid.recoverTicks > 0) {
            liquid.recoverTicks--;
        }
        if (liquid.holes > 0 && --liquid.closeTicks <= 0) {
            liquid.holes--;
            liquid.closeTicks = liquid.holes > 0 ? pursuit.holeCloseTicks : 0;
        }
        float slow = Math.min(pursuit.maxSlow, liquid.holes * pursuit.slowPerHole);
        Mappers.CHARACTER.get(entity).speedScale = pursuit.speedScale * (1f - slow);
    }

    private void react(Entity entity, LiquidComponent liquid, DamageComponent damage) {
        if (damage.pelletHits > 0) {
            liquid.holes += damage.pelletHits;
            if (liquid.closeTicks == 0) {
                liquid.closeTicks = pursuit.holeCloseTicks;
            }
            events.event(EventType.T1000_SPLASHED).who(Mappers.IDENTITY.get(entity)).amount(liquid.holes)
                    .detail(liquid.holes + " holes").emit();
        }
        float blow = (float) Math.sqrt(damage.impulseX * damage.impulseX + damage.impulseY * damage.impulseY);
        if (blow >= pursuit.knockbackImpulse) {
            boolean burst = blow >= pursuit.burstImpulse;
            liquid.recoverTicks = burst ? pursuit.burstRecoverTicks : pursuit.recoverTicks;
            // Thrown off its feet, away from the blow, whatever it was doing; a burst throws it further.
            // A blow short of a full one (a shell from across the hall) throws it slower, and a shorter way.
            float speed = burst ? pursuit.knockbackSpeed * 1.5f
                    : pursuit.knockbackSpeed * Math.min(1f, blow / pursuit.knockbackFull);
            Body body = Mappers.BODY.get(entity).body;
            body.setLinearVelocity(Math.signum(damage.impulseX) * speed, speed * 0.5f);
            CharacterComponent character = Mappers.CHARACTER.get(entity);
            character.slideTicks = liquid.recoverTicks;
            character.slideBrake = pursuit.knockbackBrake;
            events.event(burst ? EventType.T1000_BURST : EventType.T1000_KNOCKED_BACK).who(Mappers.IDENTITY.get(entity))
                    .amount(blow).detail("recovers in " + liquid.recoverTicks + " ticks").emit();
        }
    }
}
