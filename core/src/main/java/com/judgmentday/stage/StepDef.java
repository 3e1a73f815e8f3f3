package com.judgmentday.stage;

/** One step of a beat as written: its kind, what it acts on, and its figures (unused ones stay at their zero). */
public final class StepDef {
    public StepKind kind;
    /** The line of the beat's steps it was written on (1-based), for messages. */
    public int line;
    /** The map object it acts on (a Tiled object id), or 0. */
    public int target;
    /** For spawn: the map object (an area or point) it brings the T-1000 in at instead of its spawn's place, or 0. */
    public int place;
    /** A character it acts on instead ("controlled", "john", "t1000", "sarah"), or empty. */
    public String role = "";
    /** The word it names: a line key, a checkpoint's name, an objective id, a music cue, a character id. */
    public String word = "";
    /** For say: who speaks and the words, from the lines file. */
    public String speaker = "";
    public String text = "";
    /** How long it holds (say, camera, lock, wait), ticks. */
    public int ticks;
    /** For camera: the zoom (1 normal, 2 shows twice as much). */
    public float zoom = 1f;
    /** For volley: how many shots; for brace: knock-backs in a row. */
    public int count;
    /** For impulse: N·s. */
    public float x;
    public float y;
}
