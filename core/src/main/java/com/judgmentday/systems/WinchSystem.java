package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.HungComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.LoadComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WinchComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.level.HazardDef;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.CollisionBits;

/**
 * Winches: while the controlled character stands at one and holds Interact, its load's chain pays out at the winch's
 * speed. The load hangs on a rigid arm from its anchor (BodyFactory.load), so paying out lowers the anchor: it becomes
 * a kinematic hook that travels down exactly the chain paid out this tick, and the joint carries the load (and whoever
 * hangs from it) smoothly down; let go, the hook stops where it is. Bottomed (all its chain out, or the load met
 * molten steel or the ground, or what hangs from it met the ground or sank into the steel), it turns no more.
 */
public final class WinchSystem extends EntitySystem {
    /** How far below the lowest point the ground counts as met, metres. */
    private static final float TOUCH = 0.05f;
    /** Rays find the ground through people, shards, shots and zones. */
    private static final short GROUND_ONLY = CollisionBits.CHARACTER | CollisionBits.FRAGMENT | CollisionBits.PROJECTILE
            | CollisionBits.ZONE;

    private final World world;
    private final EventLog events;
    private final ClosestHit hit = new ClosestHit();
    private ImmutableArray<Entity> winches;
    private ImmutableArray<Entity> loads;
    private ImmutableArray<Entity> hazards;
    private ImmutableArray<Entity> hung;
    private ImmutableArray<Entity> controlled;

    public WinchSystem(int priority, World world, EventLog events) {
        super(priority);
        this.world = world;
        this.events = events;
    }

    @Override
    public void addedToEngine(Engine engine) {
        winches = engine.getEntitiesFor(Family.all(WinchComponent.class, ZoneComponent.class).get());
        loads = engine.getEntitiesFor(Family.all(LoadComponent.class).get());
        hazards = engine.getEntitiesFor(Family.all(HazardComponent.class, ZoneComponent.class).get());
        hung = engine.getEntitiesFor(Family.all(HungComponent.class, CharacterComponent.class, TransformComponent.class).get());
        controlled = engine.getEntitiesFor(Family.all(ControlComponent.class, InputComponent.class,
                CharacterComponent.class, TransformComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        Entity operator = controlled.size() == 0 ? null : controlled.first();
        for (int i = 0; i < winches.size(); i++) {
            Entity entity = winches.get(i);
            WinchComponent winch = Mappers.WINCH.get(entity);
            Entity load = load(winch.def.load);
            LoadComponent chain = load == null ? null : Mappers.LOAD.get(load);
            winch.manned = operator != null && able(operator) && within(operator, Mappers.ZONE.get(entity));
            boolean turn = winch.manned && !winch.locked && !winch.bottomed && chain != null && !chain.cut
                    && Mappers.INPUT.get(operator).current.has(Action.INTERACT);
            float step = turn ? Math.min(winch.def.speed * deltaTime, winch.def.length - winch.paid) : 0f;
            winch.turning = step > 0f;
            if (chain == null || chain.cut) {
                continue;
            }
            winch.paid += step;
            hook(chain, winch.paid, deltaTime);
            if (winch.turning && !winch.started) {
                winch.started = true;
                IdentityComponent who = Mappers.IDENTITY.get(operator);
                events.event(EventType.WINCH_STARTED).who(who.id, who.name).what(Mappers.IDENTITY.get(entity).name)
                        .detail("lowering " + winch.def.loadName).emit();
            }
            String bottom = winch.started && !winch.bottomed ? bottom(winch, load, chain) : null;
            if (bottom != null) {
                winch.bottomed = true;
                winch.turning = false;
                hook(chain, winch.paid, deltaTime);
                events.event(EventType.WINCH_BOTTOMED).who(operator == null ? null : Mappers.IDENTITY.get(operator))
                        .what(Mappers.IDENTITY.get(entity).name).amount(winch.paid).detail(bottom).emit();
            }
        }
    }

    /** Moves the load's anchor to where the chain paid out puts it, by the end of this tick's physics step. */
    private static void hook(LoadComponent chain, float paid, float deltaTime) {
        Body anchor = chain.joint.getBodyA();
        float target = chain.def.anchorY() - paid;
        float gap = target - anchor.getPosition().y;
        if (paid <= 0f && anchor.getType() != BodyDef.BodyType.KinematicBody) {
            // Nothing paid out yet: the anchor stays as the map made it (a float's last bit of difference between
            // where it was put and where the chain says is no reason to take it over).
            return;
        }
        if (anchor.getType() != BodyDef.BodyType.KinematicBody) {
            anchor.setType(BodyDef.BodyType.KinematicBody);
        }
        anchor.setLinearVelocity(0f, gap / deltaTime);
    }

    /** Why the load can go no lower, or null: its chain all out, molten steel or the ground under it. */
    private String bottom(WinchComponent winch, Entity load, LoadComponent chain) {
        if (winch.paid >= winch.def.length) {
            return "all " + Math.round(winch.def.length * 10f) / 10f + " m of its chain paid out";
        }
        Body body = chain.joint.getBodyB();
        float angle = body.getAngle();
        float x = body.getPosition().x;
        float halfWidth = (Math.abs(MathUtils.cos(angle)) * chain.def.width + Math.abs(MathUtils.sin(angle)) * chain.def.height) / 2f;
        float lowest = body.getPosition().y
                - (Math.abs(MathUtils.cos(angle)) * chain.def.height + Math.abs(MathUtils.sin(angle)) * chain.def.width) / 2f;
        if (molten(x - halfWidth, x + halfWidth, lowest)) {
            return chain.def.name + " met molten steel";
        }
        if (ground(body, x, lowest)) {
            return chain.def.name + " met the ground";
        }
        for (int i = 0; i < hung.size(); i++) {
            Entity who = hung.get(i);
            HungComponent hanging = Mappers.HUNG.get(who);
            if (hanging.load != load) {
                continue;
            }
            float half = Mappers.CHARACTER.get(who).height / 2f;
            if (hanging.sunk) {
                // Who hangs from it has gone under the steel, head and all: lowering further shows nothing more.
                if (Mappers.BODY.get(who).body.getPosition().y + half < hanging.surface) {
                    return Mappers.IDENTITY.get(who).name + " hanging from " + chain.def.name + " sank into molten steel";
                }
            } else {
                TransformComponent at = Mappers.TRANSFORM.get(who);
                if (ground(Mappers.BODY.get(who).body, at.x, at.y - half)) {
                    return Mappers.IDENTITY.get(who).name + " hanging from " + chain.def.name + " met the ground";
                }
            }
        }
        return null;
    }

    private boolean molten(float left, float right, float lowest) {
        for (int i = 0; i < hazards.size(); i++) {
            Entity hazard = hazards.get(i);
            ZoneComponent zone = Mappers.ZONE.get(hazard);
            if (Mappers.HAZARD.get(hazard).kind == HazardDef.Kind.MOLTEN && zone.width > 0f && zone.height > 0f
                    && right > zone.x && left < zone.x + zone.width && lowest <= zone.y + zone.height && lowest >= zone.y) {
                return true;
            }
        }
        return false;
    }

    private boolean ground(Body ignore, float x, float lowest) {
        return hit.cast(world, ignore, GROUND_ONLY, x, lowest + TOUCH, x, lowest - TOUCH);
    }

    private Entity load(int objectId) {
        for (int i = 0; i < loads.size(); i++) {
            if (Mappers.LOAD.get(loads.get(i)).def.objectId == objectId) {
                return loads.get(i);
            }
        }
        return null;
    }

    /** Up, and not hung from a load itself. */
    private static boolean able(Entity who) {
        HealthComponent health = Mappers.HEALTH.get(who);
        return (health == null || !health.out()) && !Mappers.HUNG.has(who);
    }

    private static boolean within(Entity who, ZoneComponent zone) {
        TransformComponent t = Mappers.TRANSFORM.get(who);
        CharacterComponent body = Mappers.CHARACTER.get(who);
        float halfWidth = body.def.width / 2f;
        float halfHeight = body.height / 2f;
        return t.x + halfWidth > zone.x && t.x - halfWidth < zone.x + zone.width
                && t.y + halfHeight > zone.y && t.y - halfHeight < zone.y + zone.height;
    }
}
