package com.judgmentday.ai;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.HearingDef;
import com.judgmentday.events.EventLog;

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

    public Senses(Engine engine, EventLog events, World world, HearingDef hearing) {
        this.hearing = new Hearing(events, world, hearing);
        this.sight = new Sight(events, world);
        this.controlled = engine.getEntitiesFor(Family.all(ControlComponent.class, TransformComponent.class).get());
    }

    /** Takes the last tick's noises and dangers, placed where {@code characters} stand. */
    void update(ImmutableArray<Entity> characters) {
        hearing.listen(characters);
        sight.look(characters);
    }

    /** The one the player plays, or null (nobody: a bot-less test, or between characters). */
    public Entity player() {
        return controlled.size() == 0 ? null : controlled.first();
    }

    /** Everyone the player may play (the first is played now). */
    public ImmutableArray<Entity> controlled() {
        return controlled;
    }
}
