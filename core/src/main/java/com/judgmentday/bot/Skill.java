package com.judgmentday.bot;

/** How well the bot plays: figures from data/bot.json, one set per skill name. */
public final class Skill {
    /** Its name in bot.json ("average"), set by the loader. */
    public String name = "";
    /** Ticks between something new to act on (a foe in sight, the controls back) and acting on it. */
    public int reactionTicks;
    /** How far off the bot judges where a foe is, metres (its aim in a game that aims for it). */
    public float aimError;
    /** Up to this many ticks more, drawn afresh for each reaction. */
    public int jitterTicks;
    /** The most times a second the keys held may change (hands are only so quick). */
    public float changesPerSecond = 60f;
}
