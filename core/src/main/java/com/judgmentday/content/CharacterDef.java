package com.judgmentday.content;

/** How a character's body is built and moves (metres, seconds, kilograms per square metre). */
public final class CharacterDef {
    /** What messages and subtitles call them ("the T-800", "Sarah"). */
    public String title = "";
    /** Whose side they are on: shots and blasts from someone never harm another of the same side. */
    public String side = "";
    public float width = 0.8f;
    public float height = 1.8f;
    public float density = 50f;
    public float friction = 0.2f;
    /** Top running speed, m/s. */
    public float runSpeed = 6f;
    /** How fast the speed changes on the ground, m/s². */
    public float groundAccel = 40f;
    /** How fast the speed changes in the air, m/s². */
    public float airAccel = 15f;
    /** Upward speed a jump starts with, m/s. */
    public float jumpSpeed = 10f;
    public int jumpCooldownTicks = 10;
    /** Climbing speed on ladders and chains, m/s. */
    public float climbSpeed = 3f;
    /** Height it flattens to when pouring under a door or through a low gap, metres; 0: it can't. */
    public float squeezeHeight;
    /** Speed of the final lunge, m/s (the T-1000's attack). */
    public float lungeSpeed;
}
