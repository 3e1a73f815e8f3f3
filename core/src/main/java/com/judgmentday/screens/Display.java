package com.judgmentday.screens;

import com.badlogic.gdx.Gdx;
import com.judgmentday.settings.Settings;

/** The window's display settings, applied live: fullscreen or a 1280x720 window, and vsync. */
final class Display {
    private Display() {
    }

    static void apply(Settings settings) {
        fullscreen(settings.fullscreen);
        Gdx.graphics.setVSync(settings.vsync);
    }

    static void fullscreen(boolean on) {
        if (on == Gdx.graphics.isFullscreen()) {
            return;
        }
        if (on) {
            Gdx.graphics.setFullscreenMode(Gdx.graphics.getDisplayMode());
        } else {
            Gdx.graphics.setWindowedMode(1280, 720);
        }
    }
}
