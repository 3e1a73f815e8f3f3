package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.FragmentComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.Material;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.sim.Casualty;
import com.judgmentday.sim.RunState;

import java.util.Locale;

/**
 * The level's edge, the one place a body that falls out of the map is dealt with: its centre more than
 * {@link #MARGIN} below the map's bottom or past a side (above the top is still in play: what goes up comes down). A
 * character is down for good where it left (its body stops; the objectives lose the level when it was the controlled
 * character or a protected one), a person is a casualty of the fall, the T-1000 climbs back in at its spawn (only
 * molten steel destroys it), a shard of it is lost, and anything else (a crate, a grenade, a dropped load) is removed.
 */
public final class BoundsSystem extends EntitySystem {
    /** How far past the map's bottom or side a body's centre may go, metres: room to straddle an edge. */
    public static final float MARGIN = 1f;
    /** The cause the ledger and events give a fall. */
    public static final String CAUSE = "fall";

    private final LevelDef level;
    private final EventLog events;
    private final RunState run;
    private ImmutableArray<Entity> bodies;
    private ImmutableArray<Entity> fragments;

    public BoundsSystem(int priority, LevelDef level, EventLog events, RunState run) {
        super(priority);
        this.level = level;
        this.events = events;
        this.run = run;
    }

    /** Whether a body's centre at (x, y) has left a level {@code width} metres wide: below it or past a side. */
    public static boolean outside(float width, float x, float y) {
        return y < -MARGIN || x < -MARGIN || x > width + MARGIN;
    }

    @Override
    public void addedToEngine(Engine engine) {
        bodies = engine.getEntitiesFor(Family.all(BodyComponent.class, TransformComponent.class, IdentityComponent.class).get());
        fragments = engine.getEntitiesFor(Family.all(FragmentComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        for (int i = 0; i < bodies.size(); i++) {
            Entity entity = bodies.get(i);
            Body body = Mappers.BODY.get(entity).body;
            // Only what moves can leave; a body already taken (stopped where it left) is not taken twice.
            if (body == null || !body.isActive() || body.getType() != BodyDef.BodyType.DynamicBody) {
                continue;
            }
            float x = body.getPosition().x;
            float y = body.getPosition().y;
            if (outside(level.width, x, y)) {
                fell(entity, body, x, y);
            }
        }
    }

    private void fell(Entity entity, Body body, float x, float y) {
        IdentityComponent who = Mappers.IDENTITY.get(entity);
        String kind = who.kind.name().toLowerCase(Locale.ROOT);
        events.event(EventType.BODY_FELL).who(who).what(kind).at(x, y).detail(who.name + " fell from the level at "
                + String.format(Locale.ROOT, "x %.1f m, y %.1f m", x, y)).emit();
        if (Mappers.FRAGMENT.has(entity)) {
            shard(entity);
        } else if (Mappers.LIQUID.has(entity) && Mappers.CHARACTER.has(entity)) {
            climbBack(entity);
        } else if (Mappers.CHARACTER.has(entity)) {
            body.setLinearVelocity(0f, 0f);
            body.setAngularVelocity(0f);
            body.setActive(false);
            down(entity);
        } else {
            getEngine().removeEntity(entity);
        }
    }

    /** A character out of the level is out of the story: down for good, by the health rules' own events. */
    private void down(Entity entity) {
        HealthComponent health = Mappers.HEALTH.get(entity);
        if (health == null || health.dead) {
            return;
        }
        health.dead = true;
        health.health = 0f;
        IdentityComponent who = Mappers.IDENTITY.get(entity);
        PersonComponent person = Mappers.PERSON.get(entity);
        if (person != null) {
            run.casualties.add(new Casualty(run.tick, who.name, person.role, CAUSE));
            events.count("casualties", 1);
            events.event(EventType.CASUALTY).who(who).what(CAUSE).detail(person.role + " fell from the level").emit();
            return;
        }
        String title = Mappers.CHARACTER.get(entity).def.title;
        events.event(EventType.CHARACTER_DOWN).who(who.id, who.name).what(CAUSE)
                .detail(Titles.capital(title) + " fell from the level").emit();
    }

    /**
     * A shard or droplet out of the level is lost (its body.fell says so: t1000.fragment-lost is the molten steel's);
     * when it was the last of a T-1000 in pieces, the T-1000 climbs back in.
     */
    private void shard(Entity entity) {
        FragmentComponent fragment = Mappers.FRAGMENT.get(entity);
        getEngine().removeEntity(entity);
        if (fragment.lost) {
            return;
        }
        fragment.lost = true;
        Entity owner = fragment.owner;
        LiquidComponent liquid = Mappers.LIQUID.get(owner);
        if (fragment.limb) {
            liquid.limbsLost--;
        }
        boolean inPieces = liquid.material == Material.SHATTERED || liquid.material == Material.REFORMING;
        if (inPieces && !anyLeft(owner)) {
            climbBack(owner);
        }
    }

    private boolean anyLeft(Entity owner) {
        for (int i = 0; i < fragments.size(); i++) {
            FragmentComponent other = Mappers.FRAGMENT.get(fragments.get(i));
            if (other.owner == owner && !other.lost) {
                return true;
            }
        }
        return false;
    }

    /**
     * The T-1000 is never killed by a fall: it comes back whole at its spawn, standing, with no route (it plans
     * afresh from there), as relentless as before.
     */
    private void climbBack(Entity t1000) {
        SpawnDef spawn = level.spawn(SpawnDef.Kind.T1000);
        Body body = Mappers.BODY.get(t1000).body;
        CharacterComponent character = Mappers.CHARACTER.get(t1000);
        float x = spawn.x;
        float y = spawn.y + character.height / 2f + 0.02f;
        body.setTransform(x, y, 0f);
        body.setLinearVelocity(0f, 0f);
        body.setAngularVelocity(0f);
        body.setActive(true);
        TransformComponent t = Mappers.TRANSFORM.get(t1000);
        t.x = t.prevX = x;
        t.y = t.prevY = y;
        t.angle = t.prevAngle = 0f;
        LiquidComponent liquid = Mappers.LIQUID.get(t1000);
        if (liquid.material == Material.SHATTERED || liquid.material == Material.REFORMING) {
            liquid.material = Material.LIQUID;
            liquid.limbsLost = 0;
            liquid.holes = 0;
        }
        RouteComponent route = Mappers.ROUTE.get(t1000);
        if (route != null) {
            route.path.clear();
            route.pathIndex = 0;
            route.goalNode = -1;
            route.replanTicks = 0;
            route.stuckTicks = 0;
            route.bestDistance = Float.MAX_VALUE;
        }
        events.event(EventType.T1000_RETURNED).who(Mappers.IDENTITY.get(t1000)).at(spawn.x, spawn.y)
                .detail("climbs back in at its spawn").emit();
    }
}
