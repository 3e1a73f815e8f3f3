package com.judgmentday.level;

/** The type of a custom property, as Tiled names it in the map file. */
public enum PropertyKind {
    STRING("string"),
    INT("int"),
    FLOAT("float"),
    BOOL("bool"),
    /** A reference to another object: its id. */
    OBJECT("object"),
    /** A string from a fixed list of choices. */
    CHOICE("string"),
    /** The key of a line of dialogue in the lines file (empty: none). */
    LINE("string");

    /** The type attribute Tiled writes for it. */
    public final String tiled;

    PropertyKind(String tiled) {
        this.tiled = tiled;
    }
}
