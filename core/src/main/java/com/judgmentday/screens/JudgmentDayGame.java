package com.judgmentday.screens;

import com.badlogic.gdx.Game;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;
import com.badlogic.gdx.InputMultiplexer;
import com.badlogic.gdx.InputProcessor;
import com.badlogic.gdx.controllers.Controllers;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.profiling.GLProfiler;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.audio.GameAudio;
import com.judgmentday.audio.MusicId;
import com.judgmentday.controls.CombinedInput;
import com.judgmentday.controls.GamepadInput;
import com.judgmentday.controls.KeyMenuInput;
import com.judgmentday.controls.KeyboardInput;
import com.judgmentday.controls.MouseMenuInput;
import com.judgmentday.controls.PadMenuInput;
import com.judgmentday.input.InputRecorder;
import com.judgmentday.bot.BotLoader;
import com.judgmentday.input.InputScript;
import com.judgmentday.input.InputSource;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelSummary;
import com.judgmentday.menu.Credits;
import com.judgmentday.menu.Tips;
import com.judgmentday.menu.MenuFlow;
import com.judgmentday.menu.MenuHost;
import com.judgmentday.menu.MenuLayout;
import com.judgmentday.menu.Page;
import com.judgmentday.render.Fonts;
import com.judgmentday.render.PixelScreen;
import com.judgmentday.session.LevelSession;
import com.judgmentday.sim.CheckpointCast;
import com.judgmentday.sim.Simulation;
import com.judgmentday.sim.StateHasher;
import com.judgmentday.settings.Progress;
import com.judgmentday.settings.Settings;
import com.judgmentday.settings.UserFiles;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The application: the menus (a {@link MenuFlow}, drawn by {@link MenuRenderer}) and the level being played,
 * the player's settings and progress, fullscreen, recording and automated captures. The command line may send
 * it straight into a level, as before the menus existed.
 */
public final class JudgmentDayGame extends Game implements MenuHost {
    private static final String TAG = "judgment-day";
    /** Where a level's own keys (debug views, reload, freeze) go in the input chain: after the menus'. */
    private static final int LEVEL_KEYS_AT = 3;
    private final GameOptions options;
    private final MenuLayout layout = new MenuLayout();
    private UserFiles files;
    private Settings settings;
    private Progress progress;
    private MenuFlow flow;
    private Fonts fonts;
    private MenuRenderer menus;
    private InputMultiplexer inputs;
    private KeyboardInput keyboard;
    private GamepadInput gamepad;
    private PadMenuInput padMenu;
    private LevelRun run;
    /** The earlier attempts at the level being played: the end page's time. */
    private final Attempts attempts = new Attempts();
    private InputProcessor levelKeys;
    private InputRecorder recorder;
    private FrameRecorder bench;
    private GameAudio audio;
    private StartupWork startup;
    private int frames;
    private float seconds;
    private boolean created;
    /** The level being played is the one the command line named (with its replay or recording). */
    private boolean directRun;
    /** When the menus last started a level (System.nanoTime), until its first frame is drawn; 0: none pending. */
    private long playAsked;

    public JudgmentDayGame(GameOptions options) {
        this.options = options;
    }

    /** True once the window is up: failures after this are bugs, not set-up. */
    public boolean created() {
        return created;
    }

    /** The player's settings, changed in place by the settings pages (the audio mixer reads its volumes here). */
    public Settings settings() {
        return settings;
    }

    @Override
    public void create() {
        files = new UserFiles(options.userDir != null ? options.userDir : UserFiles.defaultDirectory(),
                message -> Gdx.app.error(TAG, message));
        settings = files.loadSettings();
        progress = files.loadProgress();
        audio = new GameAudio(Gdx.audio, files.directory(), line -> Gdx.app.log(TAG, line));
        startup = StartupWork.begin(options.levelFile != null, options.tuning, line -> Gdx.app.log(TAG, line));
        flow = new MenuFlow(this, settings, progress, levelSummaries(), Credits.lines(), Tips.load());
        fonts = new Fonts();
        Gdx.app.log(TAG, "fonts made in " + fonts.millis() + " ms");
        menus = new MenuRenderer(layout, fonts);
        keyboard = new KeyboardInput(Gdx.input, settings.keys);
        gamepad = new GamepadInput(settings.pad);
        padMenu = new PadMenuInput(flow, message -> Gdx.app.log(TAG, message));
        // Gamepads (SDL) start after the first frame is shown: the title needn't wait for them.
        Gdx.app.postRunnable(() -> Controllers.addListener(padMenu));
        inputs = new InputMultiplexer(windowKeys(), new KeyMenuInput(flow),
                new MouseMenuInput(flow, layout, point -> PixelScreen.toVirtual(point, Gdx.graphics.getWidth(),
                        Gdx.graphics.getHeight(), Gdx.graphics.getBackBufferWidth(), Gdx.graphics.getBackBufferHeight())),
                keyboard);
        Gdx.input.setInputProcessor(inputs);
        if (options.record != null) {
            // Saved every five seconds of play too: a game that is killed keeps what was played.
            recorder = new InputRecorder(options.levelName, options.seed, options.version, options.checkpoint)
                    .savingTo(options.record, 5 * Simulation.TICKS_PER_SECOND);
        }
        if (options.fullscreen) {
            Display.fullscreen(true);
        }
        applySettings();
        if (options.benchFrames > 0) {
            bench = new FrameRecorder(new GLProfiler(Gdx.graphics), options.benchFrames);
        }
        Gdx.app.log(TAG, "settings and progress in " + files.directory());
        if (options.levelFile != null) {
            flow.playing(options.levelName, options.checkpoint, options.playerPlays());
            startRun(options.levelFile, options.checkpoint, true, null);
            if ("pause".equals(options.screen)) {
                flow.pause();
            }
        } else {
            flow.start(options.screen == null ? Page.TITLE : Page.valueOf(options.screen.toUpperCase(Locale.ROOT)));
            audio.playMusic(MusicId.MENU);
        }
        created = true;
    }

    /**
     * The shipped levels' summaries, read on a thread of their own while the title shows (every map is parsed
     * for its title and checkpoints: some tens of milliseconds the first frame need not wait for).
     */
    private static Supplier<Array<LevelSummary>> levelSummaries() {
        FutureTask<Array<LevelSummary>> reading = new FutureTask<>(LevelSummary::shipped);
        Thread reader = new Thread(reading, "level-summaries");
        reader.setDaemon(true);
        reader.start();
        return () -> {
            try {
                return reading.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("reading the levels' summaries failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return LevelSummary.shipped();
            }
        };
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
        seconds += Gdx.graphics.getDeltaTime();
        flow.tick(Gdx.graphics.getDeltaTime());
        audio.mixer().setMaster(settings.masterVolume).setMusic(settings.musicVolume)
                .setEffects(settings.effectsVolume);
        if (run != null) {
            run.screen.setPaused(flow.page() != Page.PLAYING);
        }
        super.render();
        if (playAsked != 0 && run != null) {
            Gdx.app.log(TAG, "level ready in " + (System.nanoTime() - playAsked) / 1_000_000 + " ms after the menu chose it");
            playAsked = 0;
        }
        if (run != null) {
            run.update(Gdx.graphics.getDeltaTime());
        } else {
            // Outside a level the menus' music still needs loading and the mixer following.
            audio.update(null);
        }
        renderMenus();
        frames++;
        if (options.screenshot != null && frames == options.screenshotFrames) {
            Screenshot.save(options.screenshot, frames);
            Gdx.app.exit();
        }
    }

    private void renderMenus() {
        Page page = flow.page();
        if (page == Page.PLAYING) {
            return;
        }
        int width = Gdx.graphics.getBackBufferWidth();
        int height = Gdx.graphics.getBackBufferHeight();
        if (run == null) {
            Gdx.gl.glClearColor(0f, 0f, 0f, 1f);
            Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        }
        if (page == Page.TITLE) {
            menus.renderTitle(flow.menu(), width, height, seconds);
        } else {
            menus.render(flow.menu(), width, height, run != null);
        }
    }

    // What the menus ask for (MenuHost).

    @Override
    public void play(String level, String checkpoint) {
        playAsked = System.nanoTime();
        // Restarting the command line's level keeps its replay or recording; from the menus, a level is just played.
        boolean direct = directRun && level.equals(options.levelName);
        LevelSession ending = run == null ? null : run.session;
        CheckpointCast kept = ending == null ? null : ending.lastCast();
        // The weapon fought with comes back drawn; not to a recording, whose replay would start with the loadout's.
        if (kept != null && ending.simulation() != null && recorder == null) {
            kept.drawnIn(ending.simulation());
        }
        endRun();
        // A replay or the bot restarts where it began: its script doesn't know other starting points. A recording
        // restarts where the player asks and records from there (its script names that checkpoint).
        boolean scripted = direct && (options.replay != null || options.bot != null);
        FileHandle file = direct ? options.levelFile : LevelCatalog.resolve(level);
        String from = scripted ? options.checkpoint : checkpoint;
        // A restart at the checkpoint this run took keeps who was controlled there (Sarah, the T-800 waiting apart).
        CheckpointCast cast = ending != null && from != null && from.equals(ending.lastCheckpoint())
                && ending.file().path().equals(file.path()) ? ending.lastCast() : null;
        startRun(file, from, direct, cast);
    }

    @Override
    public void leaveLevel() {
        endRun();
        audio.playMusic(MusicId.MENU);
    }

    @Override
    public void settingsChanged() {
        applySettings();
        files.save(settings);
    }

    @Override
    public void progressChanged() {
        files.save(progress);
    }

    @Override
    public void quit() {
        Gdx.app.exit();
    }

    /** Applies what applies live (the display; volumes and assists are read where they are used). */
    private void applySettings() {
        if (!options.tool()) {
            Display.apply(settings);
        }
    }

    /**
     * Starts a level; {@code direct}: the one the command line named, which gets its replay or recording.
     * Replays and recordings play without the invulnerability assist and at the tuning's difficulty, so they
     * stay true to `playtest`.
     */
    private void startRun(FileHandle file, String checkpoint, boolean direct, CheckpointCast cast) {
        startup.stopWarmUp();
        InputScript replay = direct ? options.replay : null;
        String bot = direct ? options.bot : null;
        InputRecorder recording = direct ? recorder : null;
        if (recording != null) {
            recording.restart(checkpoint);
        }
        boolean assists = replay == null && bot == null && recording == null;
        String difficulty = assists && options.tuning.pursuit.containsKey(settings.difficulty) ? settings.difficulty : null;
        LevelSession session = new LevelSession(file, options.tuning, options.seed, checkpoint, GameOptions.watched(file),
                difficulty, cast);
        // A script starts again at tick 0 after a reload, so its run must start again where it began.
        session.keepPlaceOnReload(assists);
        InputSource input = replay != null ? replay.player()
                : bot != null ? new WindowBot(session, options.tuning, BotLoader.load(), bot, options.seed)
                : new CombinedInput(keyboard, gamepad);
        String mode = replay != null ? "REPLAY" : bot != null ? "BOT" : recording != null ? "REC" : "";
        GameScreen screen = new GameScreen(session, input, recording, mode, settings, assists, audio, fonts,
                startup.art());
        // A player reads the briefing before the clock runs; a capture or measurement of the window plays at once.
        screen.holdForBriefing(assists && !options.tool());
        attempts.starting(file.path());
        run = new LevelRun(session, screen, flow, attempts.ticks(), attempts.count());
        directRun = direct;
        levelKeys = screen.keys();
        inputs.addProcessor(LEVEL_KEYS_AT, levelKeys);
        setScreen(screen);
        Gdx.app.log(TAG, "playing " + file.path() + (checkpoint == null ? "" : " from " + checkpoint) + " (seed "
                + options.seed + (difficulty == null ? "" : ", " + difficulty) + ")"
                + (session.watched() ? ", reloading it when it is saved" : ""));
    }

    private void endRun() {
        if (run == null) {
            return;
        }
        if (recorder != null && directRun && run.session.simulation() != null) {
            // The recording says where it ended (quit in the level, or left it for the menus), so a headless replay
            // can be held to the window's run; a restart of the level starts the recording over.
            Simulation ending = run.session.simulation();
            recorder.ended(ending.tick(), new StateHasher(ending).hash(ending));
        }
        attempts.ended(run.won(), run.ticks());
        setScreen(null);
        directRun = false;
        inputs.removeProcessor(levelKeys);
        run.dispose();
        run = null;
    }

    @Override
    public void pause() {
        super.pause();
        flow.pause();
    }

    private InputAdapter windowKeys() {
        return new InputAdapter() {
            @Override
            public boolean keyDown(int keycode) {
                boolean altEnter = keycode == Keys.ENTER
                        && (Gdx.input.isKeyPressed(Keys.ALT_LEFT) || Gdx.input.isKeyPressed(Keys.ALT_RIGHT));
                if (keycode == Keys.F11 || altEnter) {
                    settings.fullscreen = !Gdx.graphics.isFullscreen();
                    settingsChanged();
                    return true;
                }
                return false;
            }
        };
    }

    @Override
    public void dispose() {
        endRun();
        super.dispose();
        if (recorder != null) {
            try {
                recorder.write(options.record);
                Gdx.app.log(TAG, "recorded " + recorder.ticks() + " ticks to " + options.record);
            } catch (IOException e) {
                Gdx.app.error(TAG, "could not write the recording " + options.record + ": " + e.getMessage());
            }
        }
        if (menus != null) {
            menus.dispose();
        }
        if (fonts != null) {
            fonts.dispose();
        }
        if (audio != null) {
            audio.dispose();
        }
        if (startup != null) {
            startup.dispose();
        }
    }
}
