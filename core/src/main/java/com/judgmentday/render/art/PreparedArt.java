package com.judgmentday.render.art;

import com.badlogic.gdx.utils.Disposable;
import com.judgmentday.content.ClasspathFile;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The game's art for the next level: read and packed on a background thread ahead of time (half a second
 * of work on a cold start), so starting the level only uploads it. The first {@link #take()} gets what was
 * prepared; later ones (the next level, F5) read the art afresh, so edits to it still show.
 */
public final class PreparedArt implements Disposable {
    private Future<SpriteAtlas.Packed> ahead;

    /** Starts reading and packing the art on that executor (call on the GL thread, like {@link #take()}). */
    public void prepare(ExecutorService executor) {
        if (ahead == null) {
            ahead = executor.submit(() -> SpriteAtlas.pack(read()));
        }
    }

    /**
     * The atlas, made on the GL thread: from the art prepared ahead when there is some (waiting for it to be
     * done), otherwise read now.
     *
     * @throws ArtException when the art files are wrong
     */
    public SpriteAtlas take() {
        Future<SpriteAtlas.Packed> prepared = ahead;
        ahead = null;
        if (prepared != null) {
            try {
                return new SpriteAtlas(prepared.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException) {
                    throw (RuntimeException) e.getCause();
                }
                if (e.getCause() instanceof Error) {
                    throw (Error) e.getCause();
                }
                throw new IllegalStateException(e.getCause());
            } catch (CancellationException e) {
                // The preparing thread was stopped: read the art here instead.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new SpriteAtlas(read());
    }

    private static ArtCatalog read() {
        return ArtCatalog.read(new ClasspathFile(ArtCatalog.INDEX));
    }

    /** Lets go of art prepared and never taken (the game closes before a level started). */
    @Override
    public void dispose() {
        Future<SpriteAtlas.Packed> prepared = ahead;
        ahead = null;
        if (prepared != null && !prepared.cancel(true)) {
            try {
                prepared.get().dispose();
            } catch (ExecutionException | CancellationException e) {
                // Nothing was packed, so nothing is held.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
