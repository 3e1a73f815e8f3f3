package com.judgmentday.screens;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;
import com.badlogic.gdx.ScreenAdapter;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.utils.viewport.ExtendViewport;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputRecorder;
import com.judgmentday.input.InputSource;
import com.judgmentday.render.Hud;
import com.judgmentday.render.WorldRenderer;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;

/**
 * Plays a level in the window: accumulates real time, clamps it, steps the simulation at the fixed rate,
 * then renders with interpolation and a camera that follows the player. Esc pauses.
 */
public final class GameScreen extends ScreenAdapter {
    /** Longest frame we try to catch up with; slower machines play in slow motion rather than spiral. */
    private static final float MAX_FRAME_SECONDS = 0.25f;
    /** Visible world height, metres (about 42 px per metre at 720p). */
    private static final float VIEW_HEIGHT = 16.875f;
    private static final float VIEW_WIDTH = 30f;

    private final Simulation simulation;
    private final InputSource input;
    private final InputRecorder recorder;
    private final String mode;
    private final OrthographicCamera camera = new OrthographicCamera();
    private final ExtendViewport viewport = new ExtendViewport(VIEW_WIDTH, VIEW_HEIGHT, camera);
    private final WorldRenderer renderer;
    private final Hud hud = new Hud();
    private final ActionSet actions = new ActionSet();
    private final FixedStep clock = new FixedStep(Simulation.STEP_SECONDS, MAX_FRAME_SECONDS);
    private boolean paused;

    public GameScreen(Simulation simulation, InputSource input, InputRecorder recorder, String mode) {
        this.simulation = simulation;
        this.input = input;
        this.recorder = recorder;
        this.mode = mode;
        this.renderer = new WorldRenderer(simulation);
        TransformComponent start = Mappers.TRANSFORM.get(simulation.player());
        camera.position.set(start.x, start.y, 0f);
    }

    /** Keys the screen itself handles (the game handles fullscreen). */
    public InputAdapter keys() {
        return new InputAdapter() {
            @Override
            public boolean keyDown(int keycode) {
                if (keycode == Keys.ESCAPE) {
                    if (simulation.outcome() != Outcome.RUNNING) {
                        Gdx.app.exit();
                    } else {
                        paused = !paused;
                    }
                    return true;
                }
                if (keycode == Keys.Q && paused) {
                    Gdx.app.exit();
                    return true;
                }
                return false;
            }
        };
    }

    @Override
    public void render(float delta) {
        if (!paused && simulation.outcome() == Outcome.RUNNING) {
            int due = clock.advance(delta);
            for (int i = 0; i < due && simulation.outcome() == Outcome.RUNNING; i++) {
                actions.clear();
                input.poll(simulation.tick(), actions);
                if (recorder != null) {
                    recorder.record(actions);
                }
                simulation.step(actions);
            }
        }
        float alpha = clock.alpha();
        follow(alpha, delta);
        viewport.apply();
        Gdx.gl.glClearColor(0f, 0f, 0f, 1f);
        Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        renderer.render(camera, alpha, delta);
        Gdx.gl.glViewport(0, 0, Gdx.graphics.getBackBufferWidth(), Gdx.graphics.getBackBufferHeight());
        String tag = mode;
        if (input.finished(simulation.tick()) && !tag.isEmpty()) {
            tag = tag + " ENDED";
        }
        hud.render(simulation, Gdx.graphics.getWidth(), Gdx.graphics.getHeight(), paused, tag);
    }

    /** Eases the camera toward a point ahead of the player, kept inside the level. */
    private void follow(float alpha, float delta) {
        TransformComponent t = Mappers.TRANSFORM.get(simulation.player());
        CharacterComponent character = Mappers.CHARACTER.get(simulation.player());
        float targetX = WorldRenderer.lerpX(t, alpha) + character.facing * 3f;
        float targetY = WorldRenderer.lerpY(t, alpha) + 1.5f;
        float ease = Math.min(1f, delta * 5f);
        camera.position.x += (targetX - camera.position.x) * ease;
        camera.position.y += (targetY - camera.position.y) * ease;
        float halfW = camera.viewportWidth / 2f;
        float halfH = camera.viewportHeight / 2f;
        float width = simulation.level().width;
        float height = simulation.level().height;
        camera.position.x = width > 2 * halfW ? MathUtils.clamp(camera.position.x, halfW, width - halfW) : width / 2f;
        camera.position.y = height > 2 * halfH ? MathUtils.clamp(camera.position.y, halfH, height - halfH) : halfH;
        camera.update();
    }

    @Override
    public void resize(int width, int height) {
        viewport.update(width, height);
    }

    @Override
    public void pause() {
        paused = true;
    }

    @Override
    public void dispose() {
        renderer.dispose();
        hud.dispose();
    }
}
