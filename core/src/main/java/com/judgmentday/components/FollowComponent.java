package com.judgmentday.components;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Component;
import com.judgmentday.content.FollowDef;

/** An escort that keeps close to its leader (John following the T-800). */
public final class FollowComponent implements Component {
    public Entity leader;
    public FollowDef def;
    /** Consecutive ticks the follower wanted to move but did not. */
    public int blockedTicks;
}
