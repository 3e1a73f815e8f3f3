package com.judgmentday.sim;

import com.badlogic.ashley.core.Component;
import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.Hashed;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.StateHash;

/**
 * A 64-bit fingerprint of the whole simulation state: the tick, the outcome, the run's flags and the random
 * generator, then every entity in id order with each of its components (by class name) hashing its own state.
 * Equal hashes mean equal runs, to the bit; the hash reads the state and never changes it.
 */
public final class StateHasher {
    private final ImmutableArray<Entity> entities;
    private final StateHash out = new StateHash();
    /** For {@link #digest}: one part of the state at a time. */
    private final StateHash part = new StateHash();
    /** Reused for sorting, so hashing mid-game makes no garbage. */
    private final Array<Entity> byId = new Array<>(false, 64, Entity.class);
    private final Array<Component> parts = new Array<>(false, 16, Component.class);

    public StateHasher(Simulation simulation) {
        this(simulation.engine());
    }

    public StateHasher(Engine engine) {
        this.entities = engine.getEntitiesFor(Family.all(IdentityComponent.class).get());
    }

    public long hash(Simulation simulation) {
        out.reset();
        out.add(simulation.tick()).add(simulation.outcome()).add(simulation.invulnerable()).add(simulation.pursuersDue())
                .add(simulation.nextLevel()).add(simulation.arrivalsDue())
                .add(simulation.openings());
        out.add(simulation.random().getState(0)).add(simulation.random().getState(1));
        // The stage: triggers, beats, objectives, the framing and lock they hold; and the exit the player may leave by.
        out.add(simulation.stage()).add(simulation.exitReached());
        feedEntities();
        return out.value();
    }

    /**
     * The same state as {@link #hash}, in named parts: the run's flags, the random generator, the stage, and each
     * component of each entity on its own (a component's digest is its class name's and its own state's). Reuses
     * the table's arrays: no garbage once it has grown to the level's size.
     */
    public void digest(Simulation simulation, DigestTable table) {
        table.clear();
        table.run = part.reset().add(simulation.tick()).add(simulation.outcome()).add(simulation.invulnerable())
                .add(simulation.pursuersDue()).add(simulation.nextLevel()).add(simulation.arrivalsDue())
                .add(simulation.openings()).add(simulation.exitReached()).value();
        table.random = part.reset().add(simulation.random().getState(0)).add(simulation.random().getState(1)).value();
        table.stage = part.reset().add(simulation.stage()).value();
        sortById();
        for (int i = 0; i < byId.size; i++) {
            IdentityComponent identity = Mappers.IDENTITY.get(byId.items[i]);
            table.ids.add(identity.id);
            table.names.add(identity.name);
            table.firstPart.add(table.partDigests.size);
            sortByClassName(byId.items[i].getComponents());
            for (int p = 0; p < parts.size; p++) {
                Component component = parts.items[p];
                part.reset().add(component.getClass().getName().hashCode());
                if (component instanceof Hashed hashed) {
                    hashed.hash(part);
                }
                table.parts.add(component);
                table.partClasses.add(component.getClass());
                table.partDigests.add(part.value());
            }
        }
        byId.clear();
        parts.clear();
    }

    /** The entities alone, for an engine without a simulation around it. */
    public long hashEntities() {
        out.reset();
        feedEntities();
        return out.value();
    }

    private void feedEntities() {
        sortById();
        out.add(byId.size);
        for (int i = 0; i < byId.size; i++) {
            sortByClassName(byId.items[i].getComponents());
            out.add(parts.size);
            for (int p = 0; p < parts.size; p++) {
                Component part = parts.items[p];
                // The class name tells components apart (its hash is fixed by the language, run to run); a component
                // that is not Hashed (none in core: EveryFieldIsHashedTest) counts only by being there.
                out.add(part.getClass().getName().hashCode());
                if (part instanceof Hashed hashed) {
                    hashed.hash(out);
                }
            }
        }
        byId.clear();
        parts.clear();
    }

    /** Insertion sort: entities are nearly always in id order already (ids are handed out as they are made). */
    private void sortById() {
        byId.clear();
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            int id = Mappers.IDENTITY.get(entity).id;
            int at = byId.size;
            byId.add(entity);
            while (at > 0 && Mappers.IDENTITY.get(byId.items[at - 1]).id > id) {
                byId.items[at] = byId.items[at - 1];
                at--;
            }
            byId.items[at] = entity;
        }
    }

    /** Ashley keeps components in the order they were added; the hash must not depend on that history. */
    private void sortByClassName(ImmutableArray<Component> components) {
        parts.clear();
        for (int i = 0; i < components.size(); i++) {
            Component part = components.get(i);
            String name = part.getClass().getName();
            int at = parts.size;
            parts.add(part);
            while (at > 0 && parts.items[at - 1].getClass().getName().compareTo(name) > 0) {
                parts.items[at] = parts.items[at - 1];
                at--;
            }
            parts.items[at] = part;
        }
    }

    /** A hash as the report writes it: 16 hex digits. */
    public static String hex(long hash) {
        String digits = Long.toHexString(hash);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
