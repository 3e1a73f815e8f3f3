package com.judgmentday.audio;

import com.judgmentday.content.AtomicFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Rendered WAVs kept on disk between runs, so a second start reads its sounds instead of synthesizing them
 * again. Files live in a directory named by the {@link SynthKey} of the code that made them: any change to
 * the synthesizer, a recipe or the platform's maths starts a new directory, and the old ones are deleted.
 * Each file is the WAV followed by a trailer holding its CRC-32; one that is short, corrupt or unreadable
 * is ignored (and rendered again). Files are written whole or not at all, and never beyond
 * {@link #MAX_BYTES} in total. Any disk problem is logged once and the cache stops: sound never fails for it.
 * Safe to use from one background thread at a time.
 */
public final class SoundCache {
    /** The most the cache writes, all files together: five times today's sounds (5.7 MiB). */
    public static final long MAX_BYTES = 32L << 20;
    private static final int TRAILER_MAGIC = 0x4A44_5743;
    private static final int TRAILER_BYTES = 8;
    private final Path directory;
    private final long maxBytes;
    private final Consumer<String> log;
    private long written;
    private boolean broken;

    /**
     * @param root the cache's own directory, for instance {@code ~/.judgment-day/cache/sound}; made when needed
     * @param key  names the version of the sounds in it ({@link SynthKey#compute()})
     * @param log  where the one line about a failing disk goes
     */
    public SoundCache(Path root, String key, Consumer<String> log) {
        this(root, key, MAX_BYTES, log);
    }

    /** As above, writing at most {@code maxBytes}. */
    SoundCache(Path root, String key, long maxBytes, Consumer<String> log) {
        this.directory = root.resolve(key);
        this.maxBytes = maxBytes;
        this.log = log;
        deleteOtherVersions(root, key);
        deleteLeftovers(directory);
        written = sizeOf(directory);
    }

    /** The WAV cached under this name, or null when there is none or it is damaged. */
    public byte[] read(String name) {
        Path file = directory.resolve(name + ".wav");
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > maxBytes) {
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        return unwrap(bytes);
    }

    /** Keeps a WAV under this name (quietly not, once the cache is full or the disk has failed). */
    public void write(String name, byte[] wav) {
        long size = wav.length + TRAILER_BYTES;
        if (broken || written + size > maxBytes) {
            return;
        }
        try {
            Files.createDirectories(directory);
            AtomicFiles.write(directory.resolve(name + ".wav"), wrap(wav));
            written += size;
        } catch (ClosedByInterruptException e) {
            // The game is closing and stopped the thread mid-write: nothing is wrong with the disk.
            broken = true;
        } catch (IOException | RuntimeException e) {
            broken = true;
            log.accept("audio: can't keep rendered sounds in " + directory + " (" + e
                    + "); they are rendered again at each start");
        }
    }

    /** The WAV and its trailer: a marker and the CRC-32 of the WAV, big-endian. */
    static byte[] wrap(byte[] wav) {
        ByteBuffer out = ByteBuffer.allocate(wav.length + TRAILER_BYTES);
        out.put(wav).putInt(TRAILER_MAGIC).putInt(crc(wav, wav.length));
        return out.array();
    }

    /** The WAV in a cached file, or null unless the trailer, the CRC and the WAV's own lengths all agree. */
    static byte[] unwrap(byte[] file) {
        int length = file.length - TRAILER_BYTES;
        if (length < WavEncoder.HEADER_BYTES) {
            return null;
        }
        ByteBuffer trailer = ByteBuffer.wrap(file, length, TRAILER_BYTES);
        if (trailer.getInt() != TRAILER_MAGIC || trailer.getInt() != crc(file, length)
                || !WavEncoder.wellFormed(file, length)) {
            return null;
        }
        byte[] wav = new byte[length];
        System.arraycopy(file, 0, wav, 0, length);
        return wav;
    }

    private static int crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /** Sounds made by other versions of the code will never be read again: they go, so the cache stays bounded. */
    private void deleteOtherVersions(Path root, String key) {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().equals(key)) {
                    stale.add(entry);
                }
            }
        } catch (IOException e) {
            return;
        }
        for (Path entry : stale) {
            deleteTree(entry);
        }
    }

    private static void deleteTree(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> all = new ArrayList<>();
            walk.forEach(all::add);
            all.sort(Comparator.reverseOrder());
            for (Path each : all) {
                Files.deleteIfExists(each);
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next start to try again: a stale file costs only disk space.
        }
    }

    /** A write cut short (the game killed mid-write) leaves its temporary file: nothing will ever read it. */
    private static void deleteLeftovers(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(".tmp")).forEach(SoundCache::deleteTree);
        } catch (IOException | RuntimeException e) {
            // As above: only disk space.
        }
    }

    private static long sizeOf(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0L;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException | RuntimeException e) {
            return 0L;
        }
    }
}
