package com.judgmentday.bot;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.BreakableComponent;
import com.judgmentday.components.DoorComponent;
import com.judgmentday.components.WinchComponent;
import com.judgmentday.components.ShapeComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ExitComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.level.HazardDef;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.Material;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.sim.Simulation;
import com.judgmentday.stage.ObjectiveDef;
import com.judgmentday.stage.StageState;

/**
 * What the bot knows each tick, and only what a player sees on screen: the character it plays (where, how fast,
 * its weapon and health), whoever stands within the window's view, the exits, and the objectives shown.
 */
final class BotView {
    private final Simulation simulation;
    private final BotDef def;
    private final ImmutableArray<Entity> characters;
    private final ImmutableArray<Entity> exits;
    private final ImmutableArray<Entity> crates;
    private final ImmutableArray<Entity> hazards;
    private final ImmutableArray<Entity> breakables;
    private final ImmutableArray<Entity> doors;
    /** The doors and the switches that work them. */
    final BotDoors levers;
    /** The pick-ups it goes for. */
    final BotPickups supplies;
    private final ImmutableArray<Entity> winches;
    private final com.judgmentday.physics.ClosestHit ray = new com.judgmentday.physics.ClosestHit();
    /** Where each beat an objective names is started. */
    final ScenePlaces scenes;
    /** The character played this tick, its body and where it is (centre; feet = y - height / 2). */
    Entity me;
    CharacterComponent body;
    TransformComponent at;
    final Vector2 velocity = new Vector2();
    /** The nearest foe in view (null: none), the escort a protect objective names (null: none, or down). */
    Entity foe;
    Entity escort;
    /** The one a protect objective names, up (hiding or not), following the bot or standing where a beat left him (null: none). */
    Entity ward;

    BotView(Simulation simulation, BotDef def) {
        this.scenes = new ScenePlaces(simulation.level());
        this.simulation = simulation;
        this.def = def;
        this.characters = simulation.engine().getEntitiesFor(Family.all(CharacterComponent.class, TransformComponent.class).get());
        this.exits = simulation.engine().getEntitiesFor(Family.all(ExitComponent.class, ZoneComponent.class).get());
        this.doors = simulation.engine().getEntitiesFor(Family.all(DoorComponent.class, ShapeComponent.class).get());
        this.levers = new BotDoors(simulation.engine(), def.viewHalfWidth);
        this.winches = simulation.engine().getEntitiesFor(Family.all(WinchComponent.class, ZoneComponent.class).get());
        this.supplies = new BotPickups(simulation.engine());
        this.breakables = simulation.engine().getEntitiesFor(Family.all(BreakableComponent.class, ShapeComponent.class).get());
        this.hazards = simulation.engine().getEntitiesFor(Family.all(HazardComponent.class, ZoneComponent.class).get());
        this.crates = simulation.engine().getEntitiesFor(Family.all(IdentityComponent.class, BodyComponent.class).get());
    }

    /** Looks again: the character played may have changed, people move. */
    void look() {
        me = simulation.controlled();
        body = Mappers.CHARACTER.get(me);
        at = Mappers.TRANSFORM.get(me);
        BodyComponent physical = Mappers.BODY.get(me);
        velocity.set(physical == null || physical.body == null ? Vector2.Zero : physical.body.getLinearVelocity());
        foe = null;
        escort = null;
        ward = null;
        float nearest = Float.MAX_VALUE;
        for (int i = 0; i < characters.size(); i++) {
            Entity other = characters.get(i);
            if (other == me || !inView(other)) {
                continue;
            }
            CharacterComponent them = Mappers.CHARACTER.get(other);
            if (def.hostileSides.contains(them.def.side, false) && !harmless(other)) {
                float d = Math.abs(Mappers.TRANSFORM.get(other).x - at.x);
                if (d < nearest) {
                    nearest = d;
                    foe = other;
                }
            }
        }
        Array<ObjectiveDef> objectives = simulation.objectives();
        for (int i = 0; i < objectives.size; i++) {
            ObjectiveDef objective = objectives.get(i);
            if (objective.kind == ObjectiveDef.Kind.PROTECT) {
                Entity protectedOne = simulation.character(objective.arg);
                HealthComponent health = protectedOne == null ? null : Mappers.HEALTH.get(protectedOne);
                FollowComponent follows = protectedOne == null ? null : Mappers.FOLLOW.get(protectedOne);
                // Only one who follows the bot can be waited for: a protected character who stands (Sarah left
                // behind) or hides (John, until called) is kept alive by the fight, not by waiting.
                boolean alive = protectedOne != null && (health == null || !health.dead);
                if (alive && follows != null && !follows.hiding && follows.leader == me) {
                    escort = protectedOne;
                }
                // Of several (John and Sarah), the nearest; hiding or not, one in the line of fire is shielded (John
                // between the vending machines, the T-800 come down the ramp beyond him).
                if (alive && Mappers.CHARACTER.has(protectedOne) && protectedOne != me && (ward == null
                        || apart(protectedOne) < apart(ward))) {
                    ward = protectedOne;
                }
            }
        }
    }

    /** How far from the bot another stands, along and up, metres. */
    private float apart(Entity other) {
        TransformComponent there = Mappers.TRANSFORM.get(other);
        return Math.abs(there.x - at.x) + Math.abs(there.y - at.y);
    }

    /**
     * One an objective protects (John, Sarah) or a dont-shoot names, or a bystander, stands in the line from it to x
     * (within a body's height of its own): hold fire. Shots pass the T-800's back; past John, no player would fire.
     */
    boolean allyInLine(float x) {
        float direction = Math.signum(x - at.x);
        for (int i = 0; i < characters.size(); i++) {
            Entity other = characters.get(i);
            CharacterComponent them = Mappers.CHARACTER.get(other);
            boolean ally = them.def.side.equals(body.def.side) && !them.def.side.isEmpty() && isProtected(other);
            if (other == me || !ally && !Mappers.GUARDED.has(other) && !bystander(other)) {
                continue;
            }
            TransformComponent there = Mappers.TRANSFORM.get(other);
            float ahead = (there.x - at.x) * direction;
            if (ahead > 0f && ahead < Math.abs(x - at.x) && Math.abs(there.y - at.y) < body.height) {
                return true;
            }
        }
        return false;
    }

    /** On their feet with neither gun nor baton (a shopper): the bot killed one between it and the cop in the store. */
    private static boolean bystander(Entity other) {
        HealthComponent health = Mappers.HEALTH.get(other);
        return Mappers.PERSON.has(other) && !Mappers.WEAPON.has(other) && !Mappers.MELEE.has(other)
                && (health == null || !health.out());
    }

    /** A protect objective names this character. */
    private boolean isProtected(Entity character) {
        Array<ObjectiveDef> objectives = simulation.objectives();
        for (int i = 0; i < objectives.size; i++) {
            ObjectiveDef objective = objectives.get(i);
            if (objective.kind == ObjectiveDef.Kind.PROTECT && simulation.character(objective.arg) == character) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person with a baton (mall security) who has come at it, within {@code metres} on its floor: the nearest, or
     * null. A player takes his baton at arm's length (Interact), as the Galleria's caption says, rather than shoot.
     */
    Entity clubber(float metres) {
        Entity nearest = null;
        float best = metres;
        for (int i = 0; i < characters.size(); i++) {
            Entity other = characters.get(i);
            AwarenessComponent awareness = Mappers.AWARENESS.get(other);
            HealthComponent health = Mappers.HEALTH.get(other);
            // One down or dead keeps his baton and his alarm (his mind stops): he clubs no one, and turning to him
            // for ever kept the bot from fighting or going on (a second review).
            if (!Mappers.MELEE.has(other) || awareness == null || !awareness.alarmed || health != null && health.out()) {
                continue;
            }
            TransformComponent there = Mappers.TRANSFORM.get(other);
            float away = Math.abs(there.x - at.x);
            if (away < best && Math.abs(there.y - at.y) < body.height / 2f) {
                best = away;
                nearest = other;
            }
        }
        return nearest;
    }

    /** Someone a dont-shoot objective names stands within {@code metres} of x: a blast there could hurt them. */
    boolean guardedNear(float x, float metres) {
        for (int i = 0; i < characters.size(); i++) {
            Entity other = characters.get(i);
            if (Mappers.GUARDED.has(other) && Math.abs(Mappers.TRANSFORM.get(other).x - x) < metres) {
                return true;
            }
        }
        return false;
    }

    /** Feet of the character played, metres. */
    float feet() {
        return at.y - body.height / 2f;
    }

    boolean grounded() {
        return body.groundContacts > 0;
    }

    /** On screen: within the window's view of the character played. */
    boolean inView(Entity other) {
        TransformComponent there = Mappers.TRANSFORM.get(other);
        return there != null && Math.abs(there.x - at.x) <= def.viewHalfWidth && Math.abs(there.y - at.y) <= def.viewHalfHeight;
    }

    /** A foe with nothing to shoot at now: melting or melted, in pieces or flowing back together. */
    private static boolean harmless(Entity foe) {
        LiquidComponent liquid = Mappers.LIQUID.get(foe);
        if (liquid == null) {
            return false;
        }
        Material m = liquid.material;
        return m == Material.MELTED || m == Material.MELTING || m == Material.SHATTERED || m == Material.REFORMING;
    }

    /** The foe stands posing as someone (the fake Sarah): a shot ends the pose; a grenade would be wasted on it. */
    boolean foePosing() {
        return foe != null && Mappers.POSE.has(foe);
    }

    /** The foe is the T-1000 in any state of its liquid metal. */
    boolean foeLiquid() {
        return foe != null && Mappers.LIQUID.has(foe);
    }

    /** The foe is a T-1000 that braces against knock-backs in a row (a beat's brace step). */
    boolean foeBraces() {
        LiquidComponent liquid = foe == null ? null : Mappers.LIQUID.get(foe);
        return liquid != null && liquid.braceAfter > 0;
    }

    /** The foe stands frozen: a shot shatters it. */
    boolean foeFrozen() {
        LiquidComponent liquid = foe == null ? null : Mappers.LIQUID.get(foe);
        return liquid != null && liquid.material == Material.FROZEN;
    }

    /** The first goal not met yet (its index), or -1. */
    int currentGoal() {
        StageState stage = simulation.stage();
        Array<ObjectiveDef> objectives = simulation.objectives();
        for (int i = 0; i < objectives.size; i++) {
            if (objectives.get(i).goal() && stage.status[i] != StageState.MET) {
                // A later goal no beat has shown yet is not the player's to pursue: stand and fight.
                return stage.shown[i] ? i : -1;
            }
        }
        return -1;
    }

    /** The exit a reach objective names (any exit for none), or null. */
    ZoneComponent exit(String name) {
        for (int i = 0; i < exits.size(); i++) {
            Entity exit = exits.get(i);
            if (name.isEmpty() || Mappers.IDENTITY.get(exit).name.equals(name)) {
                return Mappers.ZONE.get(exit);
            }
        }
        return null;
    }

    /** Its feet stand within the area. */
    boolean inside(ZoneComponent zone) {
        return at.x >= zone.x && at.x <= zone.x + zone.width && feet() >= zone.y - 0.1f && feet() <= zone.y + zone.height;
    }

    /** A crate (or anything loose the size of one) in view within {@code reach} metres ahead, or null. */
    Entity crateAhead(int facing, float reach) {
        for (int i = 0; i < crates.size(); i++) {
            Entity crate = crates.get(i);
            IdentityComponent identity = Mappers.IDENTITY.get(crate);
            TransformComponent there = Mappers.TRANSFORM.get(crate);
            if (identity.kind != com.judgmentday.components.EntityKind.CRATE || there == null) {
                continue;
            }
            float ahead = (there.x - at.x) * facing;
            if (ahead > 0f && ahead < reach && Math.abs(there.y - at.y) < body.height) {
                return crate;
            }
        }
        return null;
    }

    /** Something breakable, not broken yet, within {@code reach} metres ahead at the body's height. */
    boolean breakableAhead(int facing, float reach) {
        for (int i = 0; i < breakables.size(); i++) {
            Entity breakable = breakables.get(i);
            if (!Mappers.BREAKABLE.get(breakable).broken && ahead(Mappers.SHAPE.get(breakable).vertices, facing, reach)) {
                return true;
            }
        }
        return false;
    }

    /** A closed door within {@code reach} ahead at the body's height (its name), or null; a rising shutter is waited for. */
    String closedDoorAhead(int facing, float reach) {
        for (int i = 0; i < doors.size(); i++) {
            Entity door = doors.get(i);
            DoorComponent lock = Mappers.DOOR.get(door);
            if (!lock.open && !lock.rising && ahead(Mappers.SHAPE.get(door).vertices, facing, reach)) {
                return Mappers.IDENTITY.get(door).name;
            }
        }
        return null;
    }

    /** The nearest winch that can still lower its load (of that Name, when {@code name} is not empty), or null. */
    Entity winch(String name) {
        Entity nearest = null;
        float best = Float.MAX_VALUE;
        for (int i = 0; i < winches.size(); i++) {
            Entity winch = winches.get(i);
            ZoneComponent zone = Mappers.ZONE.get(winch);
            float distance = Math.abs(zone.x + zone.width / 2f - at.x) + Math.abs(zone.y - at.y);
            if (!Mappers.WINCH.get(winch).bottomed && distance < best
                    && (name.isEmpty() || name.equals(Mappers.IDENTITY.get(winch).name))) {
                nearest = winch;
                best = distance;
            }
        }
        return nearest;
    }

    /** A shape (its vertices) lies within {@code reach} metres ahead of the body, across its height. */
    private boolean ahead(float[] v, int facing, float reach) {
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int k = 0; k + 1 < v.length; k += 2) {
            minX = Math.min(minX, v[k]);
            maxX = Math.max(maxX, v[k]);
            minY = Math.min(minY, v[k + 1]);
            maxY = Math.max(maxY, v[k + 1]);
        }
        float gap = facing > 0 ? minX - (at.x + body.def.width / 2f) : (at.x - body.def.width / 2f) - maxX;
        return gap > -body.def.width && gap < reach && minY < at.y + body.height / 2f && maxY > feet();
    }

    /** An intact tank in view whose middle is within {@code near} metres of x (a foe beside it), or null. */
    HazardComponent tankBeside(float x, float near) {
        for (int i = 0; i < hazards.size(); i++) {
            HazardComponent hazard = Mappers.HAZARD.get(hazards.get(i));
            float middle = hazard.tankX + hazard.tankWidth / 2f;
            if (hazard.intactTank() && Math.abs(middle - x) <= near && Math.abs(middle - at.x) <= def.viewHalfWidth) {
                return hazard;
            }
        }
        return null;
    }

    /** Molten steel on the far side of x (seen from the bot), within {@code reach} metres of it: a blast drives a foe in. */
    boolean moltenBeyond(float x, float reach) {
        float away = Math.signum(x - at.x);
        for (int i = 0; i < hazards.size(); i++) {
            HazardComponent hazard = Mappers.HAZARD.get(hazards.get(i));
            ZoneComponent pool = Mappers.ZONE.get(hazards.get(i));
            // An overflow that has not poured yet (or has set) covers nothing: no pool to drive a foe into.
            if (hazard.kind != HazardDef.Kind.MOLTEN || pool.width <= 0f) {
                continue;
            }
            float near = away > 0f ? pool.x - x : x - (pool.x + pool.width);
            boolean under = x > pool.x && x < pool.x + pool.width;
            if (under || (near >= 0f && near <= reach)) {
                return true;
            }
        }
        return false;
    }

    /** Open air above the head from x: a ray up finds nothing static within {@code up} metres. */
    boolean roomAbove(float x, float up) {
        float head = at.y + body.height / 2f;
        return !ray.cast(simulation.world(), Mappers.BODY.get(me).body, x, head, x, head + up)
                || ray.fixture.getBody().getType() != com.badlogic.gdx.physics.box2d.BodyDef.BodyType.StaticBody;
    }

    Simulation simulation() {
        return simulation;
    }
}
