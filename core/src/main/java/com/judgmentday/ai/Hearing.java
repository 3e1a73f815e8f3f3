package com.judgmentday.ai;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.FloatArray;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.HearingDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.CollisionBits;

/**
 * The noises of the last tick, as any agent hears them: anyone's gunshot (at the shooter's feet), a grenade's blast,
 * glass breaking, a person's scream; each carries its distance from tuning's {@code hearing} in the open and a fraction of it through a
 * wall. Read from the event log once a tick; no garbage.
 */
public final class Hearing {
    /** What a noise passes through as through air: bodies and bars. */
    private static final short THROUGH = CollisionBits.BARS | CollisionBits.CHARACTER;
    private final EventLog events;
    private final World world;
    private final HearingDef def;
    private final ClosestHit wall = new ClosestHit();
    /** This tick's noises: where (x, feet y) and how far each carries in the open. */
    private final FloatArray noises = new FloatArray(3 * Senses.ROOM);
    /** Who made each (an entity id), or {@link GameEvent#NOBODY}: nobody is frightened by their own noise. */
    private final IntArray sources = new IntArray(Senses.ROOM);
    private int read;

    public Hearing(EventLog events, World world, HearingDef def) {
        this.events = events;
        this.world = world;
        this.def = def;
    }

    /** Takes the noises made since the last call; {@code characters} place a shot at its shooter's feet. */
    public void listen(ImmutableArray<Entity> characters) {
        noises.clear();
        sources.clear();
        for (; read < events.events().size; read++) {
            GameEvent event = events.events().get(read);
            switch (event.type) {
                case WEAPON_FIRED:
                    Entity shooter = byId(characters, event.whoId);
                    TransformComponent at = shooter == null ? null : Mappers.TRANSFORM.get(shooter);
                    CharacterComponent body = shooter == null ? null : Mappers.CHARACTER.get(shooter);
                    if (at != null && body != null) {
                        noises.add(at.x, at.y - body.height / 2f, def.shot);
                    } else {
                        noises.add(event.x, event.y, def.shot);
                    }
                    sources.add(event.whoId);
                    break;
                case EXPLOSION: case BREAKABLE_BROKEN: case PERSON_SCREAMED: case PERSON_CALLED:
                    if (!Float.isNaN(event.x)) {
                        noises.add(event.x, event.y, event.type == EventType.EXPLOSION ? def.blast
                                : event.type == EventType.PERSON_SCREAMED ? def.scream
                                : event.type == EventType.PERSON_CALLED ? def.call : def.glass);
                        sources.add(event.whoId);
                    }
                    break;
                default:
                    break;
            }
        }
    }

    /** How many noises the last {@link #listen} took. */
    public int count() {
        return noises.size / 3;
    }

    /**
     * Whether a listener (its body, at x, y) hears noise {@code i}: within its distance in the open, or the wall's
     * share of it with something solid between.
     */
    public boolean hears(int i, Body listener, float x, float y) {
        float nx = noises.items[3 * i];
        float ny = noises.items[3 * i + 1];
        float carries = noises.items[3 * i + 2];
        float dx = nx - x;
        float dy = ny - y;
        float distance2 = dx * dx + dy * dy;
        if (distance2 > carries * carries) {
            return false;
        }
        float muffled = carries * def.throughWalls;
        // Within the muffled distance it is heard whatever stands between; beyond it, only through the open.
        return distance2 <= muffled * muffled || !wall.cast(world, listener, THROUGH, x, y, nx, ny + 0.5f);
    }

    /**
     * How loud noise {@code i} is to a listener: 1 where it was made, fading to 0 at the end of its reach (in the
     * open; its wall share with something solid between); 0 when it is not heard.
     */
    public float loudness(int i, Body listener, float x, float y) {
        float carries = noises.items[3 * i + 2];
        float distance = distance(i, x, y);
        if (distance >= carries) {
            return 0f;
        }
        boolean open = !wall.cast(world, listener, THROUGH, x, y, noises.items[3 * i], noises.items[3 * i + 1] + 0.5f);
        float reach = open ? carries : carries * def.throughWalls;
        return Math.max(0f, 1f - distance / reach);
    }

    /**
     * The least {@link #loudness} noise {@code i} can have to a listener at (x, y), whether or not something solid
     * stands between: what it is at least, found without casting a ray.
     */
    public float leastLoudness(int i, float x, float y) {
        float carries = noises.items[3 * i + 2];
        float distance = distance(i, x, y);
        if (distance >= carries) {
            return 0f;
        }
        return Math.min(Math.max(0f, 1f - distance / carries), Math.max(0f, 1f - distance / (carries * def.throughWalls)));
    }

    /** How far noise {@code i} was made from (x, y), metres. */
    private float distance(int i, float x, float y) {
        float nx = noises.items[3 * i];
        float ny = noises.items[3 * i + 1];
        return (float) Math.sqrt((nx - x) * (nx - x) + (ny - y) * (ny - y));
    }

    /** Who made noise {@code i} (an entity id), or {@link GameEvent#NOBODY}. */
    public int source(int i) {
        return sources.items[i];
    }

    public float x(int i) {
        return noises.items[3 * i];
    }

    public float y(int i) {
        return noises.items[3 * i + 1];
    }

    /** The character with that entity id, or null (gone, or never one). */
    static Entity byId(ImmutableArray<Entity> characters, int id) {
        for (int i = 0; i < characters.size(); i++) {
            if (Mappers.IDENTITY.get(characters.get(i)).id == id) {
                return characters.get(i);
            }
        }
        return null;
    }
}
