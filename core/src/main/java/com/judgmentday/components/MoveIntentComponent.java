package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** What a character wants this tick; written by input or AI, applied by movement and combat. */
public final class MoveIntentComponent implements Component {
    /** -1 full left .. +1 full right. */
    public float moveX;
    public boolean jump;
    public boolean fire;
    public boolean reload;
}
