package com.judgmentday.screens;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;
import com.badlogic.gdx.ScreenAdapter;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.utils.TimeUtils;
import com.judgmentday.audio.GameAudio;
import com.judgmentday.audio.MusicId;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputRecorder;
import com.judgmentday.input.InputSource;
import com.judgmentday.render.DebugOverlay;
import com.judgmentday.render.Fonts;
import com.judgmentday.render.Hud;
import com.judgmentday.render.PixelScreen;
import com.judgmentday.render.WorldRenderer;
import com.judgmentday.render.art.PreparedArt;
import com.judgmentday.session.LevelSession;
import com.judgmentday.session.Reload;
import com.judgmentday.input.Action;
import com.judgmentday.settings.Bindings;
import com.judgmentday.settings.Settings;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;

/**
 * Plays a level in the window: accumulates real time, clamps it, steps the simulation at the fixed rate,
 * then renders with interpolation and a camera that follows the player. Rebuilds the level when its file
 * is saved (or F5), keeping the camera; shows the validator's problems when a save doesn't load. Pausing
 * is the menus' (they draw over it and hold it with {@link #setPaused}); the settings' game speed and
 * invulnerability assists apply every frame.
 */
public final class GameScreen extends ScreenAdapter {
    private static final String TAG = "judgment-day";
    /** Longest frame we try to catch up with; slower machines play in slow motion rather than spiral. */
    private static final float MAX_FRAME_SECONDS = 0.25f;
    /** How long Enter is held before scripted beats skip, seconds: a tap is not a skip. */
    static final float SKIP_HOLD_SECONDS = 0.5f;
    /** Visible world, metres: the virtual screen at its pixels per metre. */
    private static final float VIEW_WIDTH = PixelScreen.WIDTH / (float) PixelScreen.PIXELS_PER_METRE;
    private static final float VIEW_HEIGHT = PixelScreen.HEIGHT / (float) PixelScreen.PIXELS_PER_METRE;
    /** Shown while a level waits for its briefing to be read. */
    static final String START_PROMPT = "PRESS ANY KEY TO START";

    private final LevelSession session;
    private final InputSource input;
    private final InputRecorder recorder;
    private final String mode;
    private final GameAudio audio;
    private final PreparedArt art;
    private final Settings settings;
    /** False for recordings and replays: the invulnerability assist would make them play differently. */
    private final boolean assists;
    private final OrthographicCamera camera = new OrthographicCamera();
    private final PixelScreen pixels = new PixelScreen();
    private final CameraDirector director = new CameraDirector(camera);
    private final Hud hud;
    private final DebugOverlay overlay;
    private final ActionSet actions = new ActionSet();
    /** What was held as play began or resumed (the press that chose Play or Resume) counts once released. */
    private final HeldActions held = new HeldActions();
    private String helpLine = "";
    private final FixedStep clock = new FixedStep(Simulation.STEP_SECONDS, MAX_FRAME_SECONDS);
    private WorldRenderer renderer;
    private long rendererGeneration = -1;
    private boolean paused;
    /** How long Enter has been held, seconds (negative: it is not): held long enough, scripted beats jump to their end. */
    private float skipHeld = -1f;
    private boolean frozen;
    private boolean stepRequested;
    private float stepMicros;
    /** A player reads the level's briefing before the clock runs: it holds at its first tick until a key is pressed. */
    private boolean waiting;
    /** The ticks of the level's attempts before this one: the HUD's clock counts on from them. */
    private long earlierTicks;

    /** {@code fonts}: the game's, which outlive the screen. */
    public GameScreen(LevelSession session, InputSource input, InputRecorder recorder, String mode, Settings settings,
            boolean assists, GameAudio audio, Fonts fonts, PreparedArt art) {
        this.hud = new Hud(fonts);
        this.overlay = new DebugOverlay(fonts);
        this.audio = audio;
        this.art = art;
        this.session = session;
        this.input = input;
        this.recorder = recorder;
        this.mode = mode;
        this.settings = settings;
        this.assists = assists;
    }

    /**
     * {@code hold}: a player is at the controls, so a level with a briefing that starts at its spawn waits for a key
     * before its clock runs. False by default: replays, the bot, captures and measurements start at once.
     */
    public void holdForBriefing(boolean hold) {
        Simulation simulation = session.simulation();
        waiting = hold && session.startCheckpoint() == null && simulation != null && simulation.tick() == 0
                && !simulation.level().briefing.isEmpty();
    }

    /** This run is a retry: the HUD's clock starts at the earlier attempts' time, as the level-complete page adds it. */
    void countFrom(long ticks) {
        earlierTicks = ticks;
    }

    /** Holds the simulation (a menu is over it) or lets it run. */
    public void setPaused(boolean paused) {
        if (this.paused && !paused) {
            held.holdAll();
            helpLine = "";
        }
        this.paused = paused;
    }

    /** Keys the screen itself handles (the game handles fullscreen, the menus Esc). */
    public InputAdapter keys() {
        return new InputAdapter() {
            @Override
            public boolean keyDown(int keycode) {
                // Any key starts a level that waits for its briefing to be read; the key still does its own work,
                // but for Enter: held on, it skipped the opening scene the player had just started (a tester's).
                boolean starting = waiting;
                waiting = false;
                switch (keycode) {
                    case Keys.F1:
                    case Keys.F2:
                    case Keys.F3:
                    case Keys.F4:
                        overlay.toggle(DebugOverlay.View.values()[keycode - Keys.F1]);
                        return true;
                    case Keys.F5:
                        reload(session.reload(), "F5");
                        return true;
                    case Keys.P:
                        frozen = !frozen;
                        return true;
                    case Keys.N:
                        stepRequested = frozen;
                        return frozen;
                    case Keys.ENTER:
                        skipHeld = starting ? -1f : 0f;
                        return true;
                    default:
                        return false;
                }
            }

            @Override
            public boolean keyUp(int keycode) {
                if (keycode == Keys.ENTER) {
                    skipHeld = -1f;
                    return true;
                }
                return false;
            }
        };
    }

    @Override
    public void render(float delta) {
        Reload saved = session.update(TimeUtils.millis());
        if (saved != Reload.NONE) {
            reload(saved == Reload.RELOADED, "save");
        }
        Simulation simulation = session.simulation();
        int width = Gdx.graphics.getBackBufferWidth();
        int height = Gdx.graphics.getBackBufferHeight();
        if (simulation == null) {
            Gdx.gl.glClearColor(0f, 0f, 0f, 1f);
            Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
            hud.renderProblems(session.problems(), session.file().path(), width, height, false);
            return;
        }
        if (rendererGeneration != session.generation()) {
            startRendering(simulation);
        }
        advance(simulation, delta);
        audio.update(simulation);
        float alpha = clock.alpha();
        director.setShake(settings.screenShake);
        director.update(simulation, alpha, delta);
        pixels.begin();
        renderer.render(camera, alpha, delta);
        overlay.renderWorld(camera, simulation, alpha);
        pixels.end(width, height);
        String tag = input.finished(simulation.tick()) && !mode.isEmpty() ? mode + " ENDED" : mode;
        // The pause menu replaces the HUD's pause banner; a saved map's problems replace the HUD (its text ran under theirs).
        if (session.problems().isEmpty()) {
            hud.render(simulation, renderer.atlas(), camera, width, height, tag, earlierTicks, help(), waiting ? START_PROMPT : "");
        }
        overlay.renderText(simulation, width, height, Gdx.graphics.getFramesPerSecond(), delta * 1000f, stepMicros,
                session.lastReloadMillis(), frozen);
        if (!session.problems().isEmpty()) {
            hud.renderProblems(session.problems(), session.file().path(), width, height, true);
        }
    }

    private void advance(Simulation simulation, float delta) {
        // While a save with mistakes is listed over it, the last good level holds still: nothing is lost while the
        // designer reads.
        if (paused || simulation.outcome() != Outcome.RUNNING || !session.problems().isEmpty()) {
            return;
        }
        simulation.setInvulnerable(assists && settings.invulnerable);
        // Holding Enter jumps scripted beats to their end; a tap does not (a tester's Enter, meant for a page, skipped
        // the next map's opening).
        boolean byCode = mode.equals("REPLAY") || mode.equals("BOT");
        if (skipHeld >= 0f) {
            // A frame's hitch is not a held key: a tap must not become a skip.
            skipHeld += Math.min(delta, MAX_FRAME_SECONDS);
        }
        simulation.setSkippingBeats(skipHeld >= SKIP_HOLD_SECONDS && !byCode);
        if (waiting && !pressed()) {
            return;
        }
        int due = frozen ? (stepRequested ? 1 : 0) : clock.advance(delta * settings.gameSpeed);
        stepRequested = false;
        for (int i = 0; i < due && simulation.outcome() == Outcome.RUNNING; i++) {
            actions.clear();
            input.poll(simulation.tick(), actions);
            held.follow(simulation.controlled());
            if (!byCode) {
                held.filter(actions);
            }
            if (recorder != null) {
                recorder.record(actions);
            }
            long start = System.nanoTime();
            simulation.step(actions);
            stepMicros = stepMicros * 0.95f + (System.nanoTime() - start) / 1000f * 0.05f;
        }
    }

    private void reload(boolean succeeded, String why) {
        if (succeeded) {
            String sinceSave = why.equals("save")
                    ? ", " + (System.currentTimeMillis() - session.file().lastModified()) + " ms after the save" : "";
            Gdx.app.log(TAG, "level reloaded: " + session.file().path() + " in " + session.lastReloadMillis() + " ms ("
                    + why + sinceSave + ")");
            if (recorder != null) {
                recorder.restart();
            }
        } else {
            Gdx.app.error(TAG, "level not reloaded: " + session.file().path() + " has problems:\n  "
                    + session.problems().toString("\n  "));
        }
    }

    /** A new simulation (first load or reload) gets a new renderer; the camera stays where it was. */
    private void startRendering(Simulation simulation) {
        boolean first = renderer == null;
        if (renderer != null) {
            renderer.dispose();
        }
        renderer = new WorldRenderer(simulation, art);
        simulation.events().addListener(director);
        audio.listenTo(simulation.events());
        rendererGeneration = session.generation();
        if (first) {
            TransformComponent start = Mappers.TRANSFORM.get(simulation.controlled());
            camera.position.set(start.x, start.y, 0f);
            audio.playMusic(MusicId.CHASE);
        }
    }

    /** Whether a control (a gamepad's too) is newly pressed: that starts a waiting level. */
    private boolean pressed() {
        actions.clear();
        input.poll(0L, actions);
        held.filter(actions);
        waiting = actions.isEmpty();
        return !waiting;
    }

    /** The controls line from the player's key bindings (made again when play resumes: they may have changed). */
    private String help() {
        if (helpLine.isEmpty()) {
            Bindings keys = settings.keys;
            helpLine = "Move " + keys.name(Action.LEFT, 0) + "/" + keys.name(Action.RIGHT, 0) + "   Climb "
                    + keys.name(Action.UP, 0) + "/" + keys.name(Action.DOWN, 0) + "   Jump "
                    + keys.name(Action.JUMP, 0) + "   Fire " + keys.name(Action.FIRE, 0) + "   Reload "
                    + keys.name(Action.RELOAD, 0) + "   Weapon " + keys.name(Action.SWITCH_WEAPON, 0) + "   Interact "
                    + keys.name(Action.INTERACT, 0) + "   Pause Esc";
        }
        return helpLine;
    }

    @Override
    public void resize(int width, int height) {
        // The view is the virtual screen whatever the window; keep where the camera looks.
        float x = camera.position.x;
        float y = camera.position.y;
        camera.setToOrtho(false, VIEW_WIDTH, VIEW_HEIGHT);
        if (renderer != null) {
            camera.position.set(x, y, 0f);
            camera.update();
        }
    }

    @Override
    public void pause() {
        paused = true;
    }

    @Override
    public void dispose() {
        audio.stopListening();
        if (renderer != null) {
            renderer.dispose();
        }
        hud.dispose();
        overlay.dispose();
        pixels.dispose();
    }
}
