package com.judgmentday.physics;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.content.PursuitDef;
import com.judgmentday.events.EventType;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A T-1000 a beat told to brace (brace t1000 4: the Galleria's cop from the food court on), knocked back that many times in a row, leans into
 * the next blows for a while: they throw it a tenth as fast and it is up at once. A shell every 0.8 s had pinned it for
 * good, and a first-time player called the stands "just tapping J". One that does not brace is thrown every time.
 */
class T1000BraceTest {
    /** A full shell up close, N*s (knockbackFull and more). */
    private static final float SHELL = 300f;
    private Simulation simulation;

    @AfterEach
    void dispose() {
        if (simulation != null) {
            simulation.dispose();
        }
    }

    @Test
    void afterItsBracesInARowTheNextBlowsBarelyMoveIt() {
        start(4);
        PursuitDef pursuit = simulation.pursuit();
        for (int i = 0; i < 4; i++) {
            assertThat(blow()).as("blow " + (i + 1) + " throws it").isGreaterThan(pursuit.knockbackSpeed * 0.9f);
            wait(pursuit.recoverTicks + 5);
        }
        assertThat(simulation.events().first(EventType.T1000_BRACED)).as("braced after the fourth").isNotNull();
        LiquidComponent liquid = Mappers.LIQUID.get(simulation.t1000());
        float braced = blow();
        assertThat(braced).as("braced: a tenth as fast").isLessThan(pursuit.knockbackSpeed * pursuit.bracedThrow * 1.1f);
        assertThat(liquid.recoverTicks).as("up at once").isEqualTo(pursuit.bracedRecoverTicks);
        wait(pursuit.braceTicks + 5);
        assertThat(liquid.bracedTicks).as("the brace wears off").isZero();
        assertThat(blow()).as("then a shell throws it again").isGreaterThan(pursuit.knockbackSpeed * 0.9f);
    }

    @Test
    void blowsFurtherApartThanItsWindowStartTheRowAgain() {
        start(4);
        PursuitDef pursuit = simulation.pursuit();
        for (int i = 0; i < 6; i++) {
            blow();
            wait(pursuit.braceWindowTicks + 5);
        }
        assertThat(simulation.events().first(EventType.T1000_BRACED)).as("never four in a row").isNull();
    }

    @Test
    void oneNoBeatToldToBraceIsThrownEveryTime() {
        start(0);
        PursuitDef pursuit = simulation.pursuit();
        for (int i = 0; i < 8; i++) {
            assertThat(blow()).as("blow " + (i + 1)).isGreaterThan(pursuit.knockbackSpeed * 0.9f);
            wait(pursuit.recoverTicks + 5);
        }
        assertThat(simulation.events().first(EventType.T1000_BRACED)).isNull();
    }

    @Test
    void aBeatsBraceStepReachesTheT1000WhenItArrives() {
        // The fight map braces its T-1000 as it comes in (a step at the start found none yet, and it never braced).
        simulation = new Simulation(com.judgmentday.level.LevelCatalog.load("steel-mill-fight", TestContent.tuning()),
                TestContent.tuning(), 1L);
        wait(60 * 5);
        assertThat(Mappers.LIQUID.get(simulation.t1000()).braceAfter).isEqualTo(4);
    }

    private void start(int braces) {
        simulation = new Simulation(TestLevels.flat(80).t1000(40f).build(), TestContent.tuning(), 1L);
        wait(30);
        Mappers.LIQUID.get(simulation.t1000()).braceAfter = braces;
    }

    /** A full shell's blow from the east this tick: how fast it is thrown west, m/s. */
    private float blow() {
        Entity t1000 = simulation.t1000();
        Body body = Mappers.BODY.get(t1000).body;
        body.setTransform(40f, body.getPosition().y, 0f);
        body.setLinearVelocity(0f, 0f);
        DamageComponent damage = Mappers.DAMAGE.get(t1000);
        damage.impulseX = -SHELL;
        simulation.step(new ActionSet());
        return -body.getLinearVelocity().x;
    }

    private void wait(int ticks) {
        for (int i = 0; i < ticks; i++) {
            simulation.step(new ActionSet());
        }
    }
}
