package com.judgmentday.report;

import com.judgmentday.certificates.Certificate;
import com.judgmentday.sim.Outcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What passes: the certificates' replays must all win; the bot must win every start point at least once a difficulty. */
class PlayAllRulesTest {
    private final List<PlayAll.Row> rows = new ArrayList<>();

    private void row(String start, String difficulty, int run, Outcome outcome, boolean certified) {
        RunReport report = new RunReport();
        report.outcome = outcome;
        PlayAll.Job job = new PlayAll.Job("lab", start, certified ? new Certificate() : null,
                run + 1, run, difficulty);
        rows.add(new PlayAll.Row(job, report, null));
    }

    @Test
    void theBotMustWinEachStartPointAtEachDifficultyAtLeastOnce() {
        row("start", "normal", 0, Outcome.LOSE, true);
        row("start", "normal", 1, Outcome.WIN, true);
        row("start", "hard", 0, Outcome.LOSE, true);
        row("start", "hard", 1, Outcome.TIMEOUT, true);
        row("dock", "hard", 0, Outcome.WIN, false);
        assertThat(PlayAll.neverWon(rows)).containsExactly("lab start (hard)");
        assertThat(PlayAll.certifiedAllWon(rows)).isFalse();
    }

    @Test
    void anUncertifiedStartPointIsNotJudgedOnTheCertificatesReplay() {
        row("start", "normal", 0, Outcome.WIN, true);
        row("dock", "normal", 0, Outcome.TIMEOUT, false);
        assertThat(PlayAll.certifiedAllWon(rows)).isTrue();
        assertThat(PlayAll.neverWon(rows)).containsExactly("lab dock (normal)");
    }
}
