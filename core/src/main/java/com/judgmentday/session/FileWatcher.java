package com.judgmentday.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Notices when a file has changed and then stayed still for a moment (editors often write a file in
 * several goes), by comparing its modification time and size; polled once a frame, costs one stat.
 */
public final class FileWatcher {
    private final Path file;
    private final long settleMillis;
    private long seenStamp;
    private long changedStamp;
    private long changedAt = -1;

    public FileWatcher(Path file, long settleMillis) {
        this.file = file;
        this.settleMillis = settleMillis;
        this.seenStamp = stamp();
    }

    /** True once per change, when the file has been unchanged for the settle time. */
    public boolean poll(long nowMillis) {
        long stamp = stamp();
        if (stamp != (changedAt < 0 ? seenStamp : changedStamp)) {
            changedStamp = stamp;
            changedAt = nowMillis;
            return false;
        }
        if (changedAt >= 0 && nowMillis - changedAt >= settleMillis) {
            changedAt = -1;
            seenStamp = changedStamp;
            return true;
        }
        return false;
    }

    public Path file() {
        return file;
    }

    private long stamp() {
        try {
            return Files.getLastModifiedTime(file).toMillis() * 31 + Files.size(file);
        } catch (IOException e) {
            return 0L;
        }
    }
}
