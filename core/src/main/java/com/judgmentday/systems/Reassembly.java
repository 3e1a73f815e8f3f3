package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.ai.steer.SteeringAcceleration;
import com.badlogic.gdx.ai.steer.behaviors.Arrive;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.ai.BodySteerable;
import com.judgmentday.ai.Waypoint;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.FragmentComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.SizeComponent;
import com.judgmentday.content.MaterialDef;
import com.judgmentday.physics.BodyFactory;

/**
 * Droplets flowing back together, steered by gdx-ai's Arrive: after a shattering every droplet flows to
 * the largest one and merges into it (it grows); a limb that thawed flows back into the standing body.
 */
final class Reassembly {
    /** Droplets start slowing this far from where they gather, metres. */
    private static final float SLOW_RADIUS = 1f;
    private final MaterialDef def;
    private final BodyFactory bodies;
    private final Waypoint gather = new Waypoint();
    private final SteeringAcceleration<Vector2> steering = new SteeringAcceleration<>(new Vector2());

    Reassembly(MaterialDef def, BodyFactory bodies) {
        this.def = def;
        this.bodies = bodies;
    }

    /**
     * One tick of the owner's droplets flowing to the largest; returns the last droplet once all have
     * merged into it, else null.
     */
    Entity flowTogether(Entity owner, ImmutableArray<Entity> fragments, Engine engine, boolean seep) {
        Entity core = null;
        for (int i = 0; i < fragments.size(); i++) {
            Entity entity = fragments.get(i);
            FragmentComponent fragment = Mappers.FRAGMENT.get(entity);
            if (fragment.owner == owner && !fragment.lost
                    && (core == null || fragment.share > Mappers.FRAGMENT.get(core).share)) {
                core = entity;
            }
        }
        if (core == null) {
            return null;
        }
        FragmentComponent coreFragment = Mappers.FRAGMENT.get(core);
        Body coreBody = Mappers.BODY.get(core).body;
        gather.set(coreBody.getPosition().x, coreBody.getPosition().y);
        int others = 0;
        for (int i = fragments.size() - 1; i >= 0; i--) {
            Entity entity = fragments.get(i);
            FragmentComponent fragment = Mappers.FRAGMENT.get(entity);
            if (fragment.owner != owner || entity == core || fragment.lost) {
                continue;
            }
            Body body = Mappers.BODY.get(entity).body;
            if (seep || body.getPosition().dst(coreBody.getPosition()) < def.mergeDistance + coreFragment.size / 2f) {
                // Area adds up: the gathering droplet grows as each one joins.
                coreFragment.share += fragment.share;
                coreFragment.size = (float) Math.sqrt(coreFragment.size * coreFragment.size + fragment.size * fragment.size);
                bodies.meltFragment(coreBody, core, coreFragment.size, def.fragmentDensity);
                SizeComponent extent = Mappers.SIZE.get(core);
                extent.width = extent.height = coreFragment.size;
                fragment.lost = true;
                engine.removeEntity(entity);
                continue;
            }
            others++;
            steer(fragment, body);
        }
        return others == 0 ? core : null;
    }

    /** One tick of a standing T-1000's thawed limbs flowing back into it. */
    void flowToBody(Entity owner, LiquidComponent liquid, ImmutableArray<Entity> fragments, Engine engine) {
        Body ownerBody = Mappers.BODY.get(owner).body;
        CharacterComponent character = Mappers.CHARACTER.get(owner);
        gather.set(ownerBody.getPosition().x, ownerBody.getPosition().y - character.height / 2f);
        for (int i = fragments.size() - 1; i >= 0; i--) {
            Entity entity = fragments.get(i);
            FragmentComponent fragment = Mappers.FRAGMENT.get(entity);
            if (fragment.owner != owner || !fragment.liquid || fragment.lost) {
                continue;
            }
            Body body = Mappers.BODY.get(entity).body;
            if (Math.abs(body.getPosition().x - ownerBody.getPosition().x) < character.def.width / 2f + def.mergeDistance
                    && Math.abs(body.getPosition().y - ownerBody.getPosition().y) < character.height / 2f + def.mergeDistance) {
                liquid.limbsLost = Math.max(0, liquid.limbsLost - (fragment.limb ? 1 : 0));
                fragment.lost = true;
                engine.removeEntity(entity);
                continue;
            }
            steer(fragment, body);
        }
    }

    /** Arrive at the gathering point, along the floor: the horizontal part of the steering, as a force. */
    private void steer(FragmentComponent fragment, Body body) {
        if (fragment.arrive == null) {
            BodySteerable self = new BodySteerable(body, def.dropletSpeed, def.dropletAccel, fragment.size / 2f);
            fragment.arrive = new Arrive<>(self, gather)
                    .setArrivalTolerance(def.mergeDistance / 2f)
                    .setDecelerationRadius(SLOW_RADIUS)
                    .setTimeToTarget(0.1f);
        }
        fragment.arrive.calculateSteering(steering);
        body.applyForceToCenter(steering.linear.x * body.getMass(), 0f, true);
    }
}
