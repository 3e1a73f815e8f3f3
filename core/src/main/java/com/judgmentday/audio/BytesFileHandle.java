package com.judgmentday.audio;

import com.badlogic.gdx.Files.FileType;
import com.badlogic.gdx.files.FileHandle;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;

/** A read-only file held in memory, so libGDX can load a rendered WAV without a file on disk. */
final class BytesFileHandle extends FileHandle {
    private final byte[] bytes;

    /** The name's extension tells libGDX the format, for instance "shotgun.wav". */
    BytesFileHandle(String name, byte[] bytes) {
        super(new File(name), FileType.Absolute);
        this.bytes = bytes;
    }

    @Override
    public InputStream read() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public byte[] readBytes() {
        return bytes.clone();
    }

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public boolean isDirectory() {
        return false;
    }
}
