package com.judgmentday.systems;

import com.judgmentday.sim.Ordnance;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ProjectileComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;

/**
 * Grenades in flight: each bounces until its fuse runs out or it strikes a character (not the one who
 * fired it), then explodes as a {@link Blast} (or, a tear-gas canister, bursts into a cloud) and is gone.
 */
public final class ProjectileSystem extends IteratingSystem {
    /** How far outside a struck body a grenade bursts, metres. */
    private static final float SURFACE_GAP = 0.05f;
    private final EventLog events;
    /** What an escort the player's blast throws about says (the level's line john.protest.blast). */
    private final String thrownProtest;
    private final Blast blast;
    private final Ordnance ordnance;
    private ImmutableArray<Entity> characters;

    public ProjectileSystem(int priority, World world, EventLog events, String thrownProtest, Ordnance ordnance) {
        super(Family.all(ProjectileComponent.class, BodyComponent.class, TransformComponent.class).get(), priority);
        this.ordnance = ordnance;
        this.events = events;
        this.thrownProtest = thrownProtest;
        this.blast = new Blast(world, events);
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        characters = engine.getEntitiesFor(Family.all(CharacterComponent.class, TransformComponent.class,
                BodyComponent.class).get());
        blast.setHazards(engine.getEntitiesFor(Family.all(HazardComponent.class, ZoneComponent.class).get()));
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        ProjectileComponent projectile = Mappers.PROJECTILE.get(entity);
        TransformComponent at = Mappers.TRANSFORM.get(entity);
        Entity struck = struckCharacter(projectile, at);
        // The fuse is lit on the tick of the launch and burns out fuseTicks later.
        if (struck == null && --projectile.fuseTicks >= 0) {
            return;
        }
        float x = at.x;
        if (struck != null) {
            // A ray that starts inside a body never meets it: the blast goes off against the surface it struck.
            TransformComponent them = Mappers.TRANSFORM.get(struck);
            float side = Math.signum(at.x - them.x);
            x = them.x + (side == 0f ? 1f : side) * (Mappers.CHARACTER.get(struck).def.width / 2f + SURFACE_GAP);
        }
        if (projectile.def.gas()) {
            // A tear-gas canister: no blast, a cloud that hangs where it burst.
            ordnance.gas(projectile.def, x, at.y);
            events.event(EventType.GAS_RELEASED).who(GameEvent.NOBODY, projectile.def.name).what(projectile.def.name)
                    .amount(projectile.def.gasRadius).at(x, at.y).emit();
            getEngine().removeEntity(entity);
            return;
        }
        int rays = blast.explode(projectile.def, x, at.y, projectile.owner);
        events.event(EventType.EXPLOSION).who(GameEvent.NOBODY, projectile.def.name)
                .whom(struck == null ? null : Mappers.IDENTITY.get(struck)).what(projectile.def.name).amount(rays).at(x, at.y)
                .detail((struck == null ? "fuse" : "impact on " + Mappers.IDENTITY.get(struck).name) + " at "
                        + Math.round(x * 10f) / 10f + "," + Math.round(at.y * 10f) / 10f + ", " + rays + " rays struck").emit();
        if (blast.thrownEscort != null) {
            events.event(EventType.JOHN_PROTEST).who(Mappers.IDENTITY.get(blast.thrownEscort)).detail(thrownProtest).emit();
        }
        getEngine().removeEntity(entity);
    }

    private Entity struckCharacter(ProjectileComponent projectile, TransformComponent at) {
        float radius = projectile.def.shellRadius;
        for (int i = 0; i < characters.size(); i++) {
            Entity character = characters.get(i);
            if (character == projectile.owner || Sides.passes(projectile.owner, character)
                    || !Mappers.BODY.get(character).body.isActive()) {
                continue;
            }
            TransformComponent them = Mappers.TRANSFORM.get(character);
            CharacterComponent body = Mappers.CHARACTER.get(character);
            if (Math.abs(at.x - them.x) < body.def.width / 2f + radius
                    && Math.abs(at.y - them.y) < body.height / 2f + radius) {
                return character;
            }
        }
        return null;
    }
}
