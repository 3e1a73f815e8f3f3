package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.HeatComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.DamageDef;
import com.judgmentday.content.ShutdownDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.RunState;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure ECS: the no-kill rules, the casualty ledger, the T-800's one reboot, heat and cold on people. */
class HealthSystemTest {
    private final TuningDef tuning = TestContent.tuning();
    private final DamageDef def = tuning.damage;
    private final EventLog events = new EventLog();
    private final RunState run = new RunState();
    private Engine engine;

    @BeforeEach
    void setUp() {
        engine = new Engine();
        engine.addSystem(new HealthSystem(0, def, events, run, com.badlogic.gdx.utils.Array.with("Not them!", "Stop!")));
        // John escorts the player: he is the one who protests a lethal shot.
        body("john", "john", 100f).add(new com.judgmentday.components.FollowComponent());
    }

    /** A character with the given tuning's rules (its def), as the factory makes them. */
    private Entity body(String character, String name, float health) {
        Entity entity = new Entity();
        IdentityComponent identity = new IdentityComponent();
        identity.kind = EntityKind.CHARACTER;
        identity.name = name;
        entity.add(identity);
        CharacterComponent body = new CharacterComponent();
        body.def = tuning.character(character);
        entity.add(body);
        entity.add(new DamageComponent());
        HeatComponent heat = new HeatComponent();
        heat.celsius = 20f;
        entity.add(heat);
        HealthComponent h = new HealthComponent();
        h.health = h.max = health;
        entity.add(h);
        engine.addEntity(entity);
        return entity;
    }

    private Entity person(String name, String role) {
        Entity entity = body("person", name, 50f);
        PersonComponent person = new PersonComponent();
        person.role = role;
        entity.add(person);
        return entity;
    }

    private void tick(int ticks) {
        for (int i = 0; i < ticks; i++) {
            run.tick++;
            events.setTick(run.tick);
            engine.update(1f / 60f);
        }
    }

    private static void hit(Entity entity, float legs, float body, String cause) {
        DamageComponent damage = entity.getComponent(DamageComponent.class);
        damage.pelletHits++;
        damage.legPoints += legs;
        damage.bodyPoints += body;
        damage.cause = cause;
    }

    @Test
    void aLimpingCharacterIsSlowedAndHotterStillSlower() {
        Entity sarah = body("sarah", "sarah", 100f);
        sarah.add(new com.judgmentday.components.LimpComponent());
        tick(1);
        assertThat(sarah.getComponent(CharacterComponent.class).speedScale).isEqualTo(def.limpSpeed);
        sarah.getComponent(HeatComponent.class).celsius = tuning.character("sarah").hotAbove + 1f;
        tick(1);
        assertThat(sarah.getComponent(CharacterComponent.class).speedScale).isEqualTo(def.limpSpeed * def.hotSpeed);
    }

    @Test
    void legHitsPutPeopleDownAndTheLedgerCountsOnlyTheDead() {
        Entity guard = person("guard#1", "guard");
        Entity nurse = person("orderly#2", "orderly");
        Entity cop = person("police#3", "police");
        hit(guard, 500f, 0f, "m16");
        hit(nurse, 0f, 80f, "shotgun");
        hit(cop, 0f, 80f, "blast");
        tick(1);

        assertThat(guard.getComponent(HealthComponent.class).downTicks).as("down, not dead").isPositive();
        assertThat(guard.getComponent(HealthComponent.class).dead).isFalse();
        assertThat(run.casualties).extracting(c -> c.name + " " + c.role + " " + c.cause + " " + c.tick)
                .containsExactly("orderly#2 orderly shotgun 1", "police#3 police blast 1");
        assertThat(events.stats().get("casualties", 0)).isEqualTo(2);
        assertThat(events.events()).filteredOn(e -> e.type == EventType.CASUALTY).hasSize(2);
        assertThat(events.events()).filteredOn(e -> e.type == EventType.JOHN_PROTEST).as("once per protestTicks")
                .extracting(e -> e.detail()).as("in the level's words").containsExactly("Not them!");

        tick(def.downTicks);
        assertThat(guard.getComponent(HealthComponent.class).out()).as("back on their feet").isFalse();
        assertThat(guard.getComponent(CharacterComponent.class).speedScale).isEqualTo(1f);
    }

    @Test
    void howLongAShutdownLastsAndWhatTheRerouteBringsBackAreTheCharactersOwnFigures() {
        CharacterDef quick = new CharacterDef();
        quick.title = "the quick one";
        quick.atZero = CharacterDef.AtZero.REBOOT;
        quick.hotAbove = 40f;
        quick.burnAbove = 55f;
        quick.shutdown = new ShutdownDef();
        quick.shutdown.seconds = 0.5f;
        quick.shutdown.health = 0.8f;
        Entity machine = body("t800", "machine", 100f);
        machine.getComponent(CharacterComponent.class).def = quick;
        machine.add(new ControlComponent());
        HealthComponent health = machine.getComponent(HealthComponent.class);
        // A beat's shutdown step puts it at zero directly (the assist can't spare a scripted shutdown).
        run.invulnerable = true;
        health.health = 0f;
        machine.getComponent(DamageComponent.class).cause = "a steel bar";
        tick(1);
        assertThat(events.first(EventType.T800_SHUTDOWN).what).isEqualTo("a steel bar");
        tick(29);
        assertThat(health.out()).as("30 ticks shut down").isTrue();
        tick(1);
        assertThat(health.out()).isFalse();
        assertThat(health.health).isEqualTo(80f);
    }

    @Test
    void theT800ShutsDownRebootsOnceWeakAndASecondShutdownIsDownForGood() {
        Entity t800 = body("t800", "t800", 300f);
        t800.add(new ControlComponent());
        HealthComponent integrity = t800.getComponent(HealthComponent.class);
        hit(t800, 0f, 310f, "blade");
        tick(1);
        assertThat(events.first(EventType.T800_SHUTDOWN)).isNotNull();
        assertThat(integrity.out()).isTrue();
        ShutdownDef figures = tuning.character("t800").shutdown;
        int shutdownTicks = Math.round(figures.seconds * 60f);
        tick(shutdownTicks);
        assertThat(events.first(EventType.T800_REBOOT).tick - events.first(EventType.T800_SHUTDOWN).tick)
                .isEqualTo(shutdownTicks);
        assertThat(integrity.health).isEqualTo(300f * figures.health);
        assertThat(run.outcome).isEqualTo(Outcome.RUNNING);

        assertThat(events.first(EventType.CHARACTER_DOWN)).isNull();

        hit(t800, 0f, 300f * figures.health + 10f, "blade");
        tick(1);
        // The system reports; the objective system (ObjectivesTest) decides that this loses.
        assertThat(events.first(EventType.CHARACTER_DOWN).detail()).isEqualTo("the T-800 shut down a second time (blade)");
        assertThat(events.first(EventType.CHARACTER_DOWN).what).isEqualTo("blade");
        assertThat(run.outcome).as("only the objectives end a run").isEqualTo(Outcome.RUNNING);
    }

    @Test
    void peopleSlowInTheHeatBurnBeyondItAndJohnGoesDown() {
        Entity john = body("john", "john", 80f);
        CharacterDef rules = tuning.character("john");
        HeatComponent heat = john.getComponent(HeatComponent.class);
        heat.celsius = rules.hotAbove + 1f;
        tick(1);
        assertThat(john.getComponent(CharacterComponent.class).speedScale).isEqualTo(def.hotSpeed);
        assertThat(john.getComponent(HealthComponent.class).health).as("warm, not burnt").isEqualTo(80f);
        heat.celsius = 0f;
        heat.onFrost = true;
        tick(1);
        assertThat(john.getComponent(CharacterComponent.class).speedScale).as("feet stick to the frost").isEqualTo(def.frostSpeed);
        heat.onFrost = false;
        heat.celsius = rules.burnAbove + 100f;
        tick(60);
        float burnt = 80f - john.getComponent(HealthComponent.class).health;
        assertThat(burnt).isCloseTo(def.burnPerDegreeSecond * 100f, org.assertj.core.api.Assertions.within(0.5f));
        tick(60 * 60);
        assertThat(events.first(EventType.CHARACTER_DOWN).detail()).isEqualTo("John is down (heat)");
        assertThat(run.outcome).as("only the objectives end a run").isEqualTo(Outcome.RUNNING);
    }

    @Test
    void sarahSuffersHeatTheT800StandsAndSheGoesDownForGoodByHerDefNotHerName() {
        Entity sarah = body("sarah", "sarah", 100f);
        sarah.add(new ControlComponent());
        Entity t800 = body("t800", "t800", 300f);
        CharacterDef hers = tuning.character("sarah");
        CharacterDef its = tuning.character("t800");
        assertThat(hers.hotAbove).as("her tolerance is lower").isLessThan(its.hotAbove);
        assertThat(hers.burnAbove).isLessThan(its.burnAbove);
        float warm = (hers.hotAbove + its.hotAbove) / 2f;
        sarah.getComponent(HeatComponent.class).celsius = warm;
        t800.getComponent(HeatComponent.class).celsius = warm;
        tick(1);
        assertThat(sarah.getComponent(CharacterComponent.class).speedScale).isEqualTo(def.hotSpeed);
        assertThat(t800.getComponent(CharacterComponent.class).speedScale).isEqualTo(1f);

        hit(sarah, 0f, 150f, "pistol");
        tick(1);
        assertThat(sarah.getComponent(HealthComponent.class).dead).as("no reboot: down").isTrue();
        assertThat(events.first(EventType.T800_SHUTDOWN)).isNull();
        assertThat(events.first(EventType.CHARACTER_DOWN).subject).isEqualTo("sarah");
        assertThat(events.first(EventType.CHARACTER_DOWN).what).isEqualTo("pistol");
        assertThat(events.first(EventType.CHARACTER_DOWN).detail()).isEqualTo("Sarah is down (pistol)");
    }

    @Test
    void everyBlowIsReportedButSlowHarmOnlyAsItBegins() {
        // A tester lost half the T-800's integrity under the presses and never saw a blow land: past the first, a
        // press's strike was taken for slow harm and went unreported (no recoil, no sound).
        Entity t800 = body("t800", "t800", 400f);
        for (int blow = 0; blow < 2; blow++) {
            DamageComponent damage = t800.getComponent(DamageComponent.class);
            damage.bodyPoints += 30f;
            damage.cause = "crusher";
            tick(1);
        }
        t800.getComponent(HeatComponent.class).celsius = 400f;
        float before = t800.getComponent(HealthComponent.class).health;
        tick(30);
        assertThat(t800.getComponent(HealthComponent.class).health).as("it burns").isLessThan(before);
        assertThat(hurts("heat")).as("the burn, after a blow, not each tick of it").isLessThanOrEqualTo(1);
        DamageComponent damage = t800.getComponent(DamageComponent.class);
        damage.bodyPoints += 30f;
        damage.cause = "crusher";
        tick(1);
        assertThat(hurts("crusher")).as("both blows, and the third, struck while it burns").isEqualTo(3);
    }

    private int hurts(String cause) {
        int count = 0;
        for (com.judgmentday.events.GameEvent event : events.events()) {
            if (event.type == EventType.HURT && cause.equals(event.what)) {
                count++;
            }
        }
        return count;
    }
}
