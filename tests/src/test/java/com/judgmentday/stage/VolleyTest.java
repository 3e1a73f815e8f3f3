package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A beat's volley: a character the player does not control fires its shots at a mark, past allies in the line. */
class VolleyTest {
    @Test
    void sarahFiresHerThreeShellsAtTheT1000AndEachKnocksItBack() {
        try (StageRun run = new StageRun("step-volley").idle(2)) {
            Entity sarah = run.simulation.character("sarah");
            float t800Health = Mappers.HEALTH.get(run.simulation.controlled()).health;
            float before = Mappers.TRANSFORM.get(run.simulation.t1000()).x;
            GameEvent started = run.simulation.events().first(EventType.VOLLEY_STARTED);
            assertThat(started.subject).isEqualTo("sarah");
            assertThat(started.whom).isEqualTo("t1000");
            assertThat(Mappers.WEAPON.get(sarah).held().reserve).as("armed as the map says: two spare shells").isEqualTo(2);
            run.idle(200);
            assertThat(run.all(EventType.WEAPON_FIRED)).as("three shells, no more").hasSize(3)
                    .allMatch(e -> e.subject.equals("sarah"));
            assertThat(run.all(EventType.T1000_KNOCKED_BACK)).hasSize(3);
            assertThat(run.simulation.events().first(EventType.VOLLEY_ENDED).detail()).isEqualTo("fired every shot");
            assertThat(Mappers.VOLLEY.has(sarah)).isFalse();
            assertThat(Mappers.WEAPON.get(sarah).held().loaded).as("eight loaded, three fired").isEqualTo(5);
            assertThat(Mappers.TRANSFORM.get(run.simulation.t1000()).x).as("driven back").isGreaterThan(before + 2f);
            assertThat(Mappers.CHARACTER.get(sarah).facing).as("she faced it").isEqualTo(1);
            assertThat(Mappers.HEALTH.get(run.simulation.controlled()).health).as("her shots pass the T-800 in the line")
                    .isEqualTo(t800Health);
        }
    }

    @Test
    void aVolleyEndsWhenTheShooterHasNothingLeftToFire() {
        try (StageRun run = new StageRun("step-volley-dry").idle(600)) {
            assertThat(run.all(EventType.WEAPON_FIRED)).as("her eight loaded shells").hasSize(8);
            GameEvent ended = run.simulation.events().first(EventType.VOLLEY_ENDED);
            assertThat(ended.detail()).isEqualTo("out of rounds");
            assertThat(ended.amount).as("twelve it never fired").isEqualTo(12f);
            assertThat(Mappers.INTENT.get(run.simulation.character("sarah")).fire).as("the trigger let go").isFalse();
        }
    }

    @Test
    void theT1000HearsAShotThatIsNotThePlayers() {
        try (StageRun run = new StageRun("hear-a-shot").idle(4)) {
            assertThat(run.simulation.events().first(EventType.WEAPON_FIRED).subject).isEqualTo("sarah");
            com.judgmentday.components.T1000Component mind = Mappers.T1000.get(run.simulation.t1000());
            assertThat(mind.heardNoise).as("25 m off, in the open").isTrue();
            assertThat(mind.noiseX).as("where she stands").isCloseTo(20f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }
}
