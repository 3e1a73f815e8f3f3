package com.judgmentday.screens;

import com.badlogic.gdx.Game;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Graphics;
import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;
import com.badlogic.gdx.InputMultiplexer;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.PixmapIO;
import com.badlogic.gdx.graphics.profiling.GLProfiler;
import com.badlogic.gdx.utils.BufferUtils;
import com.badlogic.gdx.utils.ScreenUtils;
import com.judgmentday.controls.CombinedInput;
import com.judgmentday.controls.GamepadInput;
import com.judgmentday.controls.KeyboardInput;
import com.judgmentday.input.InputRecorder;
import com.judgmentday.input.InputSource;
import com.judgmentday.session.LevelSession;
import com.judgmentday.sim.Simulation;
import com.judgmentday.sim.StateHasher;

import java.io.IOException;

/** The application: opens the level the options name, handles fullscreen, recording and automated captures. */
public final class JudgmentDayGame extends Game {
    private static final String TAG = "judgment-day";
    private final GameOptions options;
    private LevelSession session;
    private InputRecorder recorder;
    private FrameRecorder bench;
    private int frames;

    public JudgmentDayGame(GameOptions options) {
        this.options = options;
    }

    /** True once the window is up and the level running: failures after this are bugs, not set-up. */
    public boolean created() {
        return session != null;
    }

    @Override
    public void create() {
        session = new LevelSession(options.levelFile, options.tuning, options.seed, options.checkpoint, options.watchLevel());
        KeyboardInput keyboard = new KeyboardInput(Gdx.input);
        InputSource input;
        String mode;
        if (options.replay != null) {
            input = options.replay.player();
            mode = "REPLAY";
        } else {
            input = new CombinedInput(keyboard, new GamepadInput());
            mode = options.record != null ? "REC" : "";
        }
        if (options.record != null) {
            recorder = new InputRecorder(options.levelName, options.seed, options.version, options.checkpoint);
        }
        GameScreen screen = new GameScreen(session, input, recorder, mode);
        Gdx.input.setInputProcessor(new InputMultiplexer(windowKeys(), screen.keys(), keyboard));
        if (options.fullscreen) {
            toggleFullscreen();
        }
        setScreen(screen);
        if (options.benchFrames > 0) {
            bench = new FrameRecorder(new GLProfiler(Gdx.graphics), options.benchFrames);
        }
        Gdx.app.log(TAG, "playing " + options.levelFile.path() + " (seed " + options.seed + ")"
                + (options.watchLevel() ? ", reloading it when it is saved" : ""));
    }

    @Override
    public void render() {
        if (bench != null) {
            bench.frameStarted(System.nanoTime());
            if (bench.done()) {
                Gdx.app.log(TAG, bench.summary(Gdx.graphics.getBackBufferWidth(), Gdx.graphics.getBackBufferHeight()));
                bench = null;
                Gdx.app.exit();
            }
        }
        super.render();
        frames++;
        if (options.screenshot != null && frames == options.screenshotFrames) {
            saveScreenshot();
            Gdx.app.exit();
        }
    }

    private InputAdapter windowKeys() {
        return new InputAdapter() {
            @Override
            public boolean keyDown(int keycode) {
                boolean altEnter = keycode == Keys.ENTER
                        && (Gdx.input.isKeyPressed(Keys.ALT_LEFT) || Gdx.input.isKeyPressed(Keys.ALT_RIGHT));
                if (keycode == Keys.F11 || altEnter) {
                    toggleFullscreen();
                    return true;
                }
                return false;
            }
        };
    }

    private void toggleFullscreen() {
        if (Gdx.graphics.isFullscreen()) {
            Gdx.graphics.setWindowedMode(1280, 720);
        } else {
            Graphics.DisplayMode mode = Gdx.graphics.getDisplayMode();
            Gdx.graphics.setFullscreenMode(mode);
        }
    }

    private void saveScreenshot() {
        int width = Gdx.graphics.getBackBufferWidth();
        int height = Gdx.graphics.getBackBufferHeight();
        byte[] pixels = ScreenUtils.getFrameBufferPixels(0, 0, width, height, true);
        for (int i = 3; i < pixels.length; i += 4) {
            pixels[i] = (byte) 255;
        }
        Pixmap pixmap = new Pixmap(width, height, Pixmap.Format.RGBA8888);
        try {
            BufferUtils.copy(pixels, 0, pixmap.getPixels(), pixels.length);
            FileHandle target = new FileHandle(options.screenshot.toAbsolutePath().toFile());
            PixmapIO.writePNG(target, pixmap);
            Gdx.app.log(TAG, "screenshot saved: " + target.path() + " after " + frames + " frames");
        } finally {
            pixmap.dispose();
        }
    }

    @Override
    public void dispose() {
        super.dispose();
        if (getScreen() != null) {
            getScreen().dispose();
        }
        if (recorder != null) {
            try {
                recorder.write(options.record);
                Gdx.app.log(TAG, "recorded " + recorder.ticks() + " ticks to " + options.record);
            } catch (IOException e) {
                Gdx.app.error(TAG, "could not write the recording " + options.record + ": " + e.getMessage());
            }
        }
        Simulation simulation = session == null ? null : session.simulation();
        if (simulation != null) {
            // The same line a headless playtest of the recording can be checked against.
            Gdx.app.log(TAG, "final state " + StateHasher.hex(new StateHasher(simulation).hash(simulation))
                    + " at tick " + simulation.tick());
        }
        if (session != null) {
            session.dispose();
        }
    }
}
