package com.judgmentday.report;

import com.judgmentday.bot.Bot;
import com.judgmentday.bot.BotDef;
import com.judgmentday.bot.BotLoader;
import com.judgmentday.content.TuningDef;
import com.judgmentday.support.TestContent;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs of one level on several threads share its navigation graphs and play exactly as they would one at a time. */
class PlayAllParallelTest {
    @Test
    void botsPlayingALevelOnTwoThreadsEndAsTheyDoOnOne() throws Exception {
        TuningDef tuning = TestContent.tuning();
        BotDef bot = BotLoader.load();
        PlayAll.Player player = (simulation, played, seed) -> new Bot(simulation, played, bot, bot.skill("average"), seed);
        List<PlayAll.Job> jobs = new PlayAll(tuning, player).jobs(List.of("ai-maze", "proving-ground", "galleria"), 4,
                java.util.Arrays.asList("easy", "normal", "hard"));

        List<PlayAll.Row> together = new PlayAll(tuning, player).play(jobs, 2);
        List<PlayAll.Row> alone = new PlayAll(tuning, player).play(jobs, 1);

        for (int i = 0; i < jobs.size(); i++) {
            assertThat(together.get(i).error()).as("%s on two threads", jobs.get(i)).isNull();
            assertThat(together.get(i).report().stateHash).as("%s", jobs.get(i)).isEqualTo(alone.get(i).report().stateHash);
        }
    }
}
