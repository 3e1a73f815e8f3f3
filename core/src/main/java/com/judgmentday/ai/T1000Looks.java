package com.judgmentday.ai;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.PoseComponent;
import com.judgmentday.content.Lines;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;

/** What the T-1000 looks like: a disguise taken on and off among people, and a beat's pose counted down. */
final class T1000Looks {
    private final Entity entity;
    private final AppearanceComponent appearance;
    private final LiquidComponent liquid;
    private final CharacterComponent body;
    private final EventLog events;
    /** The words of the lines its sampled people had (their keys are in its appearance). */
    private final Lines lines;

    T1000Looks(Entity entity, EventLog events, Lines lines) {
        this.entity = entity;
        this.appearance = Mappers.APPEARANCE.get(entity);
        this.liquid = Mappers.LIQUID.get(entity);
        this.body = Mappers.CHARACTER.get(entity);
        this.events = events;
        this.lines = lines;
    }

    /** Counts the pose down; a new hole (a shot) or a knock-back ends it at once, and it goes back to its own look. */
    void holdPose() {
        PoseComponent pose = Mappers.POSE.get(entity);
        if (pose == null) {
            return;
        }
        boolean shot = liquid.holes > pose.holes || liquid.recoverTicks > 0;
        pose.holes = liquid.holes;
        if (body.groundContacts > 0) {
            pose.fusedTo = body.groundMaterial;
        }
        if (!shot && --pose.ticks > 0) {
            return;
        }
        entity.remove(PoseComponent.class);
        appearance.disguised = false;
        appearance.look = appearance.sampled.first();
        IdentityComponent whom = Mappers.IDENTITY.get(entity);
        events.event(EventType.T1000_REVEALED).who(whom).what(shot ? "shot" : "time")
                .detail(shot ? "shot while posing as " + pose.as : "done posing as " + pose.as).emit();
    }

    /** Takes on the last look it sampled (saying that person's line, in their voice), or drops it. */
    void disguise(boolean on) {
        if (on && !appearance.disguised) {
            appearance.look = appearance.sampled.peek();
            String line = appearance.lines.peek();
            IdentityComponent self = Mappers.IDENTITY.get(entity);
            events.event(EventType.T1000_DISGUISED).who(self).what(appearance.look).detail(appearance.look).emit();
            if (lines.has(line)) {
                // It speaks in the voice it copied: the line's own speaker, said by the T-1000.
                events.event(EventType.LINE_SAID).who(self.id, lines.speaker(line)).what(line).amount(lines.readingSeconds(line))
                        .detail(lines.words(line)).emit();
            }
        }
        appearance.disguised = on;
    }
}
