package com.judgmentday.soak;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.Joint;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectSet;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.LoadComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.physics.BodyFactory;
import com.judgmentday.sim.Simulation;
import com.judgmentday.systems.BoundsSystem;

/**
 * What must hold after every tick of any run, whatever the input: every transform and body motion finite, nothing
 * still in play outside the level (the game's own rule, {@link BoundsSystem#outside}: a body that left is stopped or
 * removed the tick it leaves), and every Box2D body accounted for. A body is accounted for when an
 * entity in the engine owns it through its BodyComponent; or it is the fixed body of an entity in the engine with no
 * BodyComponent (a static solid that never changes, a sensor zone); or it is the anchor of a load still on its chain;
 * or the BodyFactory has it queued for destruction. Allocates nothing while everything holds.
 */
public final class Invariants {
    private final Simulation simulation;
    private final BodyFactory bodies;
    private final ImmutableArray<Entity> moving;
    private final ImmutableArray<Entity> owners;
    private final ImmutableArray<Entity> loads;
    private final Array<Body> inWorld = new Array<>(false, 256, Body.class);
    private final ObjectSet<Entity> live = new ObjectSet<>(256);
    private final ObjectSet<Body> anchors = new ObjectSet<>();
    /** The last check's body count, by how each body is accounted for (they add up to the world's count). */
    private int owned;
    private int fixed;
    private int anchored;
    private int queued;

    public Invariants(Simulation simulation) {
        this.simulation = simulation;
        this.bodies = simulation.bodies();
        this.moving = simulation.engine().getEntitiesFor(Family.all(TransformComponent.class).get());
        this.owners = simulation.engine().getEntitiesFor(Family.all(BodyComponent.class).get());
        this.loads = simulation.engine().getEntitiesFor(Family.all(LoadComponent.class).get());
    }

    /** The first thing that does not hold now, in words (who, where, what), or null when all is well. */
    public String check() {
        String wrong = transforms();
        if (wrong == null) {
            wrong = bodyMotion();
        }
        return wrong == null ? accounting() : wrong;
    }

    private String transforms() {
        float width = simulation.level().width;
        float height = simulation.level().height;
        for (int i = 0; i < moving.size(); i++) {
            Entity entity = moving.get(i);
            TransformComponent t = Mappers.TRANSFORM.get(entity);
            if (!finite(t.x) || !finite(t.y) || !finite(t.angle) || !finite(t.prevX) || !finite(t.prevY)
                    || !finite(t.prevAngle)) {
                return name(entity) + ": transform not finite (x " + t.x + ", y " + t.y + ", angle " + t.angle
                        + ", previous " + t.prevX + ", " + t.prevY + ", " + t.prevAngle + ")";
            }
            if (BoundsSystem.outside(width, t.x, t.y) && inPlay(entity)) {
                return name(entity) + ": outside the level at (" + t.x + ", " + t.y + ") and still in play; the map is "
                        + width + " x " + height + " m, and a body more than " + BoundsSystem.MARGIN + " m below it or"
                        + " past a side is the fall rule's (BoundsSystem) to stop or remove";
            }
        }
        return null;
    }

    /** A body the fall rule has not taken: still active (a character that fell stops, inactive, where it left). */
    private static boolean inPlay(Entity entity) {
        BodyComponent body = Mappers.BODY.get(entity);
        return body != null && body.body != null && body.body.isActive();
    }

    private String bodyMotion() {
        for (int i = 0; i < owners.size(); i++) {
            Body body = Mappers.BODY.get(owners.get(i)).body;
            if (body == null) {
                continue;
            }
            Vector2 at = body.getPosition();
            float x = at.x;
            float y = at.y;
            Vector2 v = body.getLinearVelocity();
            if (!finite(x) || !finite(y) || !finite(body.getAngle()) || !finite(v.x) || !finite(v.y)
                    || !finite(body.getAngularVelocity())) {
                return name(owners.get(i)) + ": body motion not finite (at " + x + ", " + y + ", velocity " + v.x
                        + ", " + v.y + ", angular " + body.getAngularVelocity() + ")";
            }
        }
        return null;
    }

    private String accounting() {
        live.clear();
        ImmutableArray<Entity> all = simulation.engine().getEntities();
        for (int i = 0; i < all.size(); i++) {
            live.add(all.get(i));
        }
        anchors.clear();
        for (int i = 0; i < loads.size(); i++) {
            Joint joint = Mappers.LOAD.get(loads.get(i)).joint;
            if (joint != null) {
                anchors.add(joint.getBodyA());
            }
        }
        simulation.world().getBodies(inWorld);
        owned = fixed = anchored = queued = 0;
        for (int i = 0; i < inWorld.size; i++) {
            Body body = inWorld.items[i];
            Object data = body.getUserData();
            Entity entity = data instanceof Entity ? (Entity) data : null;
            BodyComponent component = entity == null ? null : Mappers.BODY.get(entity);
            boolean livesOn = entity != null && live.contains(entity);
            if (livesOn && component != null && component.body == body) {
                owned++;
            } else if (livesOn && component == null && body.getType() == BodyDef.BodyType.StaticBody) {
                fixed++;
            } else if (entity == null && anchors.contains(body)) {
                anchored++;
            } else if (bodies.queued(body)) {
                queued++;
            } else {
                return "a stray Box2D body (" + body.getType() + " at " + body.getPosition().x + ", "
                        + body.getPosition().y + ") " + (entity == null ? "with no entity"
                        : "of " + name(entity) + (livesOn ? " that owns another body" : ", which left the engine"))
                        + "; the world has " + inWorld.size + " bodies";
            }
        }
        int withBodies = 0;
        for (int i = 0; i < owners.size(); i++) {
            if (Mappers.BODY.get(owners.get(i)).body != null) {
                withBodies++;
            }
        }
        if (owned != withBodies) {
            return withBodies + " entities have a body but only " + owned + " of those bodies are in the world";
        }
        return null;
    }

    /** The world's bodies at the last check, as "N bodies: a owned by entities, b fixed, c load anchors, d queued". */
    public String bodies() {
        return (owned + fixed + anchored + queued) + " bodies: " + owned + " owned by entities, " + fixed
                + " fixed (static, of entities without a BodyComponent), " + anchored + " load anchors, " + queued
                + " queued for destruction";
    }

    private static boolean finite(float value) {
        return !Float.isNaN(value) && !Float.isInfinite(value);
    }

    private static String name(Entity entity) {
        IdentityComponent who = Mappers.IDENTITY.get(entity);
        return who == null ? "an entity without identity" : who.kind + " " + who.name + " (#" + who.id + ")";
    }
}
