package com.judgmentday.soak;

/** What the adversarial player is doing for a few seconds; {@link AdversarialInput} moves between them at random. */
public enum SoakMode {
    /** Random keys held and released every few ticks, beats skipped now and then. */
    MASH,
    /** Nothing pressed: the level plays on around a player who does not move. */
    STILL,
    /** Walking (climbing, jumping when stuck) into the next hazard of the level, the T-1000 among them. */
    HAZARDS,
    /** Firing, meleeing, switching weapons and reloading without pause, facing both ways. */
    ARSENAL,
    /** Jumping about in random directions. */
    JUMP
}
