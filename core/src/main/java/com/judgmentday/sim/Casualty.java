package com.judgmentday.sim;

/** One entry of the casualty ledger: who died, what they were, what killed them and when. */
public final class Casualty {
    public final long tick;
    public final String name;
    public final String role;
    public final String cause;

    public Casualty(long tick, String name, String role, String cause) {
        this.tick = tick;
        this.name = name;
        this.role = role;
        this.cause = cause;
    }
}
