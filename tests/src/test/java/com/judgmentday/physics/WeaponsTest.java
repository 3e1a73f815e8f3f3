package com.judgmentday.physics;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.WeaponDef;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Hold;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Integration: each weapon's effect in a real world, magazines and reloads, pick-ups, grenades and tanks. */
class WeaponsTest {
    private final TuningDef tuning = TestContent.tuning();
    private Simulation simulation;

    @AfterEach
    void tearDown() {
        if (simulation != null) {
            simulation.dispose();
        }
    }

    private void start(TestLevels level) {
        simulation = new Simulation(level.build(), tuning, 1L);
        hold(10);
    }

    private void hold(int ticks, Action... actions) {
        Hold.hold(simulation, ticks, actions);
    }

    private int shots() {
        return simulation.events().stats().get("shotsFired", 0);
    }

    private WeaponComponent weapons() {
        return Mappers.WEAPON.get(simulation.controlled());
    }

    private Entity first(EntityKind kind) {
        for (Entity entity : simulation.engine().getEntities()) {
            if (Mappers.IDENTITY.get(entity).kind == kind) {
                return entity;
            }
        }
        return null;
    }

    @Test
    void thePistolFiresOncePerPressAndNearAPersonItAimsAtTheLegs() {
        start(TestLevels.flat(40).loadout("pistol").person(8f, "guard"));
        hold(60, Action.FIRE);
        assertThat(shots()).as("holding the trigger is one shot").isEqualTo(1);
        hold(1);
        assertThat(simulation.events().first(EventType.WEAPON_IMPACT).what).isEqualTo("flesh");
        assertThat(simulation.events().first(EventType.PERSON_DOWN).detail()).isEqualTo("hit in the legs");
        hold(1, Action.FIRE);
        hold(1);
        assertThat(shots()).isEqualTo(2);
        assertThat(simulation.casualties()).as("leg hits never kill").isEmpty();
    }

    @Test
    void theM16FiresAsLongAsTheTriggerIsHeld() {
        start(TestLevels.flat(40).loadout("m16"));
        WeaponDef m16 = tuning.weapon("m16");
        hold(m16.cooldownTicks * 10, Action.FIRE);
        assertThat(shots()).isEqualTo(10);
        assertThat(weapons().held().loaded).isEqualTo(m16.magazine - 10);
    }

    @Test
    void theMinigunSpinsUpBeforeItsFirstRoundAndItsRecoilPushesTheShooterBack() {
        start(TestLevels.flat(40).player(20f).loadout("minigun"));
        WeaponDef minigun = tuning.weapon("minigun");
        float before = Mappers.TRANSFORM.get(simulation.controlled()).x;
        hold(minigun.spinUpTicks, Action.FIRE);
        assertThat(shots()).as("still spinning up").isZero();
        hold(60, Action.FIRE);
        assertThat(shots()).isEqualTo((60 + minigun.cooldownTicks - 1) / minigun.cooldownTicks);
        assertThat(Mappers.TRANSFORM.get(simulation.controlled()).x).as("recoil pushes, the T-800 holds its ground")
                .isLessThan(before - 0.01f).isGreaterThan(before - 0.5f);
    }

    @Test
    void switchingCyclesTheLoadoutAndAReloadDrawsOnTheRoundsCarried() {
        start(TestLevels.flat(40).loadout("shotgun", "pistol"));
        hold(1, Action.SWITCH_WEAPON);
        hold(1);
        assertThat(weapons().held().def.name).isEqualTo("pistol");
        assertThat(simulation.events().first(EventType.WEAPON_SWITCHED).detail()).isEqualTo("pistol");
        hold(20);
        WeaponSlot pistol = weapons().held();
        int magazine = pistol.def.magazine;
        int carried = pistol.reserve;
        for (int i = 0; i < magazine; i++) {
            hold(1, Action.FIRE);
            hold(pistol.def.cooldownTicks);
        }
        assertThat(pistol.loaded).isZero();
        hold(1, Action.RELOAD);
        hold(pistol.def.reloadTicks + 1);
        assertThat(pistol.loaded).isEqualTo(magazine);
        assertThat(pistol.reserve).isEqualTo(carried - magazine);

        pistol.reserve = 0;
        pistol.loaded = 0;
        hold(1, Action.FIRE);
        hold(1);
        assertThat(weapons().reloading).as("nothing to reload with").isZero();
        assertThat(simulation.events().first(EventType.WEAPON_EMPTY)).isNotNull();
    }

    @Test
    void walkingIntoPickupsTakesAWeaponAndAmmunition() {
        start(TestLevels.flat(40).loadout("shotgun").pickup(5f, "ammo", 6).pickup(8f, "m16", 1));
        int carried = weapons().held().reserve;
        hold(90, Action.RIGHT);
        assertThat(weapons().slot("shotgun").reserve).isEqualTo(carried + 6);
        assertThat(weapons().slot("m16")).isNotNull();
        assertThat(simulation.events().events()).filteredOn(e -> e.type == EventType.PICKUP_TAKEN).hasSize(2);
        assertThat(first(EntityKind.PICKUP)).as("taken, gone").isNull();
    }

    @Test
    void shellsForTheShotgunGoToItWhateverIsInHandAndStayWhereTheyLieWithoutIt() {
        // A box of shells walked over with the pistol in hand gave the pistol eight rounds (the mill, the Galleria).
        start(TestLevels.flat(40).loadout("pistol", "shotgun").pickup(5f, "ammo", 8, "shotgun")
                .pickup(8f, "ammo", 30, "m16"));
        int shells = weapons().slot("shotgun").reserve;
        int rounds = weapons().slot("pistol").reserve;
        assertThat(weapons().held().def.name).isEqualTo("pistol");
        hold(90, Action.RIGHT);
        assertThat(weapons().slot("shotgun").reserve).isEqualTo(shells + 8);
        assertThat(weapons().slot("pistol").reserve).as("the pistol in hand gets none").isEqualTo(rounds);
        assertThat(simulation.events().events()).filteredOn(e -> e.type == EventType.PICKUP_TAKEN)
                .extracting(e -> e.whom).containsExactly("shotgun");
        assertThat(first(EntityKind.PICKUP)).as("the M16's rounds, with no M16, stay where they lie").isNotNull();
    }

    @Test
    void aGrenadeArcsBouncesAndExplodesWhenItsFuseRunsOut() {
        start(TestLevels.flat(60).loadout("m79"));
        WeaponDef m79 = tuning.weapon("m79");
        hold(1, Action.FIRE);
        Entity grenade = first(EntityKind.GRENADE);
        assertThat(grenade).isNotNull();
        float highest = 0f;
        for (int i = 0; i < m79.fuseTicks - 2; i++) {
            hold(1);
            highest = Math.max(highest, Mappers.TRANSFORM.get(grenade).y);
        }
        assertThat(highest).as("it arcs up from the muzzle").isGreaterThan(Mappers.TRANSFORM.get(simulation.controlled()).y + 0.2f);
        assertThat(simulation.events().first(EventType.EXPLOSION)).isNull();
        hold(3);
        GameEvent explosion = simulation.events().first(EventType.EXPLOSION);
        assertThat(explosion.detail()).startsWith("fuse");
        assertThat(explosion.tick - simulation.events().first(EventType.GRENADE_LAUNCHED).tick).isEqualTo(m79.fuseTicks);
        assertThat(first(EntityKind.GRENADE)).isNull();
    }

    @Test
    void aTankRupturesOnlyWhenStruckHardEnough() {
        start(TestLevels.flat(40).loadout("pistol", "shotgun").nitrogenTank(8f, 800f, 150f));
        HazardComponent tank = Mappers.HAZARD.get(simulation.engine().getEntitiesFor(Family.all(HazardComponent.class).get()).first());
        hold(1, Action.FIRE);
        hold(20);
        assertThat(tank.spilling).as("one pistol round is not enough").isFalse();
        hold(1, Action.SWITCH_WEAPON);
        hold(20);
        hold(1, Action.FIRE);
        hold(2);
        assertThat(tank.spilling).isTrue();
        assertThat(simulation.events().first(EventType.TANK_RUPTURED).detail()).contains("800 litres");
        hold(60);
        assertThat(Mappers.ZONE.get(simulation.engine().getEntitiesFor(Family.all(HazardComponent.class).get()).first()).width)
                .as("it spills across the floor").isGreaterThan(1f);
    }

    @Test
    void anAutomaticHeldPastItsMagazineReloadsAndFiresOn() {
        start(TestLevels.flat(40).loadout("m16"));
        WeaponDef m16 = tuning.weapon("m16");
        hold(m16.cooldownTicks * (m16.magazine + 2) + m16.reloadTicks, Action.FIRE);
        assertThat(simulation.events().first(EventType.WEAPON_RELOADED)).isNotNull();
        assertThat(shots()).isGreaterThan(m16.magazine);
    }

    @Test
    void aPressDuringTheCooldownIsKeptAndReloadWithNothingCarriedDoesNotJamTheTrigger() {
        start(TestLevels.flat(40).loadout("pistol"));
        hold(1, Action.FIRE);
        hold(2);
        hold(1, Action.FIRE);
        hold(tuning.weapon("pistol").cooldownTicks + 2);
        assertThat(shots()).as("the second press fires when the cooldown ends").isEqualTo(2);
        weapons().held().reserve = 0;
        hold(1, Action.RELOAD, Action.FIRE);
        hold(tuning.weapon("pistol").cooldownTicks + 2);
        assertThat(shots()).isEqualTo(3);
        assertThat(simulation.events().first(EventType.WEAPON_EMPTY)).isNull();
    }

    @Test
    void aPressWithRoundsStillLoadedCutsAReloadShortAndFires() {
        // A tester pressed J again and again, the T-1000 at point-blank, while the HUD read RELOADING.
        start(TestLevels.flat(40).loadout("shotgun"));
        WeaponSlot shotgun = weapons().held();
        hold(1, Action.FIRE);
        hold(shotgun.def.cooldownTicks + 2);
        int loaded = shotgun.loaded;
        hold(1, Action.RELOAD);
        hold(10);
        assertThat(weapons().reloading).as("reloading").isPositive();
        hold(1, Action.FIRE);
        assertThat(weapons().reloading).as("cut short").isZero();
        assertThat(shots()).as("and it fired").isEqualTo(2);
        assertThat(shotgun.loaded).as("the rounds not yet in left out").isEqualTo(loaded - 1);
        shotgun.loaded = 0;
        hold(1, Action.RELOAD);
        hold(10);
        hold(1, Action.FIRE);
        assertThat(weapons().reloading).as("empty, a press waits for the reload").isPositive();
    }

    @Test
    void theShotgunLoadsShellByShellSoAPressSoonAfterAnEmptyReloadFires() {
        // Testers in both levels ran dry and had no shot for the whole 2 s reload, J doing nothing meanwhile. A
        // shotgun takes its shells one at a time: the first is in after an eighth of the reload, and a press then fires.
        start(TestLevels.flat(40).loadout("shotgun"));
        WeaponSlot shotgun = weapons().held();
        int perShell = shotgun.def.reloadTicks / shotgun.def.magazine;
        shotgun.loaded = 0;
        int carried = shotgun.reserve;
        hold(1, Action.FIRE);
        assertThat(weapons().reloading).as("the empty pull reloads").isPositive();
        hold(perShell + 1);
        assertThat(shotgun.loaded).as("one shell in").isEqualTo(1);
        assertThat(shotgun.reserve).isEqualTo(carried - 1);
        hold(1, Action.FIRE);
        assertThat(shots()).as("a press fires it").isEqualTo(1);
        assertThat(weapons().reloading).as("cut short").isZero();
        hold(shotgun.def.cooldownTicks + 2);
        hold(1, Action.RELOAD);
        hold(shotgun.def.reloadTicks + perShell);
        assertThat(shotgun.loaded).as("left alone, it fills").isEqualTo(shotgun.def.magazine);
        assertThat(weapons().reloading).isZero();
        assertThat(shotgun.reserve).isEqualTo(carried - 1 - shotgun.def.magazine);
    }

    @Test
    void aPressOfFireWhileReloadIsStillHeldFiresTheShellThatIsIn() {
        // Round 24: R, then J with R still down, as the T-1000 came: the press cut the reload short, the held R started
        // it again at once and dropped the press, and Sarah was bladed with a shell in the gun.
        start(TestLevels.flat(40).loadout("shotgun"));
        WeaponSlot shotgun = weapons().held();
        shotgun.loaded = 2;
        hold(10, Action.RELOAD);
        assertThat(weapons().reloading).as("reloading").isPositive();
        hold(2, Action.RELOAD, Action.FIRE);
        assertThat(shots()).as("the press fired").isEqualTo(1);
    }
}
