package com.judgmentday.sim;

/**
 * The order systems run in within one tick, written down once. Ashley runs lower priorities first;
 * systems within a phase are added in the order {@link Simulation} lists them.
 */
public enum Phase {
    /** Read what the last physics step recorded (feet on the ground, zones entered) and apply level rules. */
    SENSE(100),
    /** Turn the player's actions into intents. */
    INPUT(200),
    /** Companions and enemies decide their intents. */
    AI(300),
    /** Apply movement intents to bodies within speed and acceleration limits. */
    MOVEMENT(400),
    /** Weapons fire, hits push and hurt. */
    COMBAT(500),
    /**
     * Step the Box2D world and copy body transforms back; then note where everyone ended up (checkpoints) and deal
     * with whatever fell out of the level.
     */
    PHYSICS(600),
    /** Triggers fire, beats run their steps, and the objectives judge the tick: the level is won or lost here. */
    STAGE(700);

    public final int priority;

    Phase(int priority) {
        this.priority = priority;
    }
}
