package com.judgmentday.sim;

import com.badlogic.ashley.core.Component;
import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.SizeComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The state hash is a function of the state alone: not of the order things were added, and it makes no garbage. */
class StateHasherTest {
    private static IdentityComponent identity(int id) {
        IdentityComponent identity = new IdentityComponent();
        identity.id = id;
        identity.name = "e" + id;
        return identity;
    }

    private static TransformComponent at(float x) {
        TransformComponent transform = new TransformComponent();
        transform.x = x;
        return transform;
    }

    private static Entity entity(Component... components) {
        Entity entity = new Entity();
        for (Component component : components) {
            entity.add(component);
        }
        return entity;
    }

    private static long hash(Entity... entities) {
        Engine engine = new Engine();
        StateHasher hasher = new StateHasher(engine);
        for (Entity entity : entities) {
            engine.addEntity(entity);
        }
        return hasher.hashEntities();
    }

    @Test
    void theOrderComponentsWereAddedInDoesNotMatter() {
        assertThat(hash(entity(identity(1), at(2f))))
                .isEqualTo(hash(entity(at(2f), identity(1))))
                .isNotEqualTo(hash(entity(identity(1), at(3f))));
    }

    @Test
    void entitiesAreHashedInIdOrderWhateverOrderTheEngineHasThem() {
        assertThat(hash(entity(identity(1), at(1f)), entity(identity(2), at(2f))))
                .isEqualTo(hash(entity(identity(2), at(2f)), entity(identity(1), at(1f))))
                .isNotEqualTo(hash(entity(identity(1), at(2f)), entity(identity(2), at(1f))));
    }

    @Test
    void aComponentCountsByBeingThereEvenWhenItsFieldsAreZero() {
        assertThat(hash(entity(identity(1), new SizeComponent()))).isNotEqualTo(hash(entity(identity(1))));
    }

    @Test
    void hashingARealLevelMakesNoGarbage() {
        Simulation simulation = Scenario.level("hazard-lab").simulation();
        try {
            StateHasher hasher = new StateHasher(simulation);
            long first = 0;
            for (int i = 0; i < 2_000; i++) {
                first = hasher.hash(simulation);
            }
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            int differing = 0;
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 200; i++) {
                differing += hasher.hash(simulation) == first ? 0 : 1;
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(differing).as("hashes of the same state that differed").isZero();
            assertThat(allocated).as("bytes allocated by 200 hashes").isLessThan(1_000L);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void theDigestNamesTheOneComponentThatChangedAndMakesNoGarbage() {
        Simulation simulation = Scenario.level("hazard-lab").simulation();
        try {
            StateHasher hasher = new StateHasher(simulation);
            DigestTable before = new DigestTable();
            DigestTable after = new DigestTable();
            hasher.digest(simulation, before);
            for (int i = 0; i < 2_000; i++) {
                hasher.digest(simulation, after);
            }
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 200; i++) {
                hasher.digest(simulation, after);
            }
            assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).as("bytes allocated by 200 digests")
                    .isLessThan(1_000L);

            Entity player = simulation.controlled();
            com.judgmentday.components.Mappers.TRANSFORM.get(player).x += 1f;
            hasher.digest(simulation, after);
            int id = com.judgmentday.components.Mappers.IDENTITY.get(player).id;
            int changed = 0;
            for (int p = 0; p < after.partDigests.size; p++) {
                if (after.partDigests.get(p) != before.partDigests.get(p)) {
                    changed++;
                    assertThat(after.partClasses.get(p)).isEqualTo(TransformComponent.class);
                    assertThat(p).isBetween(after.firstPart.get(after.indexOf(id)), after.endPart(after.indexOf(id)) - 1);
                }
            }
            assertThat(changed).isEqualTo(1);
            assertThat(after.run).isEqualTo(before.run);
        } finally {
            simulation.dispose();
        }
    }
}
