package com.judgmentday.bot;

import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.report.Playtest;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot on small test levels, one situation each: John far behind, control handed over, a locked door, a window. */
class BotSituationsTest {
    private static final String LEVELS = "src/test/resources/levels/";

    @Test
    void waitsForJohnWhenHeLagsBeforeMakingForTheExit() {
        Simulation simulation = Scenario.level(LEVELS + "john-lags.tmx").simulation();
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), "perfect", 1L);
            float start = Mappers.TRANSFORM.get(simulation.controlled()).x;
            ActionSet keys = new ActionSet();
            for (int i = 0; i < 90; i++) {
                keys.clear();
                bot.poll(simulation.tick(), keys);
                simulation.step(keys);
            }
            // The exit is 6 m away (under a second's run); John starts 26 m behind.
            assertThat(Mappers.TRANSFORM.get(simulation.controlled()).x).isLessThan(start + 1f);
            assertThat(bot.waitedForEscort()).isGreaterThan(60);
            RunReport report = Playtest.run(simulation, bot, 60L * 30);
            assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void doesNotWaitForAProtectedCharacterWhoStaysWhereSheStands() {
        // Sarah, protected, is 20 m behind and follows no one: waiting for her would wait for ever.
        RunReport report = BotTest.play(LEVELS + "protected-stands.tmx", "average", 1L);
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
    }

    @Test
    void playsTheCharacterABeatHandsItAndWinsAsThem() {
        Simulation simulation = Scenario.level(LEVELS + "stage/step-control.tmx").simulation();
        try {
            RunReport report = Playtest.run(simulation, Bot.create(simulation, TestContent.tuning(), "average", 1L), 60L * 30);
            assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
            assertThat(Mappers.IDENTITY.get(simulation.controlled()).name).isEqualTo("john");
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void takesTheKeyOnTheWayAndGoesThroughTheDoorItOpens() {
        assertThat(BotTest.play(LEVELS + "door-key.tmx", "average", 1L).outcome).isEqualTo(Outcome.WIN);
    }

    @Test
    void throwsTheSwitchThatOpensTheDoorInTheWay() {
        RunReport report = BotTest.play(LEVELS + "switch.tmx", "average", 1L);
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        assertThat(report.events).anyMatch(event -> event.type == EventType.SWITCH_THROWN);
    }

    @Test
    void throwsAShuttersSwitchOnceAndWaitsForItToRise() {
        RunReport report = BotTest.play(LEVELS + "shutter.tmx", "average", 1L);
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        assertThat(report.events).filteredOn(event -> event.type == EventType.SWITCH_THROWN).hasSize(1);
    }

    @Test
    void shootsAWindowThatStandsInTheWay() {
        RunReport report = BotTest.play(LEVELS + "breakable.tmx", "average", 1L);
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
    }

    @Test
    void takesThePickUpsAnObjectiveCounts() {
        RunReport report = BotTest.play(LEVELS + "stage/objective-count.tmx", "average", 1L);
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
    }

    @Test
    void neverFiresWithJohnInTheLine() {
        Simulation simulation = Scenario.level(LEVELS + "ally-in-line.tmx").simulation();
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), "perfect", 1L);
            ActionSet keys = new ActionSet();
            int shots = 0;
            // 30 s: the shotgun's shell-by-shell reload lets it fire on where it walked on during a whole reload.
            while (simulation.tick() < 60L * 30 && simulation.outcome() == Outcome.RUNNING) {
                keys.clear();
                bot.poll(simulation.tick(), keys);
                if (keys.has(Action.FIRE) && simulation.t1000() != null) {
                    float me = Mappers.TRANSFORM.get(simulation.controlled()).x;
                    float john = Mappers.TRANSFORM.get(simulation.john()).x;
                    float foe = Mappers.TRANSFORM.get(simulation.t1000()).x;
                    assertThat(john > Math.min(me, foe) && john < Math.max(me, foe))
                            .as("John at %.1f between the T-800 at %.1f and the T-1000 at %.1f, tick %d", john, me, foe,
                                    simulation.tick()).isFalse();
                    shots++;
                }
                simulation.step(keys);
            }
            assertThat(shots).as("it fought").isPositive();
            assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void neverShootsTheRealSarahButFightsTheFakeOnceSheIsOutOfTheLine() {
        Simulation simulation = Scenario.level(LEVELS + "fake-sarah-between.tmx").simulation();
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), "perfect", 1L);
            RunReport report = Playtest.run(simulation, bot, 60L * 30);
            for (com.judgmentday.events.GameEvent event : simulation.events().events()) {
                assertThat(event.type == EventType.WEAPON_HIT && "sarah".equals(event.whom))
                        .as("the real Sarah hit at tick %d", event.tick).isFalse();
            }
            assertThat(simulation.events().first(EventType.T1000_REVEALED)).as("it fought the fake").isNotNull();
            assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void reloadsTheGunThatKnocksTheT1000BackRatherThanOnlySplashItWithAPistol() {
        // The pistol's round (30 N*s) is under the blow that knocks the liquid T-1000 back: fought with it, the
        // T-1000 walks on through the holes (on the mill's hard map it reached John while the bot plinked).
        Simulation simulation = Scenario.level(LEVELS + "two-guns.tmx").simulation();
        try {
            WeaponComponent guns = Mappers.WEAPON.get(simulation.controlled());
            guns.held().loaded = 0;
            Bot bot = Bot.create(simulation, TestContent.tuning(), "perfect", 1L);
            ActionSet keys = new ActionSet();
            boolean reloaded = false;
            while (simulation.tick() < 240 && !keys.has(Action.FIRE)) {
                keys.clear();
                bot.poll(simulation.tick(), keys);
                reloaded |= keys.has(Action.RELOAD);
                assertThat(guns.held().def.name).as("in hand at tick %d", simulation.tick()).isEqualTo("shotgun");
                simulation.step(keys);
            }
            assertThat(reloaded).as("it reloaded the shotgun").isTrue();
            assertThat(keys.has(Action.FIRE)).as("and fired it").isTrue();
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void holdsItsFireAtABracingT1000UntilItComesClose() {
        // From afar a shell barely moves a T-1000 that braces, counts toward its brace all the same, and spends
        // shells: on the Galleria's hard map the bot fired 64 and was stabbed down, empty, at the bike.
        assertThat(firstShotFrom(4)).as("braces: fired on only within braceRange").isLessThan(7.5f);
        assertThat(firstShotFrom(0)).as("does not brace: fired on as soon as in range").isGreaterThan(9f);
    }

    @Test
    void neverFiresThroughAShopperStandingBetweenItAndTheT1000() {
        // In the Galleria's fashion store the bot fired at the cop 14 m off, and the shell killed a shopper between.
        Simulation simulation = new Simulation(com.judgmentday.support.TestLevels.flat(60).player(10f).person(13f,
                "civilian").t1000(17f).build(), TestContent.tuning(), 1L);
        try {
            com.judgmentday.components.HealthComponent shopper = null;
            for (com.badlogic.ashley.core.Entity entity : simulation.engine().getEntities()) {
                if (Mappers.PERSON.has(entity)) {
                    shopper = Mappers.HEALTH.get(entity);
                    // Held where she stands, as a shopper caught in the line would be for a moment.
                    Mappers.CHARACTER.get(entity).heldTicks = 50;
                }
            }
            Mappers.LIQUID.get(simulation.t1000()).braceAfter = 0;
            // It stands 7 m off, in range, for most of a second (a hold too short for the bot to let it be).
            Mappers.CHARACTER.get(simulation.t1000()).heldTicks = 50;
            Bot bot = Bot.create(simulation, TestContent.tuning(), "perfect", 1L);
            ActionSet keys = new ActionSet();
            boolean fired = false;
            while (simulation.tick() < 45) {
                keys.clear();
                bot.poll(simulation.tick(), keys);
                fired |= keys.has(Action.FIRE);
                simulation.step(keys);
            }
            assertThat(fired).as("held its fire while she stood between").isFalse();
            assertThat(shopper.health).isEqualTo(shopper.max);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void everyRoundSpentItGoesForTheNearestBoxOfShells() {
        // On the mill's casting floor the bot stood, empty, and was stabbed down beside a box of shells.
        Simulation simulation = Scenario.level(LEVELS + "ammo-spent.tmx").simulation();
        try {
            WeaponSlot shotgun = Mappers.WEAPON.get(simulation.controlled()).held();
            shotgun.loaded = 0;
            shotgun.reserve = 0;
            playUntil(simulation, () -> simulation.events().first(EventType.PICKUP_TAKEN) != null);
            assertThat(simulation.events().first(EventType.PICKUP_TAKEN)).as("it fetched the shells").isNotNull();
        } finally {
            simulation.dispose();
        }
    }

    /**
     * The perfect bot plays for at most 10 s, until {@code done} holds (null: until it presses fire); the keys it
     * pressed last.
     */
    private static ActionSet playUntil(Simulation simulation, java.util.function.BooleanSupplier done) {
        Bot bot = Bot.create(simulation, TestContent.tuning(), "perfect", 1L);
        ActionSet keys = new ActionSet();
        while (simulation.tick() < 600 && (done == null ? !keys.has(Action.FIRE) : !done.getAsBoolean())) {
            keys.clear();
            bot.poll(simulation.tick(), keys);
            simulation.step(keys);
        }
        return keys;
    }

    /** How far off the T-1000 coming at the bot is when it first fires, metres. */
    private static float firstShotFrom(int braces) {
        Simulation simulation = new Simulation(com.judgmentday.support.TestLevels.flat(60).player(10f).t1000(30f).build(),
                TestContent.tuning(), 1L);
        try {
            Mappers.LIQUID.get(simulation.t1000()).braceAfter = braces;
            ActionSet keys = playUntil(simulation, null);
            assertThat(keys.has(Action.FIRE)).as("it fired").isTrue();
            return Math.abs(Mappers.TRANSFORM.get(simulation.t1000()).x - Mappers.TRANSFORM.get(simulation.controlled()).x);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void reloadsEveryGunItCarriesInALull() {
        Simulation simulation = Scenario.level(LEVELS + "john-lags.tmx").simulation();
        try {
            WeaponComponent guns = Mappers.WEAPON.get(simulation.controlled());
            guns.slots.add(new WeaponSlot(TestContent.tuning().weapons.get("pistol")));
            for (WeaponSlot slot : guns.slots) {
                slot.loaded = 0;
            }
            Bot bot = Bot.create(simulation, TestContent.tuning(), "perfect", 1L);
            ActionSet keys = new ActionSet();
            while (simulation.tick() < 600 && simulation.outcome() == Outcome.RUNNING) {
                keys.clear();
                bot.poll(simulation.tick(), keys);
                simulation.step(keys);
            }
            for (WeaponSlot slot : guns.slots) {
                assertThat(slot.loaded).as(slot.def.name).isEqualTo(slot.def.magazine);
            }
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void climbsOnRatherThanStopOnAChainToShootAtTheFoeBelow() {
        // A shot from a chain goes level, over the T-1000 at its foot, which climbs up to the bot hanging there.
        Simulation simulation = Scenario.level(LEVELS + "chain-up.tmx").simulation();
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), "perfect", 1L);
            ActionSet keys = new ActionSet();
            while (simulation.tick() < 60L * 30 && simulation.outcome() == Outcome.RUNNING) {
                keys.clear();
                bot.poll(simulation.tick(), keys);
                CharacterComponent body = Mappers.CHARACTER.get(simulation.controlled());
                assertThat(body.climbing && keys.has(Action.FIRE)).as("fires from the chain at tick %d", simulation.tick())
                        .isFalse();
                simulation.step(keys);
            }
            assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
            assertThat(simulation.tick()).as("up and out with the T-1000 behind").isLessThan(60L * 12);
        } finally {
            simulation.dispose();
        }
    }
}
