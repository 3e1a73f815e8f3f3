package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.content.DamageDef;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.PursuitDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.CollisionBits;
import com.judgmentday.physics.FixtureTag;
import com.judgmentday.sim.RunState;

/**
 * Lands (or not) the T-1000's blade-arm stabs: the target must be within reach, on about its level, with
 * nothing solid between them (bars don't stop a liquid arm). The player's character, or a body that blocks the
 * T-1000 (the T-800), standing in between takes the stab instead. A stab that lands on someone whose def says
 * they are vital (John) catches them: character.down (the objective system decides what that means).
 */
public final class BladeSystem extends IteratingSystem {
    /** The stab reaches a little beyond where the wind-up started (the lunge). */
    private static final float LUNGE_REACH = 1.3f;
    private static final float LEVEL_TOLERANCE = 1.2f;

    private final PursuitDef pursuit;
    private final DamageDef damage;
    private ImmutableArray<Entity> protectors;
    private final World world;
    private final EventLog events;
    private final RunState run;
    private final ClosestHit ray = new ClosestHit();

    public BladeSystem(int priority, PursuitDef pursuit, DamageDef damage, World world, EventLog events, RunState run) {
        super(Family.all(T1000Component.class, MoveIntentComponent.class, TransformComponent.class,
                CharacterComponent.class).get(), priority);
        this.pursuit = pursuit;
        this.damage = damage;
        this.world = world;
        this.events = events;
        this.run = run;
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        protectors = engine.getEntitiesFor(Family.all(TransformComponent.class, CharacterComponent.class,
                DamageComponent.class).one(ControlComponent.class, HealthComponent.class).get());
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        MoveIntentComponent intent = Mappers.INTENT.get(entity);
        Entity target = Mappers.T1000.get(entity).target;
        if (!intent.stab || target == null) {
            return;
        }
        TransformComponent at = Mappers.TRANSFORM.get(entity);
        Entity shield = protectorInTheWay(entity, at, target);
        if (shield != null) {
            target = shield;
        }
        TransformComponent them = Mappers.TRANSFORM.get(target);
        float myFeet = at.y - Mappers.CHARACTER.get(entity).height / 2f;
        CharacterComponent body = Mappers.CHARACTER.get(target);
        float theirFeet = body == null ? them.y : them.y - body.height / 2f;
        boolean inReach = Math.abs(them.x - at.x) <= pursuit.stabRange * LUNGE_REACH
                && Math.abs(theirFeet - myFeet) < LEVEL_TOLERANCE;
        if (!inReach || blocked(entity, at, them, target)) {
            return;
        }
        IdentityComponent victim = Mappers.IDENTITY.get(target);
        IdentityComponent stabber = Mappers.IDENTITY.get(entity);
        events.event(EventType.T1000_HIT).who(stabber.id, stabber.name)
                .whom(victim == null ? GameEvent.NOBODY : victim.id, victim == null ? "target" : victim.name)
                .amount(damage.stabDamage).detail(victim == null ? "target" : victim.name).emit();
        DamageComponent wound = Mappers.DAMAGE.get(target);
        if (wound != null) {
            wound.bodyPoints += damage.stabDamage;
            wound.impulseX += Mappers.CHARACTER.get(entity).facing * pursuit.knockbackImpulse;
            wound.cause = "blade";
        }
        CharacterComponent caught = Mappers.CHARACTER.get(target);
        if (caught != null && caught.def.vital && !run.invulnerable) {
            // Caught is down for good; what that means for the level is the objectives' call.
            String by = Mappers.CHARACTER.get(entity).def.title;
            // Played, John is caught running (the Galleria's opening): the game-over page's tip is for that, not the shield.
            String played = Mappers.CONTROL.has(target) ? " (played)" : "";
            events.event(EventType.CHARACTER_DOWN).who(victim.id, victim.name).what("caught by " + by)
                    .detail(Titles.capital(caught.def.title) + " caught by " + by + played).emit();
        }
    }

    /** The T-800 standing between the T-1000 and its target, within reach: the stab lands on it instead. */
    private Entity protectorInTheWay(Entity entity, TransformComponent at, Entity target) {
        TransformComponent aim = Mappers.TRANSFORM.get(target);
        float toTarget = aim.x - at.x;
        for (int i = 0; i < protectors.size(); i++) {
            Entity protector = protectors.get(i);
            if (protector == target || !(Mappers.CONTROL.has(protector)
                    || Mappers.CHARACTER.get(protector).def.blocksPursuer)) {
                continue;
            }
            float toProtector = Mappers.TRANSFORM.get(protector).x - at.x;
            boolean between = Math.signum(toProtector) == Math.signum(toTarget) && Math.abs(toProtector) < Math.abs(toTarget);
            if (between && Math.abs(toProtector) <= pursuit.stabRange * LUNGE_REACH
                    && Math.abs(Mappers.TRANSFORM.get(protector).y - at.y) < LEVEL_TOLERANCE) {
                return protector;
            }
        }
        return null;
    }

    private boolean blocked(Entity entity, TransformComponent at, TransformComponent them, Entity target) {
        boolean hit = ray.cast(world, Mappers.BODY.get(entity).body, (short) (CollisionBits.BARS | CollisionBits.CHARACTER),
                at.x, at.y, them.x, them.y);
        return hit && !(ray.fixture.getUserData() instanceof FixtureTag
                && ((FixtureTag) ray.fixture.getUserData()).entity == target);
    }
}
