package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.Box2D;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.GdxNativesLoader;
import com.judgmentday.components.ArmComponent;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.content.TuningDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One system and hand-made entities (a bare Box2D body to hold): an arm caught, held, cut free, one-armed after. */
class CaughtSystemTest {
    private final TuningDef tuning = TestContent.tuning();
    private final EventLog events = new EventLog();
    private World world;
    private Engine engine;

    @BeforeEach
    void setUp() {
        GdxNativesLoader.load();
        Box2D.init();
        world = new World(new Vector2(0f, 0f), true);
        engine = new Engine();
        engine.addSystem(new CaughtSystem(0, events));
    }

    @AfterEach
    void tearDown() {
        world.dispose();
    }

    private Entity character(String def, float x) {
        Entity entity = new Entity();
        IdentityComponent identity = new IdentityComponent();
        identity.kind = EntityKind.CHARACTER;
        identity.name = def;
        entity.add(identity);
        CharacterComponent body = new CharacterComponent();
        body.def = tuning.character(def);
        entity.add(body);
        TransformComponent at = new TransformComponent();
        at.x = x;
        at.y = 1f;
        entity.add(at);
        BodyDef shape = new BodyDef();
        shape.type = BodyDef.BodyType.DynamicBody;
        shape.position.set(x, 1f);
        Body made = world.createBody(shape);
        BodyComponent held = new BodyComponent();
        held.body = made;
        entity.add(held);
        entity.add(new MoveIntentComponent());
        entity.add(new InputComponent());
        HealthComponent health = new HealthComponent();
        health.health = health.max = 100f;
        entity.add(health);
        WeaponComponent weapons = new WeaponComponent();
        weapons.slots.add(new WeaponSlot(tuning.weapons.get("m16")));
        weapons.slots.add(new WeaponSlot(tuning.weapons.get("shotgun")));
        entity.add(weapons);
        engine.addEntity(entity);
        return entity;
    }

    private void tick(int ticks) {
        for (int i = 0; i < ticks; i++) {
            engine.update(1f / 60f);
        }
    }

    @Test
    void machineryHoldsOnlyWhomTuningLetsItAndOnlyAnArmItStillHas() {
        assertThat(Arms.catchArm(character("t1000", 2f), "cogs", events)).as("liquid metal pours out").isFalse();
        assertThat(Arms.catchArm(character("john", 3f), "cogs", events)).as("no cutFreeSeconds").isFalse();
        Entity t800 = character("t800", 4f);
        assertThat(Arms.catchArm(t800, "cogs", events)).isTrue();
        assertThat(Arms.catchArm(t800, "cogs", events)).as("caught already").isFalse();
        Arms.lose(t800, events);
        assertThat(Arms.catchArm(t800, "cogs", events)).as("the arm is gone").isFalse();
        assertThat(events.events()).filteredOn(e -> e.type == EventType.ARM_CAUGHT).hasSize(1);
    }

    @Test
    void heldWhereItWasCaughtItsIntentsGoneUntilInteractIsHeldForItsCutFreeSeconds() {
        Entity t800 = character("t800", 4f);
        Arms.catchArm(t800, "cogs", events);
        MoveIntentComponent intent = t800.getComponent(MoveIntentComponent.class);
        intent.moveX = 1f;
        intent.fire = true;
        intent.jump = true;
        Body body = t800.getComponent(BodyComponent.class).body;
        body.setTransform(5f, 1f, 0f);
        tick(1);
        assertThat(intent.moveX).isZero();
        assertThat(intent.fire || intent.jump).isFalse();
        assertThat(body.getPosition().x).as("pulled back to where it was caught").isEqualTo(4f);

        int needed = Math.round(tuning.character("t800").cutFreeSeconds * 60f);
        tick(needed);
        assertThat(t800.getComponent(ArmComponent.class).cutTicks).as("nobody holds Interact").isZero();
        InputComponent input = t800.getComponent(InputComponent.class);
        input.current.add(Action.INTERACT);
        HealthComponent health = t800.getComponent(HealthComponent.class);
        health.shutdownTicks = 10;
        tick(10);
        assertThat(t800.getComponent(ArmComponent.class).cutTicks).as("shut down, it can't cut").isZero();
        health.shutdownTicks = 0;
        tick(needed - 1);
        assertThat(CaughtSystem.progress(t800)).isLessThan(1f).isGreaterThan(0.9f);
        assertThat(events.first(EventType.ARM_CUT_FREE)).isNull();
        tick(1);
        ArmComponent arm = t800.getComponent(ArmComponent.class);
        assertThat(arm.caught).isFalse();
        assertThat(arm.oneArmed).isTrue();
        assertThat(events.first(EventType.ARM_CUT_FREE).what).isEqualTo("cogs");
        WeaponComponent weapons = t800.getComponent(WeaponComponent.class);
        assertThat(weapons.held().def.name).as("the M16 takes two hands").isEqualTo("shotgun");
        assertThat(events.first(EventType.WEAPON_SWITCHED).what).isEqualTo("shotgun");
    }
}
