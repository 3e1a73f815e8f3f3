package com.judgmentday.sim;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.AimComponent;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.ExitComponent;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HeatComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.FragmentComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.PickupComponent;
import com.judgmentday.components.PlatformComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.MeleeComponent;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.components.SurfaceComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.ShapeComponent;
import com.judgmentday.components.SizeComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.ElevatorDef;
import com.judgmentday.level.HazardDef;
import com.judgmentday.level.PersonDef;
import com.judgmentday.level.PickupDef;
import com.judgmentday.level.PlatformDef;
import com.judgmentday.level.SolidDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.physics.BodyFactory;

/** Assembles entities from level data: components from tuning, bodies from the BodyFactory, ids in creation order. */
public final class EntityFactory {
    private final Engine engine;
    private final BodyFactory bodies;
    private final TuningDef tuning;
    private int nextId = 1;
    private Entity lastMade;

    public EntityFactory(Engine engine, BodyFactory bodies, TuningDef tuning) {
        this.engine = engine;
        this.bodies = bodies;
        this.tuning = tuning;
    }

    /** The character the player controls, carrying the level's loadout (null: its own, from its def). */
    public Entity player(SpawnDef spawn, String[] loadout) {
        Entity entity = character(spawn.character, spawn.character, spawn.x, spawn.y, false);
        Mappers.CHARACTER.get(entity).facing = spawn.facing;
        entity.add(new ControlComponent()).add(new InputComponent());
        entity.add(loadout(loadout != null ? new Array<>(loadout) : Mappers.CHARACTER.get(entity).def.loadout));
        engine.addEntity(entity);
        return entity;
    }

    /**
     * The weapons named, in switching order, each with its tuned rounds, or as many as a map's entry says
     * ({@code m79:1}: the last grenade, loaded).
     */
    public WeaponComponent loadout(Array<String> names) {
        WeaponComponent weapon = new WeaponComponent();
        // Indexed: runs on several threads share the def (playtest --all), and a libGDX Array reuses one iterator.
        for (int i = 0; i < names.size; i++) {
            String entry = names.get(i);
            int colon = entry.indexOf(':');
            WeaponSlot slot = new WeaponSlot(tuning.weapon(colon < 0 ? entry : entry.substring(0, colon)));
            if (colon >= 0) {
                int rounds = Integer.parseInt(entry.substring(colon + 1));
                slot.loaded = Math.min(rounds, slot.def.magazine);
                slot.reserve = rounds - slot.loaded;
            }
            weapon.slots.add(slot);
        }
        return weapon;
    }

    /** A character standing at (x, y) by its def's rules: no one controls it, it follows no one. */
    public Entity standing(String tuningName, float x, float y) {
        Entity entity = character(tuningName, tuningName, x, y, false);
        engine.addEntity(entity);
        return entity;
    }

    /** A piece of the T-1000 flying off at (x, y), moving at (vx, vy): a frozen shard holding its share, at its heat. */
    public Entity fragment(Entity owner, float x, float y, float size, float share, float celsius, float angle,
                           float vx, float vy, boolean limb) {
        Entity entity = identified(EntityKind.FRAGMENT, Mappers.IDENTITY.get(owner).name + "-fragment");
        Body body = bodies.fragment(entity, x, y, size, tuning.t1000Material.fragmentDensity, false, angle);
        body.setLinearVelocity(vx, vy);
        withBody(entity, body);
        FragmentComponent fragment = new FragmentComponent();
        fragment.owner = owner;
        fragment.size = size;
        fragment.share = share;
        fragment.limb = limb;
        entity.add(fragment);
        SizeComponent extent = new SizeComponent();
        extent.width = size;
        extent.height = size;
        entity.add(extent);
        entity.add(heat("fragment", celsius));
        engine.addEntity(entity);
        return entity;
    }

    /** A weapon, ammunition or first aid lying in its box until the player walks into it. */
    public Entity pickup(PickupDef def) {
        Entity entity = identified(EntityKind.PICKUP, def.item + "#" + def.objectId);
        PickupComponent pickup = new PickupComponent();
        pickup.item = def.item;
        pickup.key = def.key;
        pickup.amount = def.amount;
        pickup.forWeapon = def.forWeapon;
        entity.add(pickup);
        entity.add(zoneComponent(def.x, def.y, def.width, def.height));
        engine.addEntity(entity);
        return entity;
    }

    /** John, who follows the given leader. */
    public Entity john(SpawnDef spawn, Entity leader) {
        Entity entity = character(spawn.character, spawn.character, spawn.x, spawn.y, false);
        FollowComponent follow = new FollowComponent();
        follow.leader = leader;
        follow.def = tuning.follow;
        entity.add(follow).add(new RouteComponent());
        engine.addEntity(entity);
        return entity;
    }

    public Entity crate(AreaDef area) {
        Entity entity = identified(EntityKind.CRATE, area.name);
        entity.add(heat("crate", tuning.heat.ambient));
        Body body = bodies.crate(entity, area.x, area.y, area.width, area.height, tuning.crateDensity, tuning.crateFriction);
        withBody(entity, body);
        SizeComponent size = new SizeComponent();
        size.width = area.width;
        size.height = area.height;
        entity.add(size);
        engine.addEntity(entity);
        return entity;
    }

    public Entity solid(SolidDef solid) {
        Entity entity = identified(EntityKind.SOLID, "solid#" + solid.objectId);
        Body body;
        if (solid.box) {
            float[] v = solid.vertices;
            body = bodies.solidBox(entity, v[0], v[1], v[2] - v[0], v[5] - v[1], tuning.groundFriction, solid.bars);
        } else {
            body = bodies.solidChain(entity, solid.vertices, solid.closed, tuning.groundFriction);
        }
        if (solid.door || solid.breakable) {
            // A door's or breakable's body changes when it opens or breaks.
            withBody(entity, body);
        }
        ShapeComponent shape = new ShapeComponent();
        shape.vertices = solid.vertices;
        shape.closed = solid.closed;
        shape.bars = solid.bars;
        shape.door = solid.door;
        shape.breakable = solid.breakable;
        entity.add(shape);
        SurfaceComponent surface = new SurfaceComponent();
        surface.material = solid.bars ? "bars" : solid.material;
        entity.add(surface);
        engine.addEntity(entity);
        return entity;
    }

    /** An exit: entering it wins the level. */
    public Entity exit(AreaDef area) {
        Entity entity = zone(EntityKind.EXIT, area);
        ExitComponent exit = new ExitComponent();
        exit.whenPursuerGone = area.opensWhenPursuerGone;
        exit.next = area.next;
        entity.add(exit);
        return entity;
    }

    /** The T-1000, hunting the given target; it arrives in the look its spawn names. */
    public Entity t1000(SpawnDef spawn, String look, Entity target) {
        Entity entity = character(spawn.character, spawn.character, spawn.x, spawn.y, true);
        entity.add(new RouteComponent());
        T1000Component mind = new T1000Component();
        mind.target = target;
        entity.add(mind);
        entity.add(new LiquidComponent());
        AppearanceComponent appearance = new AppearanceComponent();
        appearance.look = look;
        appearance.sampled.add(look);
        appearance.lines.add("");
        entity.add(appearance);
        if (spawn.loadout.length > 0) {
            entity.add(loadout(new Array<>(spawn.loadout)));
        }
        if (spawn.shoots) {
            entity.add(new AimComponent());
        }
        engine.addEntity(entity);
        return entity;
    }

    /** A person in the level; one whose role has a tree (tuning.json roles) acts: BrainSystem. */
    public Entity person(PersonDef person) {
        Entity entity = character("person", person.role + "#" + person.objectId, person.x, person.y, false);
        PersonComponent who = new PersonComponent();
        who.role = person.role;
        who.line = person.line;
        who.patrol = person.path;
        entity.add(who);
        if (tuning.roles.containsKey(person.role)) {
            entity.add(new AwarenessComponent()).add(new RouteComponent());
        }
        engine.addEntity(entity);
        return entity;
    }

    /** A moving platform, its car at its starting stop. */
    public Entity elevator(ElevatorDef def) {
        Entity entity = identified(EntityKind.ELEVATOR, def.name);
        float x = def.path[def.start * 2];
        float y = def.path[def.start * 2 + 1];
        withBody(entity, bodies.car(entity, x, y, def.width, def.height));
        ElevatorComponent lift = new ElevatorComponent();
        lift.path = def.path;
        lift.speed = def.speed;
        lift.moving = def.moving;
        lift.width = def.width;
        lift.height = def.height;
        int stops = def.path.length / 2;
        lift.direction = def.start == stops - 1 ? -1 : 1;
        lift.next = def.start;
        // A car drawn part-way along its route first runs on to the far end: there it waits (as navigation plans).
        lift.home = def.start == 0 ? 0 : stops - 1;
        entity.add(lift);
        SurfaceComponent surface = new SurfaceComponent();
        surface.material = "steel";
        entity.add(surface);
        engine.addEntity(entity);
        return entity;
    }

    /** Molten steel, fire or steam over its area (an overflow growing from its pour), or a nitrogen source. */
    public Entity hazard(HazardDef def) {
        Entity entity = identified(EntityKind.HAZARD, def.name);
        HazardComponent hazard = new HazardComponent();
        hazard.kind = def.kind;
        boolean nitrogen = def.kind == HazardDef.Kind.NITROGEN;
        hazard.celsius = nitrogen ? tuning.heat.nitrogenCelsius : def.celsius;
        // Anything that spills (a pipe, a ruptured tank, an overflow) runs from its source along the floor.
        hazard.sourceX = def.x;
        hazard.sourceY = def.y;
        hazard.litres = def.litres;
        hazard.spilling = def.spillsAtStart;
        if (nitrogen && !def.spillsAtStart) {
            hazard.tank = true;
            hazard.tankX = def.x - def.tankWidth / 2f;
            hazard.tankY = def.y;
            hazard.tankWidth = def.tankWidth;
            hazard.tankHeight = def.tankHeight;
            hazard.ruptureImpulse = def.ruptureImpulse;
        }
        hazard.cycle(def.periodTicks, def.dutyTicks, def.phaseTicks);
        entity.add(hazard).add(zoneComponent(def.x, def.y, def.width, def.height));
        engine.addEntity(entity);
        return entity;
    }

    /** A ladder or chain: a sensor area characters climb while they overlap it. */
    public Entity ladder(AreaDef area) {
        return zone(EntityKind.LADDER, area);
    }

    /** Machinery acting on an area of the level (no body: its system looks for what is inside). */
    public Entity machine(AreaDef area) {
        Entity entity = identified(EntityKind.MACHINE, area.name);
        entity.add(zoneComponent(area.x, area.y, area.width, area.height));
        engine.addEntity(entity);
        return entity;
    }

    /** A one-way platform: an edge that only stops what comes down on it. */
    public Entity platform(PlatformDef def) {
        Entity entity = identified(EntityKind.SOLID, def.name);
        PlatformComponent platform = new PlatformComponent();
        platform.minX = def.minX;
        platform.maxX = def.maxX;
        platform.top = def.top;
        entity.add(platform);
        withBody(entity, bodies.platform(entity, def.minX, def.maxX, def.top));
        engine.addEntity(entity);
        return entity;
    }

    /** A sensor area of the level; what it means is in its kind. */
    private Entity zone(EntityKind kind, AreaDef area) {
        Entity entity = identified(kind, area.name);
        bodies.zone(entity, area.x, area.y, area.width, area.height);
        entity.add(zoneComponent(area.x, area.y, area.width, area.height));
        engine.addEntity(entity);
        return entity;
    }

    private static ZoneComponent zoneComponent(float x, float y, float width, float height) {
        ZoneComponent zone = new ZoneComponent();
        zone.x = x;
        zone.y = y;
        zone.width = width;
        zone.height = height;
        return zone;
    }

    /** Any character: what it is and does comes from its def, not from its kind. */
    private Entity character(String tuningName, String name, float x, float y, boolean liquid) {
        Entity entity = identified(EntityKind.CHARACTER, name);
        CharacterDef def = tuning.character(tuningName);
        CharacterComponent character = new CharacterComponent();
        character.def = def;
        character.height = def.height;
        entity.add(character);
        entity.add(new MoveIntentComponent()).add(heat(tuningName, tuning.heat.ambient)).add(new DamageComponent());
        if (def.health > 0f) {
            HealthComponent health = new HealthComponent();
            health.health = health.max = def.health;
            entity.add(health);
        }
        if (def.melee != null) {
            entity.add(new MeleeComponent(def.melee));
        }
        withBody(entity, bodies.character(entity, def, x, y, liquid));
        return entity;
    }

    /** A temperature, and the heat capacity tuning gives that kind of body. */
    private HeatComponent heat(String capacityName, float celsius) {
        HeatComponent heat = new HeatComponent();
        heat.celsius = celsius;
        heat.capacity = tuning.heat.capacity(capacityName);
        return heat;
    }

    /** A new entity with the next id, for an object type that assembles its own (a load): {@link #add} adds it. */
    public Entity identified(EntityKind kind, String name) {
        Entity entity = new Entity();
        IdentityComponent identity = new IdentityComponent();
        identity.id = nextId++;
        identity.kind = kind;
        identity.name = name;
        entity.add(identity);
        lastMade = entity;
        return entity;
    }

    /** Adds an entity an object type assembled. */
    public void add(Entity entity) {
        engine.addEntity(entity);
    }

    public BodyFactory bodies() {
        return bodies;
    }

    /** The entity made last (the population step learns what each map object became). */
    Entity lastMade() {
        return lastMade;
    }

    /** Gives an entity its body, and a transform where the body is. */
    public static void withBody(Entity entity, Body body) {
        BodyComponent component = new BodyComponent();
        component.body = body;
        entity.add(component);
        TransformComponent transform = new TransformComponent();
        transform.x = transform.prevX = body.getPosition().x;
        transform.y = transform.prevY = body.getPosition().y;
        transform.angle = transform.prevAngle = body.getAngle();
        entity.add(transform);
    }
}
