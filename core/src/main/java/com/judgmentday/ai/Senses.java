package com.judgmentday.ai;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.HearingDef;
import com.badlogic.gdx.utils.FloatArray;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;

/**
 * What every agent can perceive this tick, gathered once for all of them before any thinks: the noises of the last
 * tick (hearing), its silent dangers (sight), and whom the player plays. Every agent perceives the world as the last
 * tick left it, so none sees what another does in this tick before the others do. Each brain reads it in its own
 * {@link AgentBrain#sense}.
 */
public final class Senses {
    public final Hearing hearing;
    public final Sight sight;
    private final ImmutableArray<Entity> controlled;
    private final EventLog events;
    /**
     * Noises, sights and impacts of one tick made room for up front, so a busy tick (a volley, a crowd screaming) grows
     * no list (the crowd bench grew the noises' twice, past nine in a tick: 304 bytes at tick 550 of every run).
     */
    static final int ROOM = 64;
    /** Where the last tick's shots struck (x, y pairs), and who fired each. */
    private final FloatArray impacts = new FloatArray(2 * ROOM);
    private final IntArray shooters = new IntArray(ROOM);
    private int read;

    public Senses(Engine engine, EventLog events, World world, HearingDef hearing) {
        this.hearing = new Hearing(events, world, hearing);
        this.sight = new Sight(events, world);
        this.controlled = engine.getEntitiesFor(Family.all(ControlComponent.class, TransformComponent.class).get());
        this.events = events;
    }

    /** Takes the last tick's noises and dangers, placed where {@code characters} stand. */
    void update(ImmutableArray<Entity> characters) {
        hearing.listen(characters);
        sight.look(characters);
        impacts.clear();
        shooters.clear();
        for (; read < events.events().size; read++) {
            GameEvent event = events.events().get(read);
            if (event.type == EventType.WEAPON_IMPACT && !Float.isNaN(event.x)) {
                impacts.add(event.x, event.y);
                shooters.add(event.whoId);
            }
        }
    }

    /** How many shots struck something in the last tick. */
    public int impacts() {
        return shooters.size;
    }

    /** Whether shot {@code i} struck within {@code radius} of (x, y) and was fired by {@code shooter} (an entity id). */
    public boolean impactNear(int i, int shooter, float x, float y, float radius) {
        float dx = impacts.items[2 * i] - x;
        float dy = impacts.items[2 * i + 1] - y;
        return shooters.items[i] == shooter && dx * dx + dy * dy <= radius * radius;
    }

    /** The one the player plays, or null (nobody: a bot-less test, or between characters). */
    public Entity player() {
        return controlled.size() == 0 ? null : controlled.first();
    }
}
