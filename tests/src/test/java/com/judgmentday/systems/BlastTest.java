package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.Box2D;
import com.badlogic.gdx.physics.box2d.PolygonShape;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.GdxNativesLoader;
import com.judgmentday.content.WeaponDef;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Physics: a blast pushes with rays, so whatever stands between a body and the blast shields it. */
class BlastTest {
    private final WeaponDef m79 = TestContent.tuning().weapon("m79");
    private World world;

    @BeforeEach
    void setUp() {
        GdxNativesLoader.load();
        Box2D.init();
        world = new World(new Vector2(0f, 0f), true);
    }

    @AfterEach
    void tearDown() {
        world.dispose();
    }

    private Body box(BodyDef.BodyType type, float x, float y, float halfWidth, float halfHeight) {
        BodyDef def = new BodyDef();
        def.type = type;
        def.position.set(x, y);
        Body body = world.createBody(def);
        PolygonShape shape = new PolygonShape();
        shape.setAsBox(halfWidth, halfHeight);
        body.createFixture(shape, 10f);
        shape.dispose();
        return body;
    }

    private final com.judgmentday.events.EventLog events = new com.judgmentday.events.EventLog();

    /** A character of that tuning standing at x, named so. */
    private Entity character(String name, int id, float x) {
        Body body = box(BodyDef.BodyType.DynamicBody, x, 0f, 0.4f, 0.9f);
        Entity entity = new Entity();
        com.judgmentday.components.CharacterComponent character = new com.judgmentday.components.CharacterComponent();
        character.def = TestContent.tuning().character(name);
        entity.add(character);
        com.judgmentday.components.IdentityComponent identity = new com.judgmentday.components.IdentityComponent();
        identity.id = id;
        identity.name = name;
        entity.add(identity);
        entity.add(new com.judgmentday.components.DamageComponent());
        body.getFixtureList().first().setUserData(new com.judgmentday.physics.FixtureTag(entity,
                com.judgmentday.physics.FixtureRole.BODY));
        return entity;
    }

    @Test
    void anAllyIsOnlyPushedButOneADontShootObjectiveNamesIsHurtAndReportedOnceAsHitByTheOwner() {
        Entity owner = character("t800", 1, -50f);
        Entity sarah = character("sarah", 2, 1.5f);
        Blast blast = new Blast(world, events);
        blast.setHazards(new ImmutableArray<>(new Array<Entity>()));

        blast.explode(m79, 0f, 0f, owner);
        assertThat(com.judgmentday.components.Mappers.DAMAGE.get(sarah).bodyPoints).as("an ally is spared").isZero();
        assertThat(events.first(com.judgmentday.events.EventType.WEAPON_HIT)).isNull();

        sarah.add(new com.judgmentday.components.GuardedComponent());
        int rays = blast.explode(m79, 0f, 0f, owner);
        assertThat(rays).isGreaterThan(1);
        assertThat(com.judgmentday.components.Mappers.DAMAGE.get(sarah).bodyPoints).isPositive();
        int hits = 0;
        for (com.judgmentday.events.GameEvent event : events.events()) {
            if (event.type == com.judgmentday.events.EventType.WEAPON_HIT) {
                hits++;
                assertThat(event.subject).isEqualTo("t800");
                assertThat(event.whom).isEqualTo("sarah");
                assertThat(event.what).isEqualTo(m79.name);
            }
        }
        assertThat(hits).as("one report for " + rays + " rays").isEqualTo(1);
    }

    @Test
    void aWallShieldsWhatStandsBehindItAndTheNearerBodyIsPushedHarder() {
        Body exposed = box(BodyDef.BodyType.DynamicBody, -2f, 0f, 0.5f, 0.5f);
        Body shielded = box(BodyDef.BodyType.DynamicBody, 2.5f, 0f, 0.5f, 0.5f);
        box(BodyDef.BodyType.StaticBody, 1.2f, 0f, 0.2f, 3f);
        Body far = box(BodyDef.BodyType.DynamicBody, 0f, -3.2f, 0.5f, 0.5f);
        Blast blast = new Blast(world, events);
        blast.setHazards(new ImmutableArray<>(new Array<Entity>()));

        blast.explode(m79, 0f, 0f, null);

        assertThat(exposed.getLinearVelocity().x).as("thrown away from the blast").isNegative();
        assertThat(shielded.getLinearVelocity().len()).as("behind the wall").isZero();
        assertThat(far.getLinearVelocity().y).as("pushed down, away from the blast").isNegative();
        assertThat(far.getLinearVelocity().len()).as("further off, pushed less")
                .isLessThan(exposed.getLinearVelocity().len());
        Body beyond = box(BodyDef.BodyType.DynamicBody, -m79.blastRadius - 1f, 0f, 0.5f, 0.5f);
        blast.explode(m79, 0f, 5f, null);
        assertThat(beyond.getLinearVelocity().len()).as("out of reach").isZero();
    }

    @Test
    void theBlastHeatsAndHurtsWhatItStrikes() {
        Body body = box(BodyDef.BodyType.DynamicBody, 1.5f, 0f, 0.4f, 0.9f);
        Entity entity = new Entity();
        com.judgmentday.components.HeatComponent heat = new com.judgmentday.components.HeatComponent();
        heat.celsius = 20f;
        heat.capacity = 2f;
        entity.add(heat);
        com.judgmentday.components.DamageComponent damage = new com.judgmentday.components.DamageComponent();
        entity.add(damage);
        body.getFixtureList().first().setUserData(new com.judgmentday.physics.FixtureTag(entity,
                com.judgmentday.physics.FixtureRole.BODY));
        Blast blast = new Blast(world, events);
        blast.setHazards(new ImmutableArray<>(new Array<Entity>()));

        int rays = blast.explode(m79, 0f, 0f, null);

        assertThat(rays).isPositive();
        assertThat(heat.celsius).isGreaterThan(20f).isLessThan(20f + rays * m79.blastCelsius / heat.capacity + 0.01f);
        assertThat(damage.bodyPoints).isGreaterThan(0f).isLessThan(rays * m79.damage);
        assertThat(damage.impulseX).isPositive();
        assertThat(damage.cause).isEqualTo("blast");
    }
}
