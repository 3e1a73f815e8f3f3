package com.judgmentday.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes files whole or not at all: to a temporary file beside the target, then moved into place. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void writeString(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                // On disk before the move: after a power cut the target is the old file or the new, never empty.
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Why {@code file} can't be written, or null when it can: for refusing before any work is done. */
    public static String whyNotWritable(Path file) {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        if (Files.isDirectory(target)) {
            return file + " is a directory; name a file";
        }
        if (parent == null || !Files.isDirectory(parent)) {
            return "no directory " + parent + " to write " + file.getFileName() + " into";
        }
        if (!Files.isWritable(parent)) {
            return "can't write into " + parent;
        }
        return null;
    }
}
