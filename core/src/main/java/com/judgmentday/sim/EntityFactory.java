package com.judgmentday.sim;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.PlayerComponent;
import com.judgmentday.components.ShapeComponent;
import com.judgmentday.components.SizeComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.WeaponDef;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.SolidDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.physics.BodyFactory;

/** Assembles entities from level data: components from tuning, bodies from the BodyFactory, ids in creation order. */
public final class EntityFactory {
    private final Engine engine;
    private final BodyFactory bodies;
    private final TuningDef tuning;
    private int nextId = 1;

    public EntityFactory(Engine engine, BodyFactory bodies, TuningDef tuning) {
        this.engine = engine;
        this.bodies = bodies;
        this.tuning = tuning;
    }

    /** The character the player controls, armed with the shotgun. */
    public Entity player(SpawnDef spawn) {
        Entity entity = character(spawn, EntityKind.T800, spawn.character);
        entity.add(new PlayerComponent());
        entity.add(new InputComponent());
        WeaponDef shotgun = tuning.weapon("shotgun");
        WeaponComponent weapon = new WeaponComponent();
        weapon.def = shotgun;
        weapon.loaded = shotgun.magazine;
        entity.add(weapon);
        engine.addEntity(entity);
        return entity;
    }

    /** John, who follows the given leader. */
    public Entity john(SpawnDef spawn, Entity leader) {
        Entity entity = character(spawn, EntityKind.JOHN, "john");
        FollowComponent follow = new FollowComponent();
        follow.leader = leader;
        follow.def = tuning.follow;
        entity.add(follow);
        engine.addEntity(entity);
        return entity;
    }

    public Entity crate(AreaDef area) {
        Entity entity = identified(EntityKind.CRATE, area.name);
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
        if (solid.box) {
            float[] v = solid.vertices;
            bodies.solidBox(entity, v[0], v[1], v[2] - v[0], v[5] - v[1], tuning.groundFriction);
        } else {
            bodies.solidChain(entity, solid.vertices, solid.closed, tuning.groundFriction);
        }
        ShapeComponent shape = new ShapeComponent();
        shape.vertices = solid.vertices;
        shape.closed = solid.closed;
        shape.bars = solid.bars;
        entity.add(shape);
        engine.addEntity(entity);
        return entity;
    }

    public Entity exit(AreaDef area) {
        Entity entity = identified(EntityKind.EXIT, area.name);
        bodies.zone(entity, area.x, area.y, area.width, area.height);
        ZoneComponent zone = new ZoneComponent();
        zone.x = area.x;
        zone.y = area.y;
        zone.width = area.width;
        zone.height = area.height;
        entity.add(zone);
        engine.addEntity(entity);
        return entity;
    }

    private Entity character(SpawnDef spawn, EntityKind kind, String tuningName) {
        Entity entity = identified(kind, tuningName);
        CharacterDef def = tuning.character(tuningName);
        CharacterComponent character = new CharacterComponent();
        character.def = def;
        entity.add(character);
        entity.add(new MoveIntentComponent());
        withBody(entity, bodies.character(entity, def, spawn.x, spawn.y));
        return entity;
    }

    private Entity identified(EntityKind kind, String name) {
        Entity entity = new Entity();
        IdentityComponent identity = new IdentityComponent();
        identity.id = nextId++;
        identity.kind = kind;
        identity.name = name;
        entity.add(identity);
        return entity;
    }

    private static void withBody(Entity entity, Body body) {
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
