package com.judgmentday.content;

import com.badlogic.gdx.Files.FileType;
import com.badlogic.gdx.files.FileHandle;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads whole the files the game is pointed at (maps, tilesets, scripts, the player's files) under a size
 * limit, and only regular files: a device, a pipe or a huge file is refused before it can hang the game or
 * exhaust its memory. Refusals are {@link Refused}, whose message says what the file is ("not a regular
 * file", "larger than the 16 MB limit"), for the caller to put after the file's name.
 */
public final class SmallFiles {
    /** One megabyte as the limits count it (1,048,576 bytes). */
    public static final long MB = 1024 * 1024;

    private SmallFiles() {
    }

    /** A file refused before or while reading it; the message says what it is, without a subject. */
    public static final class Refused extends IOException {
        public Refused(String message) {
            super(message);
        }
    }

    /** The bytes of a regular file of at most {@code limit} bytes; NoSuchFileException when there is none. */
    public static byte[] read(Path file, long limit) throws IOException {
        if (!Files.isRegularFile(file)) {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            throw new Refused("not a regular file (a directory, a device or a pipe)");
        }
        long size = Files.size(file);
        if (size > limit) {
            throw tooBig(size, limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readBounded(in, limit);
        }
    }

    /** The same for a libGDX file: on disk as above; on the classpath read up to the limit. */
    public static byte[] read(FileHandle file, long limit) throws IOException {
        if (file.type() != FileType.Classpath) {
            File onDisk = file.file();
            if (file.type() != FileType.Internal || onDisk.exists()) {
                return read(onDisk.toPath(), limit);
            }
        }
        if (!file.exists()) {
            throw new NoSuchFileException(file.path());
        }
        try (InputStream in = file.read()) {
            return readBounded(in, limit);
        }
    }

    /** Strict UTF-8 text, a leading byte-order mark dropped; refused naming the first byte that isn't UTF-8. */
    public static String utf8(byte[] bytes) throws Refused {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Refused("not UTF-8 text (byte " + (in.position() + 1) + " is not)");
        }
        decoder.flush(out);
        return withoutByteOrderMark(out.flip().toString());
    }

    /** UTF-8 text with anything malformed replaced (as XML readers do), a leading byte-order mark dropped. */
    public static String utf8Lenient(byte[] bytes) {
        return withoutByteOrderMark(new String(bytes, StandardCharsets.UTF_8));
    }

    /** A size for messages: "16 MB", "1.5 MB", "300 KB". */
    public static String size(long bytes) {
        if (bytes < MB) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        double mb = bytes / (double) MB;
        return mb == Math.rint(mb) ? (long) mb + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static byte[] readBounded(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, 64 * 1024));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw tooBig(-1, limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Refused tooBig(long size, long limit) {
        return new Refused("larger than the " + size(limit) + " limit (" + (size < 0 ? "it goes on past that"
                : String.format(Locale.ROOT, "%,d bytes", size)) + ")");
    }
}
