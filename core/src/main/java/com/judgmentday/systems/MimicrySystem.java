package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;

/**
 * The T-1000's mimicry: touching a person samples them (it can become them later), and standing on a
 * patterned surface (the chequered floor, the striped bar) its body takes the pattern on: a tell.
 */
public final class MimicrySystem extends IteratingSystem {
    private final float touchDistance;
    private final Array<String> patterned;
    private final EventLog events;
    private ImmutableArray<Entity> people;

    public MimicrySystem(int priority, float touchDistance, Array<String> patterned, EventLog events) {
        super(Family.all(AppearanceComponent.class, TransformComponent.class, CharacterComponent.class).get(), priority);
        this.touchDistance = touchDistance;
        this.patterned = patterned;
        this.events = events;
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        people = engine.getEntitiesFor(Family.all(PersonComponent.class, TransformComponent.class).get());
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        AppearanceComponent appearance = Mappers.APPEARANCE.get(entity);
        TransformComponent at = Mappers.TRANSFORM.get(entity);
        for (int i = 0; i < people.size(); i++) {
            Entity person = people.get(i);
            TransformComponent them = Mappers.TRANSFORM.get(person);
            if (!(Math.abs(them.x - at.x) <= touchDistance && Math.abs(them.y - at.y) <= touchDistance)) {
                // Out of touch: its role is not looked up (40 people, every tick).
                continue;
            }
            String role = Mappers.PERSON.get(person).role;
            if (!appearance.sampled.contains(role, false)) {
                appearance.sampled.add(role);
                appearance.lines.add(Mappers.PERSON.get(person).line);
                events.event(EventType.T1000_SAMPLED).who(Mappers.IDENTITY.get(entity)).whom(Mappers.IDENTITY.get(person))
                        .what(role).detail(role).emit();
            }
        }
        CharacterComponent body = Mappers.CHARACTER.get(entity);
        String under = body.groundContacts > 0 && patterned.contains(body.groundMaterial, false) ? body.groundMaterial : "";
        if (!under.equals(appearance.pattern)) {
            appearance.pattern = under;
            if (!under.isEmpty()) {
                events.event(EventType.T1000_GLITCH).who(Mappers.IDENTITY.get(entity)).what(under)
                        .text("takes on the ").text(under).text(" pattern").emit();
            }
        }
    }
}
