package com.judgmentday.ai;

import com.judgmentday.content.Lines;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.ai.steer.SteeringAcceleration;
import com.badlogic.gdx.ai.steer.behaviors.Pursue;
import com.badlogic.gdx.ai.utils.Ray;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.T1000State;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.PursuitDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.CollisionBits;
import com.judgmentday.sim.Simulation;
import com.judgmentday.physics.FixtureTag;

/**
 * The blackboard the T-1000's behaviour tree works on: one T-1000, what it senses, and the actions its
 * tasks call (travel, close in, stab, recover, blend in). All it does is write the movement intent and
 * its own state; physics and combat apply the rest.
 */
public final class T1000Brain extends AgentBrain {
    final T1000Component mind;
    final LiquidComponent liquid;
    final AppearanceComponent appearance;
    final String name;
    private final PursuitDef pursuit;
    private final PathFollower follower;
    private final World world;
    private final EventLog events;
    private final ImmutableArray<Entity> people;
    private final ClosestHit sight = new ClosestHit();
    private final BodySteerable self;
    private final BodySteerable quarry;
    private final Pursue<Vector2> pursue;
    private final SteeringAcceleration<Vector2> steering = new SteeringAcceleration<>(new Vector2());
    private final Box2dRaycastDetector obstacles;
    private final T1000Gun gun;
    private final T1000Looks looks;
    private final Ray<Vector2> probe = new Ray<>(new Vector2(), new Vector2());
    /** Bars and people don't stop its eyes or its feet. */
    private static final short SEE_THROUGH = CollisionBits.BARS | CollisionBits.CHARACTER;
    /** Pursue's time to reach the speed it wants, seconds. */
    private static final float PURSUE_TIME = 0.1f;
    private boolean seesTarget;
    /** The one the player plays, as last sensed: when it guards the target, it is struck, not leapt (T1000Ahead). */
    private Entity player;

    T1000Brain(Entity entity, PursuitDef pursuit, PathPlanner planner, World world, EventLog events,
               ImmutableArray<Entity> people, ImmutableArray<Entity> elevators, Lines lines) {
        super(entity);
        this.mind = Mappers.T1000.get(entity);
        this.liquid = Mappers.LIQUID.get(entity);
        this.appearance = Mappers.APPEARANCE.get(entity);
        this.name = Mappers.IDENTITY.get(entity).name;
        this.pursuit = pursuit;
        this.world = world;
        this.events = events;
        this.people = people;
        this.looks = new T1000Looks(entity, events, lines);
        Body own = Mappers.BODY.get(entity).body;
        this.self = new BodySteerable(own, body.def.runSpeed, body.def.groundAccel, body.def.width / 2f);
        this.follower = new PathFollower(planner, self, events, elevators, pursuit.route, EventType.T1000_STUCK);
        this.quarry = new BodySteerable(own, body.def.runSpeed, body.def.groundAccel, 0.3f);
        this.pursue = new Pursue<>(self, quarry, 0.3f);
        this.obstacles = new Box2dRaycastDetector(world);
        obstacles.ignore(own, SEE_THROUGH);
        this.gun = new T1000Gun(entity, pursuit, people);
        mind.tipTicks = 1;
    }

    @Override
    protected boolean sense(Senses senses) {
        mind.exposed |= liquid.recoverTicks > 0;
        if (body.heldTicks > 0) {
            // Held by a beat (pinning someone): it neither thinks nor winds up a blow until let go; a pose still ends.
            looks.holdPose();
            return false;
        }
        FollowComponent quarry = mind.target == null ? null : Mappers.FOLLOW.get(mind.target);
        player = senses.player();
        if (quarry != null && quarry.hiding && player != null) {
            // Its quarry hid (a beat's hide step) where it cannot find him: it hunts the player until he is called.
            mind.hiddenQuarry = mind.target;
            mind.target = player;
        }
        // A noise it hears this tick (anyone's shot, a blast, glass breaking) gives it somewhere to look.
        Hearing hearing = senses.hearing;
        Body own = Mappers.BODY.get(entity).body;
        for (int i = 0; i < hearing.count(); i++) {
            if (hearing.hears(i, own, at.x, at.y)) {
                hear(hearing.x(i), hearing.y(i));
            }
        }
        perceive();
        return true;
    }

    /** Senses before the tree decides: sight of the target along a clear line, and police-radio tips. */
    void perceive() {
        intent.moveX = 0f;
        intent.moveY = 0f;
        intent.jump = false;
        intent.lunge = false;
        intent.stab = false;
        intent.squeeze = false;
        intent.fire = false;
        looks.holdPose();
        gun.sense(mind.state == T1000State.AIM);
        TransformComponent target = target();
        seesTarget = false;
        if (target == null) {
            mind.windupTicks = 0;
            return;
        }
        float dx = target.x - at.x;
        float dy = target.y - at.y;
        if (dx * dx + dy * dy <= pursuit.sightRange * pursuit.sightRange) {
            Body own = Mappers.BODY.get(entity).body;
            // It sees through bars (it would pour through them) and past people.
            boolean blocked = sight.cast(world, own, SEE_THROUGH, at.x, at.y + 0.5f, target.x, target.y + 0.3f)
                    && !(sight.fixture.getUserData() instanceof FixtureTag
                    && ((FixtureTag) sight.fixture.getUserData()).entity == mind.target);
            seesTarget = !blocked;
        }
        if (seesTarget || --mind.tipTicks <= 0) {
            mind.knowsTarget = true;
            mind.lastKnownX = target.x;
            mind.lastKnownY = targetFeet(target);
            mind.tipTicks = Math.max(1, Math.round(pursuit.tipSeconds * Simulation.TICKS_PER_SECOND));
        }
        // Within striking distance counts as reached, so a stab is always preceded by the event.
        boolean close = Math.abs(dx) <= Math.max(pursuit.reachDistance, pursuit.stabRange)
                && Math.abs(targetFeet(target) - feet()) < 1f;
        if (close && !mind.reached) {
            mind.reached = true;
            events.event(EventType.T1000_REACHED).who(Mappers.IDENTITY.get(entity)).whom(Mappers.IDENTITY.get(mind.target))
                    .detail(targetName()).emit();
        } else if (Math.abs(dx) > pursuit.reachDistance * 3f) {
            mind.reached = false;
        }
        if (mind.attackCooldown > 0) {
            mind.attackCooldown--;
        }
    }

    // --- conditions -------------------------------------------------------------------------------

    public boolean recovering() {
        return liquid.incapacitated();
    }

    public boolean attacking() {
        return mind.windupTicks > 0;
    }

    public boolean inStabRange() {
        TransformComponent target = target();
        return target != null && mind.attackCooldown == 0 && Math.abs(target.x - at.x) <= pursuit.stabRange
                && Math.abs(targetFeet(target) - feet()) < 1.0f;
    }

    public boolean seesTarget() {
        return seesTarget;
    }

    /** The T-800 stands within the arm's reach, guarding its target, and the arm is ready: see {@link T1000Ahead}. */
    public boolean blocked() {
        TransformComponent target = target();
        return target != null && mind.attackCooldown == 0
                && T1000Ahead.guarding(player, at.x, feet(), target.x, pursuit.stabRange);
    }

    /** Its spawn says it shoots, and it would now: see {@link T1000Gun}. */
    public boolean canShoot() {
        return gun.ready(at, feet(), mind.target, seesTarget);
    }

    public boolean hasLead() {
        return mind.knowsTarget || mind.heardNoise;
    }

    /** Within {@code metres} of its target horizontally, on about the same level. */
    public boolean near(float metres) {
        TransformComponent target = target();
        return target != null && Math.abs(target.x - at.x) <= metres && Math.abs(targetFeet(target) - feet()) < 0.5f;
    }

    /**
     * It has sampled someone it could pass for, and its cover is not blown: once blasted back in the open it hunts
     * among people at a run (it walked disguised among the Galleria's shoppers after the corridor fight, and a
     * playtester's 20 s stand at the shutter had no cop in it).
     */
    public boolean canDisguise() {
        return appearance.sampled.size > 1 && !mind.exposed;
    }

    public boolean amongPeople(float metres) {
        for (int i = 0; i < people.size(); i++) {
            TransformComponent person = Mappers.TRANSFORM.get(people.get(i));
            if (Math.abs(person.x - at.x) <= metres && Math.abs(person.y - at.y) < 2f) {
                return true;
            }
        }
        return false;
    }

    // --- actions ----------------------------------------------------------------------------------

    /** Holds still while the body flows back together. */
    public void recover() {
        state(T1000State.RECOVER, "recover");
        mind.windupTicks = 0;
        route.path.clear();
    }

    /** The blade arm: a visible wind-up, then the stab with a lunge (combat decides whether it lands). */
    public void stab() {
        state(T1000State.ATTACK, "stab");
        TransformComponent target = target();
        if (target == null) {
            return;
        }
        body.facing = target.x >= at.x ? 1 : -1;
        if (mind.windupTicks == 0) {
            mind.windupTicks = pursuit.stabWindupTicks;
            events.event(EventType.T1000_ATTACK).who(Mappers.IDENTITY.get(entity)).whom(Mappers.IDENTITY.get(mind.target))
                    .what("blade").amount(pursuit.stabWindupTicks)
                    .text("blade arm, wind-up ").text(pursuit.stabWindupTicks).text(" ticks").emit();
            return;
        }
        if (--mind.windupTicks > 0) {
            return;
        }
        // At the one played standing guard it strikes where it stands: the lunge carried it through Sarah to John.
        intent.lunge = !T1000Ahead.guarding(player, at.x, feet(), target.x, pursuit.stabRange);
        intent.stab = true;
        mind.attackCooldown = pursuit.stabCooldownTicks;
    }

    /** Stands and aims its gun at the target (the red line), and fires once it has aimed its time. */
    public void shoot() {
        state(T1000State.AIM, "shoot");
        looks.disguise(false);
        body.facing = gun.shoot(at, target(), intent);
    }

    /**
     * At a visible target nearby, steering directly rather than by route: gdx-ai Pursue leads a moving
     * target, and a knee-high ray ahead (gdx-ai's ray-cast detector over Box2D) says when to jump what is
     * in the way.
     */
    public void closeIn() {
        state(T1000State.CLOSE_IN, "closeIn");
        TransformComponent target = target();
        looks.disguise(false);
        Body targetBody = Mappers.BODY.has(mind.target) ? Mappers.BODY.get(mind.target).body : null;
        if (targetBody != null) {
            quarry.setBody(targetBody);
            pursue.calculateSteering(steering);
            float wanted = self.getLinearVelocity().x + steering.linear.x * PURSUE_TIME;
            intent.moveX = MathUtils.clamp(wanted / body.def.runSpeed, -speedNow(), speedNow());
        } else {
            intent.moveX = Math.signum(target.x - at.x) * speedNow();
        }
        intent.moveX = T1000Ahead.heldUp(player, at.x, feet(), target.x, intent.moveX);
        float above = targetFeet(target) - feet();
        if (body.climbing && above > 0.05f) {
            intent.moveY = 1f;
        } else if (body.groundContacts > 0 && (above > 0.3f || blockedAhead(Math.signum(target.x - at.x)))
                && !T1000Ahead.guarding(player, at.x, feet(), target.x, T1000Ahead.LEAP)) {
            intent.jump = true;
        }
    }

    /** Something solid within a step ahead at knee height. */
    private boolean blockedAhead(float direction) {
        float knee = feet() + 0.4f;
        probe.start.set(at.x, knee);
        probe.end.set(at.x + direction * (body.def.width / 2f + 0.5f), knee);
        return obstacles.collides(probe);
    }

    /** Runs the route to where the target is now. */
    public void hunt(long tick) {
        state(T1000State.HUNT, "hunt");
        looks.disguise(false);
        TransformComponent target = target();
        follower.travel(route, body, at, intent, target.x, targetFeet(target), speedNow(), tick, Mappers.IDENTITY.get(entity));
        if (intent.jump && route.pathIndex < route.path.size) {
            // Nor does a jump its route takes carry it over the T-800 guarding the target: it presses on into the body.
            float landing = follower.graph().node(route.path.get(route.pathIndex)).x;
            if (T1000Ahead.guarding(player, at.x, feet(), target.x, Math.abs(landing - at.x))) {
                intent.jump = false;
                intent.moveX = Math.signum(landing - at.x) * speedNow();
            }
        }
        intent.moveX = T1000Ahead.heldUp(player, at.x, feet(), target.x, intent.moveX);
    }

    /** Goes to where the target was last seen or told of, or to the last gunshot. */
    public void search(long tick) {
        state(T1000State.SEARCH, "search");
        looks.disguise(false);
        float x = mind.knowsTarget ? mind.lastKnownX : mind.noiseX;
        float y = mind.knowsTarget ? mind.lastKnownY : mind.noiseY;
        if (follower.travel(route, body, at, intent, x, y, speedNow(), tick, Mappers.IDENTITY.get(entity))) {
            mind.knowsTarget = false;
            mind.heardNoise = false;
        }
    }

    /**
     * Walks calmly among people as the last one it sampled, toward its lead if it has one; its cover blown, it goes
     * on as it is, at a run (the Galleria's opening cop took a shopper's look as John went out of sight, and walked).
     */
    public void blend(long tick) {
        state(T1000State.DISGUISED, "blend");
        looks.disguise(canDisguise());
        if (hasLead()) {
            float x = mind.knowsTarget ? mind.lastKnownX : mind.noiseX;
            float y = mind.knowsTarget ? mind.lastKnownY : mind.noiseY;
            follower.travel(route, body, at, intent, x, y, speedNow(), tick, Mappers.IDENTITY.get(entity));
        } else {
            if (blockedAhead(body.facing)) {
                body.facing = -body.facing;
            }
            intent.moveX = body.facing * pursuit.disguiseSpeed * 0.5f;
        }
    }

    /** Posing as someone (a beat's disguise step) until its time is up or it is shot. */
    public boolean posing() {
        return Mappers.POSE.has(entity);
    }

    /** Stands still in the look it took, facing its target, its feet fused into the floor. */
    public void pose() {
        state(T1000State.DISGUISED, "pose");
        mind.windupTicks = 0;
        route.path.clear();
        TransformComponent target = target();
        if (target != null) {
            body.facing = target.x >= at.x ? 1 : -1;
        }
    }

    /** Heard a gunshot at (x, y feet). */
    public void hear(float x, float y) {
        mind.heardNoise = true;
        mind.noiseX = x;
        mind.noiseY = y;
    }

    private float speedNow() {
        return appearance.disguised ? pursuit.disguiseSpeed : 1f;
    }

    private void state(T1000State state, String task) {
        mind.state = state;
        mind.task = task;
    }

    /** Where its own feet are. */
    private float feet() {
        return at.y - body.height / 2f;
    }

    /** The target's report name ("target" for a bare marker, as tests use). */
    private String targetName() {
        IdentityComponent identity = Mappers.IDENTITY.get(mind.target);
        return identity == null ? "target" : identity.name;
    }

    /** Where the target's feet are (a target without a body is a point on the ground). */
    private float targetFeet(TransformComponent target) {
        CharacterComponent character = Mappers.CHARACTER.get(mind.target);
        return character == null ? target.y : target.y - character.height / 2f;
    }

    private TransformComponent target() {
        return mind.target == null ? null : Mappers.TRANSFORM.get(mind.target);
    }
}
