package com.judgmentday.content;

/** How an escort keeps up with its leader. */
public final class FollowDef {
    /** Distance it is happy to stay behind, metres. */
    public float distance = 2.5f;
    /** Beyond this distance it runs flat out, metres. */
    public float runDistance = 5f;
    /** It jumps when the leader stands this much higher and is close, metres. */
    public float jumpWhenLeaderAbove = 1.2f;
    /** It jumps after wanting to move but not moving for this many ticks. */
    public int blockedTicksBeforeJump = 8;
}
