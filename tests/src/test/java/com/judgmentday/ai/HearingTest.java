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
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.content.HearingDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Noises as any agent hears them: a shot carries 60 m in the open and half that through a wall, a blast farther,
 * glass less; a listener beyond that hears nothing.
 */
class HearingTest {
    private World world;
    private EventLog events;
    private Hearing hearing;
    private Body listener;
    private final Engine engine = new Engine();

    @BeforeEach
    void setUp() {
        GdxNativesLoader.load();
        Box2D.init();
        world = new World(new Vector2(0f, -10f), true);
        events = new EventLog();
        hearing = new Hearing(events, world, new HearingDef());
        listener = body(BodyDef.BodyType.DynamicBody, 0f, 1f, 0.3f, 0.9f);
        // A wall from 100 to 101 m, 10 m high.
        body(BodyDef.BodyType.StaticBody, 100.5f, 5f, 0.5f, 5f);
    }

    @AfterEach
    void tearDown() {
        world.dispose();
    }

    private Body body(BodyDef.BodyType type, float x, float y, float halfWidth, float halfHeight) {
        BodyDef def = new BodyDef();
        def.type = type;
        def.position.set(x, y);
        Body body = world.createBody(def);
        PolygonShape box = new PolygonShape();
        box.setAsBox(halfWidth, halfHeight);
        body.createFixture(box, 1f);
        box.dispose();
        return body;
    }

    /** One noise of the type at (x, 0), heard (or not) by a listener at (from, 1). */
    private boolean heard(EventType type, float x, float from) {
        events.event(type).at(x, 0f).emit();
        hearing.listen(engine.getEntitiesFor(Family.all(CharacterComponent.class).get()));
        assertThat(hearing.count()).isEqualTo(1);
        listener.setTransform(from, 1f, 0f);
        return hearing.hears(0, listener, from, 1f);
    }

    @Test
    void aShotCarriesSixtyMetresInTheOpenAndHalfThatThroughAWall() {
        assertThat(heard(EventType.WEAPON_FIRED, 0f, 55f)).as("55 m in the open").isTrue();
        assertThat(heard(EventType.WEAPON_FIRED, 0f, 65f)).as("65 m: too far").isFalse();
        assertThat(heard(EventType.WEAPON_FIRED, 80f, 108f)).as("28 m through the wall").isTrue();
        assertThat(heard(EventType.WEAPON_FIRED, 60f, 108f)).as("48 m through the wall: muffled away").isFalse();
        assertThat(heard(EventType.WEAPON_FIRED, 60f, 12f)).as("48 m on the open side").isTrue();
    }

    @Test
    void aNoiseFadesWithDistanceAndAWallHalvesItsReach() {
        heard(EventType.WEAPON_FIRED, 0f, 30f);
        assertThat(hearing.loudness(0, listener, 30f, 1f)).as("half way out of 60 m").isCloseTo(0.5f, org.assertj.core.data.Offset.offset(0.02f));
        heard(EventType.WEAPON_FIRED, 0f, 6f);
        assertThat(hearing.loudness(0, listener, 6f, 1f)).isCloseTo(0.9f, org.assertj.core.data.Offset.offset(0.02f));
        heard(EventType.WEAPON_FIRED, 95f, 110f);
        assertThat(hearing.loudness(0, listener, 110f, 1f)).as("15 m through the wall: half of 30").isCloseTo(0.5f,
                org.assertj.core.data.Offset.offset(0.02f));
        heard(EventType.WEAPON_FIRED, 0f, 70f);
        assertThat(hearing.loudness(0, listener, 70f, 1f)).isZero();
    }

    @Test
    void aBlastCarriesFartherAndBreakingGlassAndAScreamLessThanAShot() {
        assertThat(heard(EventType.EXPLOSION, 0f, 75f)).isTrue();
        assertThat(heard(EventType.BREAKABLE_BROKEN, 0f, 25f)).isTrue();
        assertThat(heard(EventType.BREAKABLE_BROKEN, 0f, 35f)).isFalse();
        assertThat(heard(EventType.PERSON_SCREAMED, 0f, 24f)).as("a scream carries 25 m").isTrue();
        assertThat(heard(EventType.PERSON_SCREAMED, 0f, 26f)).isFalse();
        events.event(EventType.PERSON_SCREAMED).who(7, "civilian#7").at(0f, 0f).emit();
        hearing.listen(engine.getEntitiesFor(Family.all(CharacterComponent.class).get()));
        assertThat(hearing.source(0)).as("whose it is: nobody is frightened by their own").isEqualTo(7);
        events.event(EventType.LINE_SAID).at(0f, 0f).emit();
        hearing.listen(engine.getEntitiesFor(Family.all(CharacterComponent.class).get()));
        assertThat(hearing.count()).as("a line said is not a noise").isZero();
    }

    @Test
    void theLeastLoudnessIsWhatANoiseHasAtLeastInTheOpenOrThroughAWall() {
        for (float from = 70f; from <= 130f; from += 2.5f) {
            events.event(EventType.WEAPON_FIRED).at(90f, 0f).emit();
            hearing.listen(engine.getEntitiesFor(Family.all(CharacterComponent.class).get()));
            listener.setTransform(from, 1f, 0f);
            float loudness = hearing.loudness(0, listener, from, 1f);
            float least = hearing.leastLoudness(0, from, 1f);

            assertThat(least).as("at %s m", from).isLessThanOrEqualTo(loudness);
            if (from > 101f) {
                assertThat(least).as("through the wall, at %s m", from).isEqualTo(loudness);
            }
        }
    }
}
