package com.judgmentday.screens;

import com.badlogic.gdx.graphics.OrthographicCamera;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.ActionSet;
import com.judgmentday.render.PixelScreen;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The camera: inside the level, framed by camera zones, shaken by blasts only when shake is on. */
class CameraDirectorTest {
    static {
        // The camera's matrices use libGDX's native maths.
        com.badlogic.gdx.utils.GdxNativesLoader.load();
    }

    private final OrthographicCamera camera = new OrthographicCamera(PixelScreen.WIDTH / 20f, PixelScreen.HEIGHT / 20f);
    private final CameraDirector director = new CameraDirector(camera);
    private Simulation simulation;

    @AfterEach
    void tearDown() {
        simulation.dispose();
    }

    /** Five seconds: the look-ahead swings at its own, slower pace. */
    private void settle() {
        for (int i = 0; i < 300; i++) {
            simulation.step(new ActionSet());
            director.update(simulation, 1f, 1f / 60f);
        }
    }

    @Test
    void itStaysInsideTheLevelAndInsideTheZoneThePlayerStandsIn() {
        simulation = new Simulation(TestLevels.flat(100).player(50f).build(), TestContent.tuning(), 1L);
        settle();
        float half = camera.viewportWidth / 2f;
        assertThat(camera.position.x).isCloseTo(50f + 3f, within(0.3f));

        simulation.dispose();
        simulation = new Simulation(TestLevels.flat(100).player(50f).cameraZone(40f, 0f, 40f, 20f, 1f).build(),
                TestContent.tuning(), 1L);
        settle();
        assertThat(camera.position.x - half).as("the view's left edge stays in the zone").isGreaterThanOrEqualTo(40f - 0.01f);

        simulation.dispose();
        simulation = new Simulation(TestLevels.flat(100).player(2f).build(), TestContent.tuning(), 1L);
        settle();
        assertThat(camera.position.x).as("at the level's left end").isCloseTo(half, within(0.05f));
    }

    @Test
    void itFollowsTheControlledCharacterWhenControlSwitches() {
        simulation = new Simulation(TestLevels.flat(100).player(20f).build(), TestContent.tuning(), 1L);
        com.badlogic.ashley.core.Entity sarah = simulation.spawnCharacter("sarah", 70f, 1f);
        settle();
        assertThat(camera.position.x).isCloseTo(20f + 3f, within(0.3f));
        simulation.control(sarah);
        settle();
        assertThat(camera.position.x).as("on Sarah now").isCloseTo(70f + 3f, within(0.3f));
    }

    @Test
    void aBeatFramingSomethingKeepsThePlayerInThePictureAndLooksAwayOnlyWhileTheKeysAreTaken() {
        simulation = new Simulation(TestLevels.flat(300).player(50f).build(), TestContent.tuning(), 1L);
        settle();
        float y = camera.position.y;
        frame(90f, y);
        float half = camera.viewportWidth * camera.zoom / 2f;
        assertThat(camera.zoom).as("widened to hold both").isGreaterThan(1.2f).isLessThanOrEqualTo(CameraDirector.MAX_FRAMING_ZOOM);
        assertThat(camera.position.x - half).as("the player (x 50) in view").isLessThan(50f - 1f);
        assertThat(camera.position.x + half).as("the framed spot (x 90) in view").isGreaterThan(90f + 1f);

        frame(250f, y);
        assertThat(camera.position.x).as("too far to hold both, with the keys the player's: on the player, not blind")
                .isCloseTo(50f + 3f, within(0.5f));
        simulation.stage().lockTicks = 1000;
        frame(250f, y);
        assertThat(camera.position.x).as("too far to hold both, the keys taken: the framed spot alone").isCloseTo(250f, within(0.5f));
        assertThat(camera.zoom).isCloseTo(1f, within(0.05f));
    }

    /** A beat frames (x, y) at the normal zoom for as long as the camera takes to settle there. */
    private void frame(float x, float y) {
        for (int i = 0; i < 180; i++) {
            simulation.stage().cameraX = x;
            simulation.stage().cameraY = y;
            simulation.stage().cameraZoom = 1f;
            simulation.stage().cameraTicks = 10;
            director.update(simulation, 1f, 1f / 60f);
        }
    }

    /** John 60 m from the player and 10 m from the T-1000, his life a goal of the level. */
    private static Simulation johnInDanger() {
        com.judgmentday.level.LevelDef level = TestLevels.flat(100).player(80f).john(20f).t1000(30f).build();
        level.objectives.addAll(com.judgmentday.stage.StageText.objectives("john: protect john | Keep John alive",
                new com.badlogic.gdx.utils.Array<>()));
        return new Simulation(level, TestContent.tuning(), 1L);
    }

    @Test
    void aLevelLostWithJohnCaughtLooksAtJohn() {
        simulation = johnInDanger();
        for (int i = 0; i < 900 && simulation.outcome() == com.judgmentday.sim.Outcome.RUNNING; i++) {
            simulation.step(new ActionSet());
            director.update(simulation, 1f, 1f / 60f);
        }
        assertThat(simulation.outcomeReason()).isEqualTo("John caught by the T-1000");
        float john = com.judgmentday.components.Mappers.TRANSFORM.get(simulation.john()).x;
        assertThat(camera.position.x).as("ahead of the player (x 80) until then").isGreaterThan(70f);
        for (int i = 0; i < 90; i++) {
            director.update(simulation, 1f, 1f / 60f);
        }
        assertThat(camera.position.x).as("on John, not ahead of the player").isCloseTo(john, within(0.5f));
    }

    @Test
    void johnPlayedAndCaughtIsToldSo() {
        // The Galleria opens on John: caught running, the game-over tip must not tell him to shield himself.
        simulation = johnInDanger();
        simulation.control(simulation.john());
        for (int i = 0; i < 900 && simulation.outcome() == com.judgmentday.sim.Outcome.RUNNING; i++) {
            simulation.step(new ActionSet());
        }
        assertThat(simulation.outcomeReason()).isEqualTo("John caught by the T-1000 (played)");
    }

    @Test
    void turningSwingsTheLookAheadOverASecondOrMoreRatherThanAtOnce() {
        // Round 23: "the camera re-centres in jumps during the stands", turning to fire and back.
        simulation = new Simulation(TestLevels.flat(100).player(50f).build(), TestContent.tuning(), 1L);
        settle();
        float before = camera.position.x;
        ActionSet left = new ActionSet();
        left.add(com.judgmentday.input.Action.LEFT);
        simulation.step(left);
        float player = com.judgmentday.components.Mappers.TRANSFORM.get(simulation.controlled()).x;
        for (int i = 0; i < 20; i++) {
            director.update(simulation, 1f, 1f / 60f);
        }
        assertThat(before - camera.position.x).as("a third of a second after turning, metres moved")
                .isLessThan(1.5f).isPositive();
        settle();
        assertThat(camera.position.x).as("then ahead on the other side").isLessThan(player - 2f);
    }

    @Test
    void aBlastShakesTheViewOnlyWhenShakeIsOn() {
        simulation = new Simulation(TestLevels.flat(100).player(50f).build(), TestContent.tuning(), 1L);
        settle();
        assertThat(shakenOverTenFrames(false)).as("shake off: the view holds still").isFalse();
        assertThat(shakenOverTenFrames(true)).as("shake on: the view jumps").isTrue();
    }

    /** Sets off a blast and reports whether the view moved while the player stood still. */
    private boolean shakenOverTenFrames(boolean shake) {
        director.setShake(shake);
        director.update(simulation, 1f, 1f / 60f);
        float x = camera.combined.val[12];
        float y = camera.combined.val[13];
        director.onEvent(new GameEvent(1, EventType.EXPLOSION, GameEvent.NOBODY, "m79", GameEvent.NOBODY, "", "m79", Float.NaN, "fuse", Float.NaN, Float.NaN));
        boolean moved = false;
        for (int i = 0; i < 10; i++) {
            director.update(simulation, 1f, 1f / 60f);
            moved |= Math.abs(camera.combined.val[12] - x) > 1e-4f || Math.abs(camera.combined.val[13] - y) > 1e-4f;
        }
        for (int i = 0; i < 120; i++) {
            director.update(simulation, 1f, 1f / 60f);
        }
        return moved;
    }
}
