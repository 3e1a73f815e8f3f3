package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.Box2D;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.GdxNativesLoader;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HungComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.LoadComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.level.HazardDef;
import com.judgmentday.level.LoadDef;
import com.judgmentday.physics.BodyFactory;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One system, a real Box2D world and hand-made entities: a character hung from a load is carried under it with its
 * intents cleared; its feet in molten steel, it sinks out of the world once, told by character.sank.
 */
class HangSystemTest {
    private final EventLog events = new EventLog();
    private World world;
    private Engine engine;
    private Entity load;

    @BeforeEach
    void setUp() {
        GdxNativesLoader.load();
        Box2D.init();
        world = new World(new Vector2(0f, -9.8f), true);
        engine = new Engine();
        engine.addSystem(new HangSystem(0, events));
        LoadDef def = new LoadDef();
        def.name = "hook";
        def.width = 1f;
        def.height = 0.5f;
        def.x = 4.5f;
        def.y = 8f;
        def.chain = 2f;
        load = new Entity();
        LoadComponent chain = new LoadComponent();
        chain.def = def;
        chain.joint = new BodyFactory(world).load(load, new Entity(), def.anchorX(), def.anchorY(), def.chain + def.height / 2f,
                0f, def.width, def.height, 400f);
        load.add(chain);
        BodyComponent body = new BodyComponent();
        body.body = chain.joint.getBodyB();
        load.add(body);
        engine.addEntity(load);
    }

    @AfterEach
    void tearDown() {
        world.dispose();
    }

    private Entity t800(float x, float y) {
        Entity entity = new Entity();
        IdentityComponent identity = new IdentityComponent();
        identity.kind = EntityKind.CHARACTER;
        identity.name = "t800";
        entity.add(identity);
        CharacterComponent character = new CharacterComponent();
        character.def = TestContent.tuning().character("t800");
        character.height = character.def.height;
        entity.add(character);
        entity.add(new TransformComponent());
        BodyDef shape = new BodyDef();
        shape.type = BodyDef.BodyType.DynamicBody;
        shape.position.set(x, y);
        BodyComponent body = new BodyComponent();
        body.body = world.createBody(shape);
        entity.add(body);
        entity.add(new MoveIntentComponent());
        engine.addEntity(entity);
        return entity;
    }

    private void molten(float top) {
        Entity vat = new Entity();
        HazardComponent hazard = new HazardComponent();
        hazard.kind = HazardDef.Kind.MOLTEN;
        vat.add(hazard);
        ZoneComponent zone = new ZoneComponent();
        zone.x = 3f;
        zone.y = top - 1f;
        zone.width = 4f;
        zone.height = 1f;
        vat.add(zone);
        engine.addEntity(vat);
    }

    private void hang(Entity who) {
        HungComponent hung = new HungComponent();
        hung.load = load;
        who.add(hung);
    }

    @Test
    void aHungCharacterHangsUnderTheLoadWithNoControlsAndNoWeight() {
        Entity t800 = t800(1f, 1f);
        hang(t800);
        Mappers.INTENT.get(t800).moveX = 1f;
        engine.update(1f / 60f);
        Body body = Mappers.BODY.get(t800).body;
        float height = Mappers.CHARACTER.get(t800).height;
        assertThat(body.getPosition().x).isEqualTo(5f);
        assertThat(body.getPosition().y + height / 2f).as("its raised hand just under the load's bottom at 8 m")
                .isCloseTo(8f, within(0.05f));
        assertThat(body.getGravityScale()).isZero();
        assertThat(Mappers.INTENT.get(t800).moveX).as("no controls").isZero();
        assertThat(events.first(EventType.CHARACTER_SANK)).isNull();
    }

    @Test
    void itsFeetInMoltenSteelItSinksOnceAndLeavesTheWorld() {
        molten(7f);
        Entity t800 = t800(1f, 1f);
        hang(t800);
        engine.update(1f / 60f);
        engine.update(1f / 60f);
        HungComponent hung = Mappers.HUNG.get(t800);
        assertThat(hung.sunk).isTrue();
        assertThat(hung.surface).isEqualTo(7f);
        assertThat(Mappers.BODY.get(t800).body.isActive()).isFalse();
        assertThat(events.events().select(e -> e.type == EventType.CHARACTER_SANK)).hasSize(1);
        assertThat(events.first(EventType.CHARACTER_SANK).subject).isEqualTo("t800");
    }

    @Test
    void moltenSteelBelowTheFeetIsNoSinking() {
        molten(5f);
        Entity t800 = t800(1f, 1f);
        hang(t800);
        engine.update(1f / 60f);
        assertThat(Mappers.HUNG.get(t800).sunk).isFalse();
        assertThat(Mappers.BODY.get(t800).body.isActive()).isTrue();
    }
}
