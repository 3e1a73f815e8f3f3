package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntityListener;
import com.badlogic.ashley.core.Family;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.Box2D;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.GdxNativesLoader;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.FragmentComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.Material;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.PersonDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.physics.BodyFactory;
import com.judgmentday.sim.EntityFactory;
import com.judgmentday.sim.RunState;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fall rule alone (its engine, a Box2D world, bodies put where they are): what leaving the level does to each. */
class BoundsSystemTest {
    private final LevelDef level = new LevelDef();
    private final EventLog events = new EventLog();
    private final RunState run = new RunState();
    private final Engine engine = new Engine();
    private World world;
    private BodyFactory bodies;
    private EntityFactory factory;
    private SpawnDef t1000Spawn;

    @BeforeEach
    void setUp() {
        GdxNativesLoader.load();
        Box2D.init();
        world = new World(new Vector2(0f, -24f), true);
        bodies = new BodyFactory(world);
        factory = new EntityFactory(engine, bodies, TestContent.tuning());
        level.width = 20f;
        level.height = 10f;
        t1000Spawn = new SpawnDef();
        t1000Spawn.kind = SpawnDef.Kind.T1000;
        t1000Spawn.character = "t1000";
        t1000Spawn.look = "police";
        t1000Spawn.x = 15f;
        t1000Spawn.y = 1f;
        level.spawns.add(t1000Spawn);
        engine.addSystem(new BoundsSystem(0, level, events, run));
        // As the simulation does: a removed entity's body goes through the factory's queue.
        engine.addEntityListener(Family.all(BodyComponent.class).get(), new EntityListener() {
            @Override
            public void entityAdded(Entity entity) { }

            @Override
            public void entityRemoved(Entity entity) {
                bodies.destroy(Mappers.BODY.get(entity).body);
            }
        });
    }

    @AfterEach
    void tearDown() {
        world.dispose();
    }

    private void at(Entity entity, float x, float y) {
        Mappers.BODY.get(entity).body.setTransform(x, y, 0f);
        engine.update(1f / 60f);
    }

    private GameEvent only(EventType type) {
        GameEvent found = null;
        for (GameEvent event : events.events()) {
            if (event.type == type) {
                assertThat(found).as("one " + type.id).isNull();
                found = event;
            }
        }
        assertThat(found).as(type.id).isNotNull();
        return found;
    }

    @Test
    void aCharacterBelowTheMapIsDownForGoodByNameAndStopsWhereItLeft() {
        Entity john = factory.standing("john", 5f, 1f);
        at(john, 5f, -BoundsSystem.MARGIN - 0.1f);
        GameEvent down = only(EventType.CHARACTER_DOWN);
        assertThat(down.subject).isEqualTo("john");
        assertThat(down.what).isEqualTo("fall");
        assertThat(down.detail()).isEqualTo("John fell from the level");
        assertThat(only(EventType.BODY_FELL).what).isEqualTo("character");
        assertThat(Mappers.HEALTH.get(john).dead).isTrue();
        assertThat(Mappers.BODY.get(john).body.isActive()).as("stopped: it falls no further").isFalse();
        engine.update(1f / 60f);
        assertThat(events.events().size).as("taken once").isEqualTo(2);
        assertThat(run.casualties).isEmpty();
    }

    @Test
    void theT800PastASideIsDownWithItsTitle() {
        Entity t800 = factory.standing("t800", 5f, 1f);
        at(t800, -BoundsSystem.MARGIN - 0.1f, 3f);
        assertThat(only(EventType.CHARACTER_DOWN).detail()).isEqualTo("The T-800 fell from the level");
    }

    @Test
    void aPersonWhoFallsOutIsACasualtyOfTheFall() {
        PersonDef def = new PersonDef();
        def.objectId = 7;
        def.role = "guard";
        def.line = "";
        def.x = 5f;
        def.y = 1f;
        Entity guard = factory.person(def);
        at(guard, level.width + BoundsSystem.MARGIN + 0.1f, 2f);
        assertThat(run.casualties).hasSize(1);
        assertThat(run.casualties.first().cause).isEqualTo("fall");
        assertThat(run.casualties.first().role).isEqualTo("guard");
        assertThat(only(EventType.CASUALTY).what).isEqualTo("fall");
        assertThat(events.first(EventType.CHARACTER_DOWN)).as("a casualty, as a person shot dead is").isNull();
    }

    @Test
    void theT1000ClimbsBackInAtItsSpawnAndPlansAfresh() {
        Entity t1000 = factory.t1000(t1000Spawn, "police", null);
        Mappers.ROUTE.get(t1000).path.add(3);
        at(t1000, 4f, -5f);
        Body body = Mappers.BODY.get(t1000).body;
        assertThat(body.isActive()).isTrue();
        assertThat(body.getPosition().x).isEqualTo(15f);
        assertThat(body.getPosition().y - Mappers.CHARACTER.get(t1000).height / 2f).isCloseTo(1f,
                org.assertj.core.data.Offset.offset(0.05f));
        assertThat(Mappers.TRANSFORM.get(t1000).prevX).as("no streak across the level").isEqualTo(15f);
        assertThat(Mappers.ROUTE.get(t1000).path.size).isZero();
        assertThat(only(EventType.T1000_RETURNED).x).isEqualTo(15f);
        assertThat(events.first(EventType.T1000_MELTED)).isNull();
    }

    @Test
    void theLastShardOfAShatteredT1000ToFallOutBringsItBackWhole() {
        Entity t1000 = factory.t1000(t1000Spawn, "police", null);
        LiquidComponent liquid = Mappers.LIQUID.get(t1000);
        liquid.material = Material.SHATTERED;
        Mappers.BODY.get(t1000).body.setActive(false);
        Entity first = factory.fragment(t1000, 5f, 2f, 0.3f, 0.5f, -100f, 0f, 0f, 0f, false);
        Entity second = factory.fragment(t1000, 6f, 2f, 0.3f, 0.5f, -100f, 0f, 0f, 0f, false);
        at(first, 5f, -3f);
        assertThat(engine.getEntities()).doesNotContain(first);
        assertThat(Mappers.FRAGMENT.get(first).lost).isTrue();
        assertThat(only(EventType.BODY_FELL).what).isEqualTo("fragment");
        assertThat(liquid.material).as("one shard is still in the level").isEqualTo(Material.SHATTERED);
        at(second, 6f, -3f);
        assertThat(liquid.material).isEqualTo(Material.LIQUID);
        assertThat(Mappers.BODY.get(t1000).body.isActive()).isTrue();
        assertThat(Mappers.BODY.get(t1000).body.getPosition().x).isEqualTo(15f);
        assertThat(engine.getEntitiesFor(Family.all(FragmentComponent.class).get()).size()).isZero();
    }

    @Test
    void aLooseCrateIsRemovedAndItsBodyGoesThroughTheFactory() {
        AreaDef area = new AreaDef();
        area.name = "crate#3";
        area.x = 5f;
        area.y = 1f;
        area.width = 1f;
        area.height = 1f;
        Entity crate = factory.crate(area);
        Body body = Mappers.BODY.get(crate).body;
        at(crate, 5f, -BoundsSystem.MARGIN - 0.5f);
        assertThat(engine.getEntities()).doesNotContain(crate);
        assertThat(bodies.queued(body)).isTrue();
        GameEvent fell = only(EventType.BODY_FELL);
        assertThat(fell.subject).isEqualTo("crate#3");
        assertThat(fell.what).isEqualTo("crate");
    }

    @Test
    void straddlingAnEdgeOrFlyingAboveTheTopIsStillInTheLevel() {
        Entity t800 = factory.standing("t800", 5f, 1f);
        at(t800, -BoundsSystem.MARGIN + 0.1f, -BoundsSystem.MARGIN + 0.1f);
        at(t800, level.width + BoundsSystem.MARGIN - 0.1f, 3f);
        at(t800, 5f, level.height + 30f);
        assertThat(events.events().size).isZero();
        assertThat(Mappers.HEALTH.get(t800).dead).isFalse();
    }

    @Test
    void aCharacterAlreadyDeadFallsWithoutDyingTwice() {
        Entity john = factory.standing("john", 5f, 1f);
        Mappers.HEALTH.get(john).dead = true;
        at(john, 5f, -3f);
        assertThat(events.first(EventType.CHARACTER_DOWN)).isNull();
        assertThat(only(EventType.BODY_FELL).subject).isEqualTo("john");
        assertThat(Mappers.BODY.get(john).body.isActive()).isFalse();
    }
}
