package com.judgmentday.ai;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.PursuitDef;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Integration: the T-1000's liquid body, mimicry and re-planning in a real Box2D world. */
class T1000BodyTest {
    private final PursuitDef pursuit = TestContent.tuning().pursuit(null);
    private Simulation simulation;

    @AfterEach
    void tearDown() {
        if (simulation != null) {
            simulation.dispose();
        }
    }

    /**
     * Sarah played at 20 m, John at {@code john}, the T-1000 at {@code t1000}, the player holding {@code actions} for
     * {@code ticks} (or until the level ends): how near the T-1000's centre came to hers from the east, metres.
     */
    private float sarahAt20(float john, float t1000, int ticks, Action... actions) {
        simulation = new Simulation(TestLevels.flat(40).player(20f).playerAs("sarah").john(john).t1000(t1000).build(),
                TestContent.tuning(), 1L);
        Entity it = simulation.t1000();
        float least = 100f;
        for (int i = 0; i < ticks && simulation.outcome() == com.judgmentday.sim.Outcome.RUNNING; i++) {
            run(1, actions);
            least = Math.min(least, Mappers.TRANSFORM.get(it).x - Mappers.TRANSFORM.get(simulation.controlled()).x);
        }
        return least;
    }

    private void run(int ticks, Action... actions) {
        ActionSet set = new ActionSet();
        for (Action action : actions) {
            set.add(action);
        }
        for (int i = 0; i < ticks; i++) {
            simulation.step(set);
        }
    }

    @Test
    void theShotgunSplashesItKnocksItBackAndTheHolesClose() {
        simulation = new Simulation(TestLevels.flat(60).t1000(7f).build(), TestContent.tuning(), 1L);
        Entity t1000 = simulation.t1000();
        run(5);
        float before = Mappers.TRANSFORM.get(t1000).x;
        run(1, Action.FIRE);
        run(1);
        assertThat(Mappers.LIQUID.get(t1000).holes).isPositive();
        assertThat(Mappers.LIQUID.get(t1000).recoverTicks).as("knocked back").isPositive();
        assertThat(simulation.events().first(EventType.T1000_SPLASHED)).isNotNull();
        assertThat(simulation.events().first(EventType.T1000_KNOCKED_BACK)).isNotNull();
        assertThat(Mappers.CHARACTER.get(t1000).speedScale).as("holes slow it").isLessThan(pursuit.speedScale);
        run(10);
        assertThat(Mappers.TRANSFORM.get(t1000).x).as("pushed away from the shooter").isGreaterThan(before + 0.3f);
        assertThat(Mappers.T1000.get(t1000).state).isEqualTo(com.judgmentday.components.T1000State.RECOVER);
        run(pursuit.holeCloseTicks * 12 + pursuit.recoverTicks);
        assertThat(Mappers.LIQUID.get(t1000).holes).as("closed over time").isZero();
        assertThat(Mappers.CHARACTER.get(t1000).speedScale).isEqualTo(pursuit.speedScale);
    }

    @Test
    void itStrikesTheT800GuardingJohnAboveItRatherThanLeapIt() {
        // John on a step above (as at the top of the Galleria's ramp), the T-800 in front of him: hunting, it leapt the
        // T-800 and landed between them, and a first-time player never got between them again.
        com.judgmentday.level.LevelDef level = TestLevels.flat(40).player(18f).john(23f).t1000(10f)
                .solid(20f, 1f, 40f, 1.8f).build();
        level.spawn(com.judgmentday.level.SpawnDef.Kind.JOHN).y = 1.8f;
        simulation = new Simulation(level, TestContent.tuning(), 1L);
        Entity t1000 = simulation.t1000();
        float most = -100f;
        for (int i = 0; i < 4 * 60; i++) {
            run(1);
            most = Math.max(most, Mappers.TRANSFORM.get(t1000).x - Mappers.TRANSFORM.get(simulation.controlled()).x);
        }
        assertThat(most).as("how far past the T-800 it got, metres").isLessThan(0f);
        assertThat(simulation.events().events()).filteredOn(e -> e.type == EventType.T1000_HIT).extracting(e -> e.whom)
                .as("its blade fell on the T-800 in its way").contains("t800").doesNotContain("john");
    }

    @Test
    void sarahPlayedGuardsJohnAsTheT800Does() {
        // Sarah and John's chase: it leapt over Sarah and stood between her and John, so every blast drove it on
        // toward him. The one the player plays guards as the T-800 does: struck, not leapt.
        simulation = new Simulation(TestLevels.flat(40).player(18f).playerAs("sarah").person(17.6f, "civilian").john(22f)
                .t1000(16.8f).build(),
                TestContent.tuning(), 1L);
        Entity sarah = simulation.controlled();
        float feet = Mappers.TRANSFORM.get(sarah).y - Mappers.CHARACTER.get(sarah).height / 2f;
        assertThat(Mappers.CHARACTER.get(sarah).def.blocksPursuer).as("not by her def").isFalse();
        assertThat(T1000Ahead.guarding(sarah, 16.8f, feet, 22f, T1000Ahead.LEAP)).as("played, she guards").isTrue();
        Entity shopper = null;
        for (Entity entity : simulation.engine().getEntities()) {
            shopper = Mappers.PERSON.has(entity) ? entity : shopper;
        }
        assertThat(T1000Ahead.guarding(shopper, 16.8f, feet, 22f, T1000Ahead.LEAP)).as("a shopper there does not")
                .isFalse();
    }

    @Test
    void theOnePlayedStandingGuardIsAWallItStrikesNotABodyItWalksOrLungesThrough() {
        // Sarah's push to the platform: characters' bodies pass through each other, and it walked (and lunged) through
        // Sarah standing still in front of John, and took him. It stands at her and strikes her instead.
        float closest = sarahAt20(18.5f, 30f, 6 * 60);
        assertThat(closest).as("how near Sarah's centre it came, metres: never through her").isGreaterThan(0.5f);
        assertThat(simulation.events().events()).filteredOn(e -> e.type == EventType.T1000_HIT).extracting(e -> e.whom)
                .as("its blade fell on Sarah, not John").contains("sarah").doesNotContain("john");
    }

    @Test
    void theOnePlayedWalkingAfterItMeetsItsBodyAndDoesNotComeOutOnItsFarSide() {
        // Sarah's push to the platform, played: "I stepped after it and it walked straight through Sarah to John" (four
        // first-timers). Bodies passed through each other, so a step after a knock-back put her on its far side and
        // John was open. The one played is a body it meets, as the T-800 is.
        float least = sarahAt20(17f, 23f, 2 * 60, Action.RIGHT);
        assertThat(least).as("how near Sarah's centre came to its, metres: never past it").isGreaterThan(0.3f);
    }

    @Test
    void itDoesNotPourPastTheOnePlayedToReachJohnFarBehindHer() {
        // The chase's first moments: Sarah ran ahead off the catwalk, John still on his way down; it came at him and
        // walked through her ("it appeared right behind me, between me and John": three first-timers of four).
        float least = sarahAt20(10f, 30f, 5 * 60);
        assertThat(least).as("how near Sarah's centre it came, metres: never past her").isGreaterThan(0.3f);
        assertThat(simulation.events().events()).filteredOn(e -> e.type == EventType.T1000_HIT).extracting(e -> e.whom)
                .as("its blade falls on the body in its way").contains("sarah").doesNotContain("john");
    }

    @Test
    void aBlowAsHardAsAGrenadeBurstsItOpenForALongRecovery() {
        simulation = new Simulation(TestLevels.flat(60).t1000(20f).build(), TestContent.tuning(), 1L);
        Entity t1000 = simulation.t1000();
        run(5);
        Mappers.DAMAGE.get(t1000).pelletHits = 1;
        Mappers.DAMAGE.get(t1000).impulseX = pursuit.burstImpulse;
        run(1);
        assertThat(simulation.events().first(EventType.T1000_BURST)).isNotNull();
        assertThat(simulation.events().first(EventType.T1000_KNOCKED_BACK)).isNull();
        assertThat(Mappers.LIQUID.get(t1000).recoverTicks).isEqualTo(pursuit.burstRecoverTicks - 1);
    }

    @Test
    void itFlattensToPourAndStandsUpAgainWithItsFeetStillOnTheGround() {
        simulation = new Simulation(TestLevels.flat(60).t1000(20f).build(), TestContent.tuning(), 1L);
        Entity t1000 = simulation.t1000();
        t1000.remove(com.judgmentday.components.T1000Component.class);
        run(10);
        float feet = Mappers.TRANSFORM.get(t1000).y - Mappers.CHARACTER.get(t1000).height / 2f;
        Mappers.INTENT.get(t1000).squeeze = true;
        run(10);
        assertThat(Mappers.CHARACTER.get(t1000).height).isEqualTo(TestContent.tuning().character("t1000").squeezeHeight);
        assertThat(Mappers.TRANSFORM.get(t1000).y - Mappers.CHARACTER.get(t1000).height / 2f)
                .isCloseTo(feet, org.assertj.core.data.Offset.offset(0.02f));
        assertThat(Mappers.CHARACTER.get(t1000).groundContacts).as("the old feet's contact ended").isEqualTo(1);
        assertThat(simulation.events().first(EventType.T1000_POURED)).isNotNull();
        Mappers.INTENT.get(t1000).squeeze = false;
        run(10);
        assertThat(Mappers.CHARACTER.get(t1000).height).isEqualTo(TestContent.tuning().character("t1000").height);
        assertThat(Mappers.CHARACTER.get(t1000).groundContacts).isEqualTo(1);
    }

    @Test
    void closingInItJumpsWhatIsInTheWay() {
        simulation = new Simulation(TestLevels.flat(40).crate(5f).t1000(7f).build(), TestContent.tuning(), 1L);
        run(120);
        assertThat(Mappers.TRANSFORM.get(simulation.t1000()).x).as("past the crate to the player at x=2").isLessThan(5f);
        assertThat(simulation.events().stats().get("jumps", 0)).as("it jumped rather than shoving").isPositive();
        assertThat(simulation.events().first(EventType.T1000_REACHED)).isNotNull();
    }

    @Test
    void touchingAPersonSamplesThemAndPatternedFloorsShowThrough() {
        simulation = new Simulation(TestLevels.flat(60).groundMaterial("chequered").person(10f, "guard").t1000(9.5f).build(),
                TestContent.tuning(), 1L);
        run(10);
        assertThat(Mappers.APPEARANCE.get(simulation.t1000()).sampled).containsExactly("police", "guard");
        assertThat(simulation.events().first(EventType.T1000_SAMPLED).detail()).isEqualTo("guard");
        assertThat(Mappers.APPEARANCE.get(simulation.t1000()).pattern).isEqualTo("chequered");
        assertThat(simulation.events().first(EventType.T1000_GLITCH).detail()).isEqualTo("takes on the chequered pattern");
    }

    @Test
    void itRePlansWhenItsTargetMoves() {
        simulation = new Simulation(TestLevels.flat(80).t1000(4f).build(), TestContent.tuning(), 1L);
        Entity marker = new Entity();
        TransformComponent where = new TransformComponent();
        where.x = 30f;
        where.y = 1f;
        marker.add(where);
        simulation.engine().addEntity(marker);
        Mappers.T1000.get(simulation.t1000()).target = marker;
        PathPlanner planner = simulation.navigation().planner;
        run(120);
        int searches = planner.searches();
        int goal = Mappers.ROUTE.get(simulation.t1000()).goalNode;
        where.x = 42f;
        run(240);
        assertThat(planner.searches()).as("planned again for the new place").isGreaterThan(searches);
        assertThat(Mappers.ROUTE.get(simulation.t1000()).goalNode).isNotEqualTo(goal);
        assertThat(Mappers.TRANSFORM.get(simulation.t1000()).x).isCloseTo(42f, org.assertj.core.data.Offset.offset(pursuit.stabRange + 0.3f));
    }

    @Test
    void harderDifficultiesHuntFaster() {
        Simulation hard = new Simulation(TestLevels.flat(120).t1000(110f).build(), TestContent.tuning(), 1L, null, "hard");
        RunReport hardReport = com.judgmentday.report.Playtest.run(hard, com.judgmentday.input.InputSource.NONE, 3600);
        hard.dispose();
        Simulation slow = new Simulation(TestLevels.flat(120).t1000(110f).build(), TestContent.tuning(), 1L, null, "easy");
        RunReport easyReport = com.judgmentday.report.Playtest.run(slow, com.judgmentday.input.InputSource.NONE, 3600);
        slow.dispose();
        assertThat(hardReport.events.select(e -> e.type == EventType.T1000_REACHED).iterator().next().tick)
                .isLessThan(easyReport.events.select(e -> e.type == EventType.T1000_REACHED).iterator().next().tick);
    }
}
