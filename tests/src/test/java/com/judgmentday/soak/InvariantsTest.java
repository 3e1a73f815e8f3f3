package com.judgmentday.soak;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.Mappers;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.systems.BoundsSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the soak checks every tick, on real levels: it holds in play and names what breaks it. */
class InvariantsTest {
    private static final ActionSet NOTHING = new ActionSet();
    private Simulation simulation;

    private Invariants on(String level) {
        simulation = Scenario.level(level).simulation();
        return new Invariants(simulation);
    }

    private void idle(int ticks) {
        for (int i = 0; i < ticks; i++) {
            simulation.step(NOTHING);
        }
    }

    @AfterEach
    void dispose() {
        simulation.dispose();
    }

    @Test
    void holdsOnAShippedLevelAtTheStartAndInPlay() {
        Invariants invariants = on("hazard-lab");
        assertThat(invariants.check()).isNull();
        idle(120);
        assertThat(invariants.check()).isNull();
    }

    @Test
    void countsTheAnchorsOfHangingLoadsAndLetsThemGoWhenTheChainIsCut() {
        // load.tmx: three loads on their chains (an anchor each, no entity), one dropped by a beat at 2 s.
        Invariants invariants = on("src/test/resources/levels/load.tmx");
        int bodies = simulation.world().getBodyCount();
        assertThat(invariants.check()).isNull();
        for (int i = 0; i < 240; i++) {
            simulation.step(NOTHING);
            assertThat(invariants.check()).as("tick " + simulation.tick()).isNull();
        }
        assertThat(simulation.world().getBodyCount()).as("the dropped bucket's anchor went").isEqualTo(bodies - 1);
        // Owned: the T-800, the guard and the three loads; fixed: the floor, two walls, the gallery, the exit's zone.
        assertThat(invariants.bodies()).isEqualTo((bodies - 1) + " bodies: 5 owned by entities, 5 fixed (static, of"
                + " entities without a BodyComponent), 2 load anchors, 0 queued for destruction");
    }

    @Test
    void theBodiesAddUpToTheWorldsCountOnEveryShippedLevel() {
        for (String id : SoakTest.levels()) {
            Invariants invariants = on(id);
            assertThat(invariants.check()).isNull();
            assertThat(invariants.bodies()).as(id).startsWith(simulation.world().getBodyCount() + " bodies: ");
            simulation.dispose();
        }
        simulation = Scenario.level("proving-ground").simulation();
    }

    @Test
    void namesATransformThatIsNotANumber() {
        Invariants invariants = on("galleria");
        Mappers.TRANSFORM.get(simulation.controlled()).prevY = Float.NaN;
        assertThat(invariants.check()).startsWith("CHARACTER t800").contains("transform not finite", "NaN");
    }

    @Test
    void namesABodyMovingAtAnInfiniteSpeed() {
        Invariants invariants = on("galleria");
        Mappers.BODY.get(simulation.john()).body.setLinearVelocity(Float.POSITIVE_INFINITY, 0f);
        assertThat(invariants.check()).startsWith("CHARACTER john").contains("body motion not finite", "Infinity");
    }

    @Test
    void namesWhatHasLeftTheLevelAndIsStillInPlay() {
        // The fall rule runs in the tick: a transform moved out between ticks is what it would have missed.
        Invariants invariants = on("galleria");
        Mappers.TRANSFORM.get(simulation.john()).y = -BoundsSystem.MARGIN - 1f;
        assertThat(invariants.check()).startsWith("CHARACTER john").contains("outside the level at", "still in play");
    }

    @Test
    void aBodyTheFallRuleTookIsNoDefect() {
        Invariants invariants = on("galleria");
        Mappers.BODY.get(simulation.john()).body.setTransform(3f, -BoundsSystem.MARGIN - 1f, 0f);
        simulation.step(NOTHING);
        assertThat(invariants.check()).isNull();
        assertThat(simulation.outcomeReason()).isEqualTo("John fell from the level");
    }

    @Test
    void findsABodyNoEntityOwns() {
        Invariants invariants = on("galleria");
        simulation.world().createBody(new BodyDef());
        assertThat(invariants.check()).startsWith("a stray Box2D body (StaticBody at 0.0, 0.0) with no entity");
    }

    @Test
    void findsTheBodyOfAnEntityThatLeftTheEngineWithoutIt() {
        // A ladder's zone has no BodyComponent: an entity taken out of the engine this way would leave it behind.
        Invariants invariants = on("ai-maze");
        simulation.engine().removeEntity(first(EntityKind.LADDER));
        assertThat(invariants.check()).startsWith("a stray Box2D body (StaticBody").contains("of LADDER", "which left the engine");
    }

    @Test
    void aRemovedEntitysBodyWaitingForTheNextStepIsAccountedFor() {
        Invariants invariants = on("proving-ground");
        Entity crate = first(EntityKind.CRATE);
        Body body = Mappers.BODY.get(crate).body;
        simulation.engine().removeEntity(crate);
        assertThat(simulation.bodies().queued(body)).isTrue();
        assertThat(invariants.check()).isNull();
        simulation.step(NOTHING);
        assertThat(simulation.bodies().queued(body)).isFalse();
        assertThat(invariants.check()).isNull();
    }

    private Entity first(EntityKind kind) {
        for (Entity entity : simulation.engine().getEntities()) {
            if (Mappers.IDENTITY.get(entity).kind == kind) {
                return entity;
            }
        }
        throw new AssertionError("no " + kind + " in " + simulation.level().id);
    }
}
