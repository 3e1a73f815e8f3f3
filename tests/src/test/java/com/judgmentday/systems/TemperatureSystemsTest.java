package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HeatComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Material;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.HeatDef;
import com.judgmentday.content.MaterialDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.level.HazardDef;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Pure ECS: heat flowing between a body and what surrounds it, and the T-1000's material states
 * following its temperature. Figures come from the shipped tuning, so the tests follow the data.
 */
class TemperatureSystemsTest {
    private static final float DT = Simulation.STEP_SECONDS;
    private final HeatDef heat = TestContent.tuning().heat;
    private final MaterialDef material = TestContent.tuning().t1000Material;
    private final EventLog events = new EventLog();
    private Engine engine;
    private long tick;
    private TransformComponent at;
    private HeatComponent body;
    private LiquidComponent liquid;
    private CharacterComponent character;

    @BeforeEach
    void setUp() {
        engine = new Engine();
        // The world is only needed to plan a spill; these hazards are laid out by hand.
        engine.addSystem(new HeatSystem(0, heat, null, events));
        engine.addSystem(new MaterialSystem(1, material, events));
        Entity t1000 = new Entity();
        IdentityComponent identity = new IdentityComponent();
        identity.name = "t1000";
        t1000.add(identity);
        at = new TransformComponent();
        at.x = 0f;
        at.y = 1f + 0.925f;
        t1000.add(at);
        character = new CharacterComponent();
        character.def = new CharacterDef();
        character.def.width = 0.7f;
        character.height = 1.85f;
        t1000.add(character);
        body = new HeatComponent();
        body.celsius = heat.ambient;
        body.capacity = heat.capacity("t1000");
        t1000.add(body);
        liquid = new LiquidComponent();
        t1000.add(liquid);
        t1000.add(new BodyComponent());
        AppearanceComponent appearance = new AppearanceComponent();
        appearance.sampled.add("police");
        appearance.sampled.add("guard");
        t1000.add(appearance);
        engine.addEntity(t1000);
    }

    private void pool(HazardDef.Kind kind, float celsius, float x, float width, float height) {
        Entity entity = new Entity();
        HazardComponent hazard = new HazardComponent();
        hazard.kind = kind;
        hazard.celsius = celsius;
        entity.add(hazard);
        ZoneComponent zone = new ZoneComponent();
        zone.x = x;
        zone.y = 1f;
        zone.width = width;
        zone.height = height;
        entity.add(zone);
        engine.addEntity(entity);
    }

    private void run(int ticks) {
        for (int i = 0; i < ticks; i++) {
            character.speedScale = 1f;
            events.setTick(++tick);
            engine.update(DT);
        }
    }

    @Test
    void standingInNitrogenItCoolsAsNewtonsLawSays() {
        // A spill lying still: no spilling, so the zone stays as laid out.
        pool(HazardDef.Kind.NITROGEN, heat.nitrogenCelsius, -5f, 10f, heat.spillDepth);
        float rate = (heat.immersionCoupling + heat.vapourCoupling + heat.airCoupling) / body.capacity;
        float settles = ((heat.immersionCoupling + heat.vapourCoupling) * heat.nitrogenCelsius + heat.airCoupling * heat.ambient)
                / (heat.immersionCoupling + heat.vapourCoupling + heat.airCoupling);
        run(Simulation.TICKS_PER_SECOND);
        float expected = settles + (heat.ambient - settles) * (float) Math.exp(-rate);
        assertThat(body.celsius).isCloseTo(expected, within(Math.abs(expected) * 0.02f));
    }

    @Test
    void aHeavierBodyChangesTemperatureMoreSlowly() {
        pool(HazardDef.Kind.NITROGEN, heat.nitrogenCelsius, -5f, 10f, heat.spillDepth);
        run(30);
        float light = heat.ambient - body.celsius;
        body.celsius = heat.ambient;
        body.capacity = heat.capacity("t800");
        run(30);
        assertThat(heat.ambient - body.celsius).isLessThan(light / 2f);
    }

    @Test
    void itChillsThenFreezesAndOnlyThawsPastTheThawThreshold() {
        pool(HazardDef.Kind.NITROGEN, heat.nitrogenCelsius, -5f, 10f, heat.spillDepth);
        run(1);
        assertThat(liquid.material).isEqualTo(Material.LIQUID);
        while (liquid.material == Material.LIQUID) {
            run(1);
        }
        assertThat(liquid.material).isEqualTo(Material.CHILLED);
        assertThat(body.celsius).isLessThan(material.chilledBelow);
        assertThat(character.speedScale).as("chilled, its feet sticking to the frosted floor")
                .isEqualTo(material.chilledSpeed * material.frostStick);
        while (liquid.material == Material.CHILLED) {
            run(1);
        }
        assertThat(liquid.material).isEqualTo(Material.FROZEN);
        assertThat(character.speedScale).as("frozen solid").isZero();
        assertThat(liquid.incapacitated()).isTrue();

        // Warmed to just under the thaw threshold it stays frozen; past it, chilled; past warmAbove, liquid.
        engine.removeEntity(engine.getEntitiesFor(Family.all(HazardComponent.class).get()).first());
        body.celsius = material.thawAbove - 1f;
        run(1);
        assertThat(liquid.material).isEqualTo(Material.FROZEN);
        body.celsius = material.thawAbove + 1f;
        run(1);
        assertThat(liquid.material).isEqualTo(Material.CHILLED);
        body.celsius = material.warmAbove + 1f;
        run(1);
        assertThat(liquid.material).isEqualTo(Material.LIQUID);
        assertThat(types()).containsSubsequence("t1000.chilled", "t1000.frozen", "t1000.thawed");
    }

    @Test
    void moltenSteelsGlowWarmsItButOnlyStandingInItMeltsIt() {
        pool(HazardDef.Kind.MOLTEN, 1500f, 1f, 3f, 1f);
        run(10 * Simulation.TICKS_PER_SECOND);
        assertThat(body.celsius).as("warmed by the glow").isGreaterThan(heat.ambient + 50f);
        assertThat(body.inMolten).isFalse();
        assertThat(liquid.material).isEqualTo(Material.LIQUID);
        at.x = 2.5f;
        run(1);
        assertThat(body.inMolten).isTrue();
    }

    private List<String> types() {
        List<String> types = new ArrayList<>();
        for (GameEvent event : events.events()) {
            types.add(event.type.id);
        }
        return types;
    }
}
