package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.T1000State;
import com.judgmentday.content.WeaponDef;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chevron over the T-1000 says when a shot from the gun in hand would throw it back at full force. */
class RangeCueTest {
    @Test
    void itShowsWhereAShotgunBlastThrowsItBackHardAndNotFromAfarNorOverAFake() {
        Simulation simulation = new Simulation(TestLevels.flat(60).player(10f).t1000(30f).loadout("shotgun").build(),
                TestContent.tuning(), 1L);
        try {
            Entity player = simulation.controlled();
            Entity t1000 = simulation.t1000();
            WeaponDef shotgun = Mappers.WEAPON.get(player).held().def;
            assertThat(shotgun.blowAt(2f)).as("up close, all seven pellets").isGreaterThan(simulation.pursuit().knockbackFull);
            assertThat(shotgun.blowAt(12f)).as("from across a hall").isLessThan(simulation.pursuit().knockbackFull);
            assertThat(shotgun.blowAt(20f)).as("beyond its range").isZero();
            at(t1000, 12.5f);
            assertThat(RangeCue.close(player, t1000, simulation.pursuit())).as("two or three steps off").isTrue();
            at(t1000, 22f);
            assertThat(RangeCue.close(player, t1000, simulation.pursuit())).as("12 m off").isFalse();
            at(t1000, 12.5f);
            Mappers.T1000.get(t1000).state = T1000State.DISGUISED;
            assertThat(RangeCue.close(player, t1000, simulation.pursuit())).as("blending in its own look: cued").isTrue();
            Mappers.APPEARANCE.get(t1000).disguised = true;
            assertThat(RangeCue.close(player, t1000, simulation.pursuit())).as("in someone's look: no cue to give it away")
                    .isFalse();
        } finally {
            simulation.dispose();
        }
    }

    private static void at(Entity entity, float x) {
        Mappers.TRANSFORM.get(entity).x = x;
    }
}
