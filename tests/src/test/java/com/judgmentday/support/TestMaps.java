package com.judgmentday.support;

import com.badlogic.gdx.files.FileHandle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small Tiled maps as text for loader and validator tests. The base map (20 x 10 tiles of 32 px) is
 * clean: ground (object 1) along the bottom, a player spawn (2) on it at x = 2 m, an exit (3) on the right.
 */
public final class TestMaps {
    /** The floor, edge to edge of the map: its ends drop out of the level, and it says that is meant. */
    public static final String GROUND = "<object id=\"1\" type=\"solid\" x=\"0\" y=\"288\" width=\"640\" height=\"32\">"
            + "<properties><property name=\"open-edge\" type=\"bool\" value=\"true\"/></properties></object>\n";
    public static final String PLAYER = "<object id=\"2\" type=\"player-spawn\" x=\"64\" y=\"288\"><point/></object>\n";
    public static final String EXIT = "<object id=\"3\" type=\"exit\" x=\"544\" y=\"192\" width=\"64\" height=\"96\"/>\n";

    private final Path dir;

    public TestMaps(Path dir) {
        this.dir = dir;
    }

    /** A map with the given map attributes, map properties and objects (no base objects). */
    public static String map(String attributes, String properties, String objects) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<map version=\"1.8\" orientation=\"orthogonal\" width=\"20\" height=\"10\" tilewidth=\"32\""
                + " tileheight=\"32\" " + attributes + ">\n"
                + (properties.isEmpty() ? "" : "<properties>\n" + properties + "</properties>\n")
                + "<objectgroup id=\"1\" name=\"o\">\n" + objects + "</objectgroup>\n</map>\n";
    }

    /** The clean base map with extra objects. */
    public static String base(String extraObjects) {
        return map("", "", GROUND + PLAYER + EXIT + extraObjects);
    }

    /** A map property line. */
    public static String property(String name, String value) {
        return "<property name=\"" + name + "\" value=\"" + value + "\"/>\n";
    }

    public FileHandle write(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return new FileHandle(path.toFile());
    }
}
