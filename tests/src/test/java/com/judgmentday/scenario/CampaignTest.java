package com.judgmentday.scenario;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.report.RunReport;
import com.judgmentday.settings.Progress;
import com.judgmentday.sim.Outcome;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped campaign can be played through in its order: every level validates clean (so has an exit when a goal
 * asks for one), is won by its script (assets/scripts/&lt;id&gt;.txt), and winning it unlocks the next. A level that can't be won
 * would leave the menus at a dead end (ai-maze once had no exit, so hazard-lab never unlocked).
 */
class CampaignTest {
    @Test
    void everyLevelInCampaignOrderIsWonAndUnlocksTheNext() throws Exception {
        Array<String> order = LevelCatalog.ids();
        assertThat(order.size).isGreaterThan(1);
        Progress progress = new Progress();
        LevelLoader loader = new LevelLoader(TestContent.tuning());
        for (String level : order) {
            assertThat(progress.unlocked(order, level)).as("%s is unlocked by the levels before it", level).isTrue();
            LevelLoader.Checked checked = loader.check(LevelCatalog.resolve(level));
            assertThat(checked.problems).as(level).isEmpty();
            String script = level + ".txt";
            assertThat(Files.exists(TestContent.script(script))).as("%s has a winning script", level).isTrue();
            RunReport run = Scenario.level(level).script(script).run();
            assertThat(run.outcome).as("%s: %s", level, run.reason).isEqualTo(Outcome.WIN);
            assertThat(run.casualties).as("%s is won without killing anyone", level).isEmpty();
            progress.complete(level);
        }
    }
}
