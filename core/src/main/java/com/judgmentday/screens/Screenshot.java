package com.judgmentday.screens;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.PixmapIO;
import com.badlogic.gdx.utils.BufferUtils;
import com.badlogic.gdx.utils.ScreenUtils;

import java.nio.file.Path;

/** Saves the window's framebuffer as a PNG (for --screenshot). */
final class Screenshot {
    private static final String TAG = "judgment-day";

    private Screenshot() {
    }

    static void save(Path file, int frames) {
        int width = Gdx.graphics.getBackBufferWidth();
        int height = Gdx.graphics.getBackBufferHeight();
        byte[] pixels = ScreenUtils.getFrameBufferPixels(0, 0, width, height, true);
        for (int i = 3; i < pixels.length; i += 4) {
            pixels[i] = (byte) 255;
        }
        Pixmap pixmap = new Pixmap(width, height, Pixmap.Format.RGBA8888);
        try {
            BufferUtils.copy(pixels, 0, pixmap.getPixels(), pixels.length);
            FileHandle target = new FileHandle(file.toAbsolutePath().toFile());
            PixmapIO.writePNG(target, pixmap);
            Gdx.app.log(TAG, "screenshot saved: " + target.path() + " after " + frames + " frames");
        } finally {
            pixmap.dispose();
        }
    }
}
