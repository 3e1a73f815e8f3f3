package com.judgmentday.content;

import com.badlogic.gdx.Files.FileType;
import com.badlogic.gdx.files.FileHandle;

/** A file handle on the classpath that works without a libGDX application (headless runs, tests, tools). */
public final class ClasspathFile extends FileHandle {
    public ClasspathFile(String path) {
        super(path, FileType.Classpath);
    }
}
