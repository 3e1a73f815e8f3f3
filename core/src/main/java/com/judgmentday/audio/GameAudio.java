package com.judgmentday.audio;

import com.badlogic.gdx.Audio;
import com.badlogic.gdx.utils.Disposable;
import com.judgmentday.events.EventLog;
import com.judgmentday.sim.Simulation;

import java.util.function.Consumer;

/**
 * The game's sound, made once: renders every effect and loop in the background, loads them into libGDX
 * as they are ready, and cues them from the events of whichever simulation is playing. Without an audio
 * device it logs one line and every call does nothing.
 */
public final class GameAudio implements Disposable {
    /** Sounds turned into libGDX sounds per frame at most, so loading never stalls a frame. */
    private static final int LOADS_PER_FRAME = 8;
    private final Mixer mixer = new Mixer();
    private final Consumer<String> log;
    private final GdxSoundOutput output;
    private final SoundDirector director;
    private final Footsteps footsteps = new Footsteps();
    private final SoundRenderer renderer;
    private EventLog listening;
    private boolean reported;

    /**
     * @param audio {@code Gdx.audio}; null means no device
     * @param log where the one line about audio goes (the libGDX logger in the game)
     */
    public GameAudio(Audio audio, Consumer<String> log) {
        this.log = log;
        output = new GdxSoundOutput(audio, mixer, log);
        director = new SoundDirector(output);
        if (output.silent()) {
            renderer = null;
        } else {
            renderer = new SoundRenderer();
            renderer.start();
        }
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
        output.playMusic(music);
    }

    public void stopMusic() {
        output.stopMusic();
    }

    /** Once a frame: loads what the renderer has finished, follows the mixer, steps the player's feet. */
    public void update(Simulation simulation) {
        if (output.silent()) {
            if (renderer != null) {
                renderer.stop();
            }
            return;
        }
        loadRendered();
        output.update();
        if (simulation != null && simulation.player() != null) {
            footsteps.update(simulation.player(), output);
        }
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
            log.accept("audio: rendered " + renderer.summary());
        }
    }

    @Override
    public void dispose() {
        stopListening();
        if (renderer != null) {
            renderer.stop();
        }
        output.dispose();
    }
}
