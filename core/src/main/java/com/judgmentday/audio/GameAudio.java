package com.judgmentday.audio;

import com.badlogic.gdx.Audio;
import com.badlogic.gdx.utils.Disposable;
import com.judgmentday.events.EventLog;
import com.judgmentday.sim.Simulation;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The game's sound, made once: from the second frame on (the first never waits for sound) it checks the
 * device and makes every effect and loop on a background thread of its own, reading them from the disk
 * cache or rendering them; it loads them into libGDX as they are ready, and cues them from the events of
 * whichever simulation is playing. Without an audio device it logs one line and every call does nothing.
 */
public final class GameAudio implements Disposable {
    /** Sounds turned into libGDX sounds per frame at most, so loading never stalls a frame. */
    private static final int LOADS_PER_FRAME = 8;
    /** Where rendered sounds are kept, under the player's directory. */
    public static final String CACHE = "cache/sound";
    private final Mixer mixer = new Mixer();
    private final Consumer<String> log;
    private final Path userDir;
    private final Supplier<ExecutorService> executors;
    private final GdxSoundOutput output;
    private final SoundDirector director;
    private final Footsteps footsteps = new Footsteps();
    private ExecutorService background;
    private SoundRenderer renderer;
    private MusicId wanted;
    /** Frames seen, counted up to the second (when the sound work begins). */
    private int frames;
    private EventLog listening;
    private boolean reported;

    /**
     * @param audio {@code Gdx.audio}; null means no device
     * @param userDir the player's directory: rendered sounds are cached in its {@value #CACHE}; null caches nothing
     * @param log where the one line about audio goes (the libGDX logger in the game)
     */
    public GameAudio(Audio audio, Path userDir, Consumer<String> log) {
        this(audio, userDir, log, GameAudio::renderThread);
    }

    /** As above, making its background thread with {@code executors} (tests watch it). */
    GameAudio(Audio audio, Path userDir, Consumer<String> log, Supplier<ExecutorService> executors) {
        this.log = log;
        this.userDir = userDir;
        this.executors = executors;
        output = new GdxSoundOutput(audio, mixer, log);
        director = new SoundDirector(output);
    }

    /** One thread, below the game's priority, that never holds the JVM open. */
    private static ExecutorService renderThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "sound-renderer");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    public Mixer mixer() {
        return mixer;
    }

    /** Cues sounds from this simulation's events from now on, and no longer from the last one's. */
    public void listenTo(EventLog events) {
        stopListening();
        director.reset();
        footsteps.reset();
        listening = events;
        events.addListener(director);
    }

    public void stopListening() {
        if (listening != null) {
            listening.removeListener(director);
            listening = null;
        }
    }

    /** Loops a piece (from when it is rendered, if it isn't yet), replacing the music playing. */
    public void playMusic(MusicId music) {
        wanted = music;
        output.playMusic(music);
    }

    public void stopMusic() {
        wanted = null;
        output.stopMusic();
    }

    /**
     * Once a frame: from the second on, loads what the renderer has finished, follows the mixer, steps the
     * player's feet. The first frame is left alone so the window shows before any sound work begins.
     */
    public void update(Simulation simulation) {
        if (frames < 2 && ++frames == 2) {
            begin();
        }
        if (output.silent()) {
            if (renderer != null) {
                renderer.stop();
            }
            return;
        }
        loadRendered();
        output.update();
        if (simulation != null && simulation.controlled() != null) {
            footsteps.update(simulation.controlled(), output);
        }
    }

    /** Checks the device; with one, starts making the sounds, the music wanted now first. */
    private void begin() {
        output.open();
        if (output.silent()) {
            return;
        }
        renderer = new SoundRenderer(this::openCache, log);
        background = executors.get();
        renderer.start(background, wanted);
    }

    /** On the background thread: reading the classes for the key and clearing old versions touch the disk. */
    private SoundCache openCache() {
        if (userDir == null) {
            return null;
        }
        String key = SynthKey.compute();
        if (key == null) {
            log.accept("audio: can't tell which version of the sounds this is; they are rendered at each start");
            return null;
        }
        return new SoundCache(userDir.resolve(CACHE), key, log);
    }

    private void loadRendered() {
        if (renderer == null || reported) {
            return;
        }
        for (int i = 0; i < LOADS_PER_FRAME; i++) {
            SoundRenderer.Rendered rendered = renderer.poll();
            if (rendered == null) {
                break;
            }
            if (rendered.sound() != null) {
                output.load(rendered.sound(), rendered.wav());
            } else {
                output.load(rendered.music(), rendered.wav());
            }
        }
        if (renderer.finished() && !renderer.pending() && !output.silent()) {
            reported = true;
            log.accept("audio: " + renderer.summary());
        }
    }

    @Override
    public void dispose() {
        stopListening();
        if (renderer != null) {
            renderer.stop();
        }
        if (background != null) {
            background.shutdownNow();
        }
        output.dispose();
    }
}
