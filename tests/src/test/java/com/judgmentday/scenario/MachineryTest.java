package com.judgmentday.scenario;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.bot.Bot;
import com.judgmentday.components.ArmComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Cog wheels that catch an arm (a crusher with {@code catches}): the T-800 is held where it stood until the player
 * holds Interact for its {@code cutFreeSeconds}; then it fights on one-armed, the M16 it held passed over for the M79.
 */
class MachineryTest {
    private static final String LEVEL = "src/test/resources/levels/machinery.tmx";
    private static final ActionSet NOTHING = new ActionSet();
    private static final ActionSet RIGHT = new ActionSet().add(Action.RIGHT);
    private static final ActionSet INTERACT = new ActionSet().add(Action.INTERACT);
    private static final ActionSet SWITCH = new ActionSet().add(Action.SWITCH_WEAPON);
    private static final ActionSet FIRE = new ActionSet().add(Action.FIRE);

    private static void step(Simulation simulation, int ticks, ActionSet actions) {
        for (int i = 0; i < ticks; i++) {
            simulation.step(actions);
        }
    }

    @Test
    void theCogsHoldTheArmUntilInteractIsHeldLongEnoughThenItFightsOnOneArmed() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        try {
            Entity t800 = simulation.controlled();
            float health = Mappers.HEALTH.get(t800).health;
            step(simulation, 31, NOTHING);
            GameEvent caught = simulation.events().first(EventType.ARM_CAUGHT);
            assertThat(caught).as("caught at the first strike, half a second in").isNotNull();
            assertThat(caught.what).isEqualTo("cogs");
            assertThat(Mappers.HEALTH.get(t800).health).as("held, not struck").isEqualTo(health);
            float x = Mappers.TRANSFORM.get(t800).x;

            step(simulation, 90, RIGHT);
            assertThat(Mappers.TRANSFORM.get(t800).x).as("it can't walk away").isCloseTo(x, within(0.05f));
            step(simulation, 90, FIRE);
            assertThat(simulation.events().first(EventType.WEAPON_FIRED)).as("its hands are busy").isNull();

            int cutTicks = Math.round(TestContent.tuning().character("t800").cutFreeSeconds * Simulation.TICKS_PER_SECOND);
            step(simulation, cutTicks - 1, INTERACT);
            assertThat(simulation.events().first(EventType.ARM_CUT_FREE)).as("a tick short").isNull();
            step(simulation, 1, INTERACT);
            assertThat(simulation.events().first(EventType.ARM_CUT_FREE)).isNotNull();
            ArmComponent arm = Mappers.ARM.get(t800);
            assertThat(arm.caught).isFalse();
            assertThat(arm.oneArmed).isTrue();
            WeaponComponent weapons = Mappers.WEAPON.get(t800);
            assertThat(weapons.held().def.name).as("the two-handed M16 put away for the M79").isEqualTo("m79");

            step(simulation, 20, NOTHING);
            step(simulation, 2, SWITCH);
            step(simulation, 2, NOTHING);
            assertThat(weapons.held().def.name).as("switching passes the M16 over").isEqualTo("m79");
            assertThat(simulation.events().events()).filteredOn(e -> e.type == EventType.WEAPON_TWO_HANDED)
                    .extracting(e -> e.detail()).containsExactly("one-armed: the M16 takes two hands");

            step(simulation, 120, RIGHT);
            assertThat(Mappers.TRANSFORM.get(t800).x).as("free to go").isGreaterThan(x + 2f);
            assertThat(simulation.events().events()).filteredOn(e -> e.type == EventType.ARM_CAUGHT).as("one arm to lose")
                    .hasSize(1);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void oneArmedWithOnlyATwoHandedWeaponItWontFireAndSaysWhyOnce() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        try {
            Entity t800 = simulation.controlled();
            WeaponComponent weapons = Mappers.WEAPON.get(t800);
            weapons.slots.removeIndex(1);
            step(simulation, 31, NOTHING);
            step(simulation, Math.round(TestContent.tuning().character("t800").cutFreeSeconds * 60f), INTERACT);
            assertThat(Mappers.ARM.get(t800).oneArmed).isTrue();
            assertThat(weapons.held().def.name).as("nothing else to hold").isEqualTo("m16");
            step(simulation, 60, FIRE);
            step(simulation, 10, NOTHING);
            step(simulation, 60, FIRE);
            assertThat(simulation.events().first(EventType.WEAPON_FIRED)).isNull();
            assertThat(weapons.held().loaded).isEqualTo(weapons.held().def.magazine);
            assertThat(simulation.events().events()).filteredOn(e -> e.type == EventType.WEAPON_TWO_HANDED).hasSize(1);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void aCheckpointPastTheCogsStartsTheT800OneArmedWithItsRerouteSpent() {
        Simulation simulation = new Simulation(LevelCatalog.load(LEVEL, TestContent.tuning()), TestContent.tuning(), 1L,
                "past the cogs");
        try {
            Entity t800 = simulation.controlled();
            assertThat(Mappers.ARM.get(t800).oneArmed).isTrue();
            assertThat(Mappers.WEAPON.get(t800).held().def.name).isEqualTo("m79");
            assertThat(Mappers.HEALTH.get(t800).shutdowns).as("a shutdown from here is final").isOne();
            assertThat(Mappers.HEALTH.get(t800).fraction())
                    .isEqualTo(TestContent.tuning().character("t800").shutdown.health);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void aMapWhoseStoryTookTheArmAndTheRerouteStartsTheT800SoFromItsSpawn() {
        Simulation simulation = new Simulation(LevelCatalog.load("src/test/resources/levels/machinery-later.tmx", TestContent.tuning()),
                TestContent.tuning(), 1L);
        try {
            Entity t800 = simulation.controlled();
            assertThat(Mappers.ARM.get(t800).oneArmed).isTrue();
            assertThat(Mappers.HEALTH.get(t800).shutdowns).as("a shutdown here is final").isOne();
            assertThat(Mappers.HEALTH.get(t800).fraction())
                    .isEqualTo(TestContent.tuning().character("t800").shutdown.health);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void theBotHoldsInteractToCutItselfFree() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), "average", 1L);
            ActionSet keys = new ActionSet();
            for (int i = 0; i < 60 * 8 && simulation.events().first(EventType.ARM_CUT_FREE) == null; i++) {
                keys.clear();
                bot.poll(simulation.tick(), keys);
                simulation.step(keys);
            }
            assertThat(simulation.events().first(EventType.ARM_CAUGHT)).isNotNull();
            assertThat(simulation.events().first(EventType.ARM_CUT_FREE)).as("cut free within 8 s").isNotNull();
        } finally {
            simulation.dispose();
        }
    }
}
