package com.judgmentday.ai;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.FloatArray;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.GameEvent;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.CollisionBits;

/**
 * The silent dangers of the last tick, as any agent may see them: the T-1000's blade winding up, someone going down (a
 * body falling). Seen within a range, in front of the watcher (or right beside it), with nothing solid between. Read
 * from the event log once a tick; no garbage.
 */
public final class Sight {
    /** Closer than this it is noticed whichever way the watcher faces, metres. */
    private static final float BESIDE = 2f;
    /** What eyes see through: bodies and bars. */
    private static final short THROUGH = CollisionBits.BARS | CollisionBits.CHARACTER;
    private final EventLog events;
    private final World world;
    private final ClosestHit wall = new ClosestHit();
    private final FloatArray sights = new FloatArray(2 * Senses.ROOM);
    private final IntArray sources = new IntArray(Senses.ROOM);
    private int read;

    public Sight(EventLog events, World world) {
        this.events = events;
        this.world = world;
    }

    /** Takes the dangers since the last call, placed where {@code characters} stand. */
    public void look(ImmutableArray<Entity> characters) {
        sights.clear();
        sources.clear();
        for (; read < events.events().size; read++) {
            GameEvent event = events.events().get(read);
            switch (event.type) {
                case T1000_ATTACK: case PERSON_DOWN: case CHARACTER_DOWN: {
                    Entity who = Hearing.byId(characters, event.whoId);
                    TransformComponent at = who == null ? null : Mappers.TRANSFORM.get(who);
                    if (at != null) {
                        sights.add(at.x, at.y);
                        sources.add(event.whoId);
                    }
                    break;
                }
                default:
                    break;
            }
        }
    }

    public int count() {
        return sights.size / 2;
    }

    /** Whether a watcher (its body, centre x, y, facing -1 or 1) sees danger {@code i} within {@code range} metres. */
    public boolean sees(int i, Body watcher, float x, float y, int facing, float range) {
        float sx = sights.items[2 * i];
        float sy = sights.items[2 * i + 1];
        float dx = sx - x;
        float dy = sy - y;
        float distance2 = dx * dx + dy * dy;
        if (distance2 > range * range || distance2 > BESIDE * BESIDE && dx * facing < 0f) {
            return false;
        }
        return !wall.cast(world, watcher, THROUGH, x, y, sx, sy);
    }

    public int source(int i) {
        return sources.items[i];
    }

    public float x(int i) {
        return sights.items[2 * i];
    }

    public float y(int i) {
        return sights.items[2 * i + 1];
    }
}
