package com.judgmentday.level;

/** A winch: the area its operator stands in, the load whose chain it pays out, how fast and how far. */
public final class WinchDef {
    public AreaDef area;
    /** The Tiled id of the load it lowers, and that load's name (for the prompt and events). */
    public int load;
    public String loadName = "";
    /** Metres a second the chain pays out while Interact is held. */
    public float speed;
    /** Metres of chain it can pay out in all. */
    public float length;
    /** It starts locked: it turns only once a beat opens it ({@code open #id}). */
    public boolean locked;
}
