package com.judgmentday.ai;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.Box2D;
import com.badlogic.gdx.physics.box2d.PolygonShape;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.GdxNativesLoader;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Silent dangers as an agent sees them: the T-1000's blade winding up or someone going down, within range, in front of
 * the watcher (or right beside it), with no wall between.
 */
class SightTest {
    private World world;
    private EventLog events;
    private Sight sight;
    private Body watcher;
    private final Engine engine = new Engine();
    private final Entity t1000 = new Entity();

    @BeforeEach
    void setUp() {
        GdxNativesLoader.load();
        Box2D.init();
        world = new World(new Vector2(0f, -10f), true);
        events = new EventLog();
        sight = new Sight(events, world);
        BodyDef def = new BodyDef();
        def.type = BodyDef.BodyType.DynamicBody;
        watcher = world.createBody(def);
        // A wall from 100 to 101 m.
        BodyDef wallDef = new BodyDef();
        wallDef.position.set(100.5f, 5f);
        Body wall = world.createBody(wallDef);
        PolygonShape box = new PolygonShape();
        box.setAsBox(0.5f, 5f);
        wall.createFixture(box, 0f);
        box.dispose();
        IdentityComponent id = new IdentityComponent();
        id.id = 9;
        id.name = "t1000";
        t1000.add(id).add(new TransformComponent());
        engine.addEntity(t1000);
    }

    @AfterEach
    void tearDown() {
        world.dispose();
    }

    /** The T-1000 winds up its blade at (x, 1); a watcher at (from, 1) facing {@code facing} sees it or not. */
    private boolean seen(float x, float from, int facing) {
        t1000.getComponent(TransformComponent.class).x = x;
        t1000.getComponent(TransformComponent.class).y = 1f;
        events.event(EventType.T1000_ATTACK).who(9, "t1000").emit();
        sight.look(engine.getEntitiesFor(Family.all(IdentityComponent.class, TransformComponent.class).get()));
        assertThat(sight.count()).isEqualTo(1);
        watcher.setTransform(from, 1f, 0f);
        return sight.sees(0, watcher, from, 1f, facing, 15f);
    }

    @Test
    void theBladeIsSeenInFrontWithinRangeAndNotThroughAWall() {
        assertThat(seen(10f, 0f, 1)).as("10 m ahead").isTrue();
        assertThat(seen(10f, 0f, -1)).as("10 m behind its back").isFalse();
        assertThat(seen(1.5f, 0f, -1)).as("right behind it: it notices").isTrue();
        assertThat(seen(20f, 0f, 1)).as("20 m: too far").isFalse();
        assertThat(seen(105f, 95f, 1)).as("10 m ahead, through the wall").isFalse();
        assertThat(sight.source(0)).isEqualTo(9);
    }
}
