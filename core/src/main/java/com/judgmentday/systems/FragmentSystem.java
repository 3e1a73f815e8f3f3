package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.RandomXS128;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.FragmentComponent;
import com.judgmentday.components.HeatComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.Material;
import com.judgmentday.components.T1000Component;
import com.judgmentday.content.MaterialDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.physics.BodyFactory;
import com.judgmentday.sim.EntityFactory;

/**
 * The T-1000 in pieces. Frozen, it snaps a limb off when it strains against its own stiffness, and a hit
 * shatters it into shards scattered by the blow. Shards warm up on their own and thaw into droplets;
 * once every shard has thawed the droplets flow together ({@link Reassembly}) and the last one stands up
 * as the T-1000. A shard or droplet that falls into molten steel is lost; if all are, it is gone for good.
 */
public final class FragmentSystem extends EntitySystem {
    private final MaterialDef def;
    private final EventLog events;
    private final EntityFactory factory;
    private final BodyFactory bodies;
    private final RandomXS128 random;
    private final Reassembly reassembly;
    private ImmutableArray<Entity> t1000s;
    private ImmutableArray<Entity> fragments;

    public FragmentSystem(int priority, MaterialDef def, EventLog events, EntityFactory factory, BodyFactory bodies,
                          RandomXS128 random) {
        super(priority);
        this.def = def;
        this.events = events;
        this.factory = factory;
        this.bodies = bodies;
        this.random = random;
        this.reassembly = new Reassembly(def, bodies);
    }

    @Override
    public void addedToEngine(Engine engine) {
        t1000s = engine.getEntitiesFor(Family.all(LiquidComponent.class, DamageComponent.class, HeatComponent.class,
                CharacterComponent.class, BodyComponent.class).get());
        fragments = engine.getEntitiesFor(Family.all(FragmentComponent.class, BodyComponent.class, HeatComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        for (int i = fragments.size() - 1; i >= 0; i--) {
            thawOrLose(fragments.get(i));
        }
        for (int i = 0; i < t1000s.size(); i++) {
            Entity t1000 = t1000s.get(i);
            LiquidComponent liquid = Mappers.LIQUID.get(t1000);
            DamageComponent damage = Mappers.DAMAGE.get(t1000);
            if (liquid.material == Material.FROZEN) {
                frozen(t1000, liquid, damage);
            } else if (liquid.material == Material.SHATTERED || liquid.material == Material.REFORMING) {
                inPieces(t1000, liquid);
            } else if (liquid.limbsLost > 0 && !liquid.material.incapacitated()) {
                reassembly.flowToBody(t1000, liquid, fragments, getEngine());
            }
            damage.clear();
        }
    }

    /** A shard warm enough becomes a droplet; anything that lands in molten steel is gone. */
    private void thawOrLose(Entity entity) {
        FragmentComponent fragment = Mappers.FRAGMENT.get(entity);
        HeatComponent heat = Mappers.HEAT.get(entity);
        if (fragment.lost) {
            return;
        }
        if (Mappers.LIQUID.get(fragment.owner).material == Material.MELTED) {
            // What snapped off a body that has since melted goes with it.
            fragment.lost = true;
            getEngine().removeEntity(entity);
            return;
        }
        if (heat.inMolten) {
            fragment.lost = true;
            events.event(EventType.T1000_FRAGMENT_LOST).who(Mappers.IDENTITY.get(fragment.owner))
                    .what(fragment.liquid ? "droplet" : "shard")
                    .detail("a " + (fragment.liquid ? "droplet" : "shard") + " fell into the molten steel").emit();
            if (fragment.limb) {
                Mappers.LIQUID.get(fragment.owner).limbsLost--;
            }
            getEngine().removeEntity(entity);
            return;
        }
        if (!fragment.liquid && heat.celsius > def.thawAbove) {
            fragment.liquid = true;
            bodies.meltFragment(Mappers.BODY.get(entity).body, entity, fragment.size, def.fragmentDensity);
        }
    }

    private void frozen(Entity t1000, LiquidComponent liquid, DamageComponent damage) {
        float blow = (float) Math.sqrt(damage.impulseX * damage.impulseX + damage.impulseY * damage.impulseY);
        if (blow >= def.shatterImpulse) {
            shatter(t1000, liquid, damage);
            return;
        }
        T1000Component mind = Mappers.T1000.get(t1000);
        boolean straining = mind != null && (mind.knowsTarget || mind.heardNoise);
        if (!straining || liquid.limbsLost >= def.limbs) {
            return;
        }
        if (++liquid.strainTicks >= def.strainTicks) {
            liquid.strainTicks = 0;
            snapLimb(t1000, liquid);
        }
    }

    /** A leg first (it tried to step), then an arm, drops off beside the body. */
    private void snapLimb(Entity t1000, LiquidComponent liquid) {
        Body body = Mappers.BODY.get(t1000).body;
        CharacterComponent character = Mappers.CHARACTER.get(t1000);
        boolean leg = liquid.limbsLost == 0;
        float size = character.def.width * 0.45f;
        float x = body.getPosition().x + character.facing * character.def.width * 0.6f;
        float y = body.getPosition().y + (leg ? -character.height * 0.3f : character.height * 0.15f);
        factory.fragment(t1000, x, y, size, 0f, Mappers.HEAT.get(t1000).celsius, 0f, character.facing * 0.5f, 0f, true);
        liquid.limbsLost++;
        events.event(EventType.LIMB_SNAPPED).who(Mappers.IDENTITY.get(t1000)).what(leg ? "leg" : "arm").at(x, y)
                .detail(leg ? "a leg snapped off" : "an arm snapped off").emit();
    }

    /** Breaks the frozen body into shards spread over its shape, thrown along the blow and apart. */
    private void shatter(Entity t1000, LiquidComponent liquid, DamageComponent damage) {
        Body body = Mappers.BODY.get(t1000).body;
        CharacterComponent character = Mappers.CHARACTER.get(t1000);
        float width = character.def.width;
        float height = character.height;
        float mass = body.getMass();
        float pushX = body.getLinearVelocity().x + damage.impulseX / mass;
        float pushY = body.getLinearVelocity().y + damage.impulseY / mass;
        int columns = 2;
        int rows = (def.fragments + columns - 1) / columns;
        float size = Math.min(width / columns, height / rows) * 1.1f;
        float celsius = Mappers.HEAT.get(t1000).celsius;
        float share = 1f / def.fragments;
        for (int i = 0; i < def.fragments; i++) {
            float x = body.getPosition().x - width / 2f + (i % columns + 0.5f) * width / columns;
            float y = body.getPosition().y - height / 2f + (i / columns + 0.5f) * height / rows;
            float angle = random.nextFloat() * MathUtils.PI2;
            float vx = pushX + (random.nextFloat() - 0.5f) * 2f * def.scatterSpeed;
            float vy = pushY + random.nextFloat() * def.scatterSpeed;
            factory.fragment(t1000, x, y, size, share, celsius, angle, vx, vy, false);
        }
        body.setLinearVelocity(0f, 0f);
        body.setActive(false);
        liquid.material = Material.SHATTERED;
        liquid.strainTicks = 0;
        liquid.recoverTicks = 0;
        float blow = (float) Math.sqrt(damage.impulseX * damage.impulseX + damage.impulseY * damage.impulseY);
        events.event(EventType.T1000_SHATTERED).who(Mappers.IDENTITY.get(t1000)).what(damage.cause).amount(blow)
                .at(body.getPosition().x, body.getPosition().y)
                .detail(def.fragments + " shards, " + Math.round(blow) + " N*s (" + damage.cause + ")").emit();
    }

    private void inPieces(Entity t1000, LiquidComponent liquid) {
        int left = 0;
        int frozen = 0;
        for (int i = 0; i < fragments.size(); i++) {
            FragmentComponent fragment = Mappers.FRAGMENT.get(fragments.get(i));
            if (fragment.owner == t1000 && !fragment.lost) {
                left++;
                frozen += fragment.liquid ? 0 : 1;
            }
        }
        if (left == 0) {
            liquid.material = Material.MELTED;
            events.event(EventType.T1000_MELTED).who(Mappers.IDENTITY.get(t1000)).detail("every piece fell into the molten steel")
                    .emit();
            return;
        }
        if (liquid.material == Material.SHATTERED) {
            if (frozen == 0) {
                liquid.material = Material.REFORMING;
                liquid.reformTicks = 0;
                events.event(EventType.T1000_THAWED).who(Mappers.IDENTITY.get(t1000)).amount(left).detail(left + " droplets")
                        .emit();
                events.event(EventType.T1000_REFORMING).who(Mappers.IDENTITY.get(t1000)).amount(left)
                        .detail(left + " droplets flow together").emit();
            }
            return;
        }
        // Droplets that can't find their way (another ledge, a pit) seep back in the end.
        boolean seep = ++liquid.reformTicks >= def.reformTimeoutTicks;
        Entity last = reassembly.flowTogether(t1000, fragments, getEngine(), seep);
        if (last != null) {
            standUp(t1000, liquid, last);
            float x = Mappers.BODY.get(t1000).body.getPosition().x;
            float y = Mappers.BODY.get(t1000).body.getPosition().y;
            events.event(EventType.T1000_REFORMED).who(Mappers.IDENTITY.get(t1000)).at(x, y)
                    .detail("stands up at x " + Math.round(x * 10f) / 10f).emit();
        }
    }

    /** The last droplet becomes the T-1000 again, standing where it lies, as warm as it is. */
    private void standUp(Entity t1000, LiquidComponent liquid, Entity last) {
        Body droplet = Mappers.BODY.get(last).body;
        Body body = Mappers.BODY.get(t1000).body;
        CharacterComponent character = Mappers.CHARACTER.get(t1000);
        float feet = droplet.getPosition().y - Mappers.FRAGMENT.get(last).size / 2f;
        body.setTransform(droplet.getPosition().x, feet + character.height / 2f + 0.02f, 0f);
        body.setLinearVelocity(0f, 0f);
        body.setActive(true);
        Mappers.HEAT.get(t1000).celsius = Mappers.HEAT.get(last).celsius;
        Mappers.FRAGMENT.get(last).lost = true;
        getEngine().removeEntity(last);
        liquid.material = Material.LIQUID;
        liquid.limbsLost = 0;
        liquid.holes = 0;
        liquid.recoverTicks = def.standTicks;
    }
}
