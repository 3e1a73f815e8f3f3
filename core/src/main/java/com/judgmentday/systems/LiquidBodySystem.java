package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.content.PursuitDef;
import com.judgmentday.level.HazardDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;

/**
 * The T-1000's body takes hits as liquid: pellets open holes that slow it until they close over time,
 * and a hard enough blow knocks it back for a recovery it can't act through.
 */
public final class LiquidBodySystem extends IteratingSystem {
    /** Sliding toward molten steel with its middle this near the edge, it catches itself, metres. */
    private static final float BRINK = 0.6f;
    /** A pool whose top is at most this far below its feet is at the brink of the floor it slides on, metres. */
    private static final float BRINK_DROP = 1.5f;
    /** Feet this little below a pool's top still count as on its brink (a pool flush with the floor), metres. */
    private static final float LEVEL = 0.05f;
    /** A pool this wide or narrower may be leapt (a way over it is a leap), metres: walking, it does not stop at one. */
    private static final float LEAPABLE = 6f;
    /** Slower than this up or down, m/s, a body on the floor is walking, not leaping. */
    private static final float WALKING = 0.5f;

    private final PursuitDef pursuit;
    private final EventLog events;
    /** The pools it may be thrown toward (molten steel among the hazards). */
    private ImmutableArray<Entity> hazards;

    public LiquidBodySystem(int priority, PursuitDef pursuit, EventLog events) {
        super(Family.all(LiquidComponent.class, DamageComponent.class, CharacterComponent.class, BodyComponent.class).get(),
                priority);
        this.pursuit = pursuit;
        this.events = events;
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        hazards = engine.getEntitiesFor(Family.all(HazardComponent.class, ZoneComponent.class).get());
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
            brink(entity, liquid);
        } else {
            // Frozen, in pieces or melting, it is not sliding on its back any more.
            Mappers.CHARACTER.get(entity).slideTicks = 0;
        }
        if (liquid.recoverTicks > 0) {
            liquid.recoverTicks--;
        }
        if (liquid.rowTicks > 0 && --liquid.rowTicks == 0) {
            liquid.blowsInRow = 0;
        }
        if (liquid.bracedTicks > 0) {
            liquid.bracedTicks--;
        }
        if (liquid.holes > 0 && --liquid.closeTicks <= 0) {
            liquid.holes--;
            liquid.closeTicks = liquid.holes > 0 ? pursuit.holeCloseTicks : 0;
        }
        float slow = Math.min(pursuit.maxSlow, liquid.holes * pursuit.slowPerHole);
        Mappers.CHARACTER.get(entity).speedScale = pursuit.speedScale * (1f - slow);
    }

    /** One more knock-back in a row: with as many as a beat's brace step said, it leans into the next for a while. */
    private void brace(Entity entity, LiquidComponent liquid) {
        if (liquid.braceAfter == 0) {
            return;
        }
        liquid.blowsInRow++;
        liquid.rowTicks = pursuit.braceWindowTicks;
        if (liquid.blowsInRow >= liquid.braceAfter) {
            liquid.blowsInRow = 0;
            liquid.rowTicks = 0;
            liquid.bracedTicks = pursuit.recoverTicks + pursuit.braceTicks;
            events.event(EventType.T1000_BRACED).who(Mappers.IDENTITY.get(entity)).amount(pursuit.braceTicks)
                    .text("leans into the blows for ").text(pursuit.braceTicks).text(" ticks").emit();
        }
    }

    /**
     * Thrown toward molten steel by a blow short of a burst, it catches itself at the brink, its feet fused to the
     * floor's edge: a shotgun drives it to the vat, and only a burst (the last grenade) carries it in. Walking, it
     * stops there too (quietly: no brink is told).
     */
    private void brink(Entity entity, LiquidComponent liquid) {
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        Body body = Mappers.BODY.get(entity).body;
        float vx = body.getLinearVelocity().x;
        // Thrown (sliding), or walking on the floor of its own accord (not leaping: a leap may clear a pool).
        boolean thrown = character.slideTicks > 0;
        boolean walking = !thrown && character.groundContacts > 0 && Math.abs(body.getLinearVelocity().y) < WALKING;
        if (!thrown && !walking || liquid.burst || vx == 0f) {
            return;
        }
        float x = body.getPosition().x;
        float feet = body.getPosition().y - character.height / 2f;
        for (int i = 0; i < hazards.size(); i++) {
            Entity pool = hazards.get(i);
            ZoneComponent zone = Mappers.ZONE.get(pool);
            float above = feet - (zone.y + zone.height);
            // A pool just below the floor it slides on (not one far beneath a catwalk it crosses).
            // Walking, a pool on the floor counts too (its surface above the feet); not a ladle's overflow running
            // along the floor, which is what thawed and re-formed it.
            HazardComponent hazard = Mappers.HAZARD.get(pool);
            float floor = walking ? -zone.height - LEVEL : -LEVEL;
            // Nor a pool narrow enough to leap: its way may run over it, and stopping at the edge spoils the run-up.
            if (hazard.kind != HazardDef.Kind.MOLTEN || above < floor || above > BRINK_DROP
                    || walking && (hazard.spill() || zone.width <= LEAPABLE)) {
                continue;
            }
            float edge = vx > 0f ? zone.x : zone.x + zone.width;
            float ahead = (edge - x) * Math.signum(vx);
            if (ahead >= 0f && ahead < BRINK) {
                body.setLinearVelocity(0f, body.getLinearVelocity().y);
                if (walking) {
                    // It never walks in (a tester's, chasing John under the catwalk, melted in the first map).
                    return;
                }
                character.slideTicks = 0;
                // Driven to the edge: a beat may move on (Sarah's stand ends here, not at her eighth shell).
                events.event(EventType.T1000_BRINK).who(Mappers.IDENTITY.get(entity)).what(Mappers.IDENTITY.get(pool).name)
                        .at(x, feet).emit();
                return;
            }
        }
    }

    private void react(Entity entity, LiquidComponent liquid, DamageComponent damage) {
        if (damage.pelletHits > 0) {
            liquid.holes += damage.pelletHits;
            if (liquid.closeTicks == 0) {
                liquid.closeTicks = pursuit.holeCloseTicks;
            }
            events.event(EventType.T1000_SPLASHED).who(Mappers.IDENTITY.get(entity)).amount(liquid.holes)
                    .text(liquid.holes).text(" holes").emit();
        }
        float blow = (float) Math.sqrt(damage.impulseX * damage.impulseX + damage.impulseY * damage.impulseY);
        if (blow >= pursuit.knockbackImpulse) {
            // A grenade's blast that knocks it back at all bursts it open: the last grenade at the vat's edge, fired from a
            // few metres further than the winning try, only pushed it, and the brink held it (a tester's last shot).
            boolean burst = blow >= pursuit.burstImpulse || damage.blasted;
            boolean braced = !burst && liquid.bracedTicks > 0;
            liquid.recoverTicks = burst ? pursuit.burstRecoverTicks : braced ? pursuit.bracedRecoverTicks : pursuit.recoverTicks;
            liquid.burst = burst;
            // Thrown off its feet, away from the blow, whatever it was doing; a burst throws it further.
            // A blow short of a full one (a shell from across the hall) throws it slower, and a shorter way; braced, a
            // short way whatever the blow.
            float speed = burst ? pursuit.knockbackSpeed * 1.5f
                    : pursuit.knockbackSpeed * Math.min(1f, blow / pursuit.knockbackFull) * (braced ? pursuit.bracedThrow : 1f);
            if (!burst && !braced) {
                brace(entity, liquid);
            }
            Body body = Mappers.BODY.get(entity).body;
            body.setLinearVelocity(Math.signum(damage.impulseX) * speed, speed * 0.5f);
            CharacterComponent character = Mappers.CHARACTER.get(entity);
            character.slideTicks = liquid.recoverTicks;
            character.slideBrake = pursuit.knockbackBrake;
            events.event(burst ? EventType.T1000_BURST : EventType.T1000_KNOCKED_BACK).who(Mappers.IDENTITY.get(entity))
                    .amount(blow).text("recovers in ").text(liquid.recoverTicks).text(" ticks").emit();
        }
    }
}
