package com.judgmentday.content;

/**
 * A character that shuts down at zero instead of dying (its def's {@code shutdown}): how long it lies dead before
 * its emergency power reroute brings it back, and with what fraction of its health.
 */
public final class ShutdownDef {
    public float seconds = 3f;
    public float health = 0.3f;
}
