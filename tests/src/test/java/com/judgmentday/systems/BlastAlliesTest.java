package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.content.WeaponDef;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A blast throws the owner's allies about without hurting them, and notes an escort it threw (he protests). */
class BlastAlliesTest {
    private Simulation simulation;

    @AfterEach
    void tearDown() {
        simulation.dispose();
    }

    @Test
    void sarahsGrenadePushesJohnUnhurtAndNotesHim() {
        simulation = new Simulation(TestLevels.flat(40).player(5f).playerAs("sarah").john(8f).person(12f, "orderly")
                .build(), TestContent.tuning(), 1L);
        simulation.step(new ActionSet());
        Entity sarah = simulation.controlled();
        Entity john = simulation.john();
        WeaponDef m79 = TestContent.tuning().weapon("m79");
        Blast blast = new Blast(simulation.world(), simulation.events());
        blast.setHazards(simulation.engine().getEntitiesFor(com.badlogic.ashley.core.Family.all(
                com.judgmentday.components.HazardComponent.class).get()));
        int struck = blast.explode(m79, 10f, 1.8f, sarah);

        assertThat(Mappers.BODY.get(john).body.getLinearVelocity().x).as("thrown away from the blast").isLessThan(-0.5f);
        assertThat(Mappers.DAMAGE.get(john).bodyPoints).as("unhurt").isZero();
        assertThat(blast.thrownEscort).isSameAs(john);
        assertThat(Mappers.DAMAGE.get(simulation.engine().getEntitiesFor(com.badlogic.ashley.core.Family.all(
                com.judgmentday.components.PersonComponent.class).get()).first()).bodyPoints)
                .as("a bystander is not her ally: hurt").isPositive();
        assertThat(struck).isPositive();
    }
}
