package com.judgmentday.certificates;

import com.judgmentday.bot.BotDef;
import com.judgmentday.bot.BotLoader;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.sim.Outcome;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bot's win becomes a certificate only as keys that, replayed alone, win again; a seed that does not win is told. */
class BotCertifierTest {
    private final TuningDef tuning = TestContent.tuning();
    private final BotDef bot = BotLoader.load();

    @Test
    void theBotsKeysReplayedWinAndTheCertificateHolds() {
        LevelDef level = LevelCatalog.load("ai-maze", tuning);
        BotCertifier.Attempt attempt = BotCertifier.certify(level, tuning, bot, "perfect", 4L, 1, Certificate.START,
                null, 7200);
        Certificate certificate = attempt.certificate;
        assertThat(certificate).as(attempt.tried.toString()).isNotNull();
        assertThat(certificate.skill).isEqualTo("perfect");
        assertThat(certificate.seed).isEqualTo(4L);
        assertThat(certificate.outcome).isEqualTo(Outcome.WIN);
        assertThat(attempt.tried.toString()).isEqualTo("seed 4: WIN at tick " + certificate.tick + "\n");
        CertificateChecker.Result replayed = CertificateChecker.check(certificate, level, tuning);
        assertThat(replayed.holds()).as(replayed.describe()).isTrue();
    }

    @Test
    void aRunThatDoesNotWinIsToldSeedBySeedAndNothingIsCertified() {
        LevelDef level = LevelCatalog.load("proving-ground", tuning);
        BotCertifier.Attempt attempt = BotCertifier.certify(level, tuning, bot, "average", 1L, 3, Certificate.START,
                null, 60);
        assertThat(attempt.certificate).isNull();
        assertThat(attempt.replayDiffered).isFalse();
        assertThat(attempt.tried.toString()).isEqualTo("seed 1: the bot did not win (TIMEOUT)\n"
                + "seed 2: the bot did not win (TIMEOUT)\nseed 3: the bot did not win (TIMEOUT)\n");
    }

    @Test
    void theTriesAreBounded() {
        LevelDef level = LevelCatalog.load("ai-maze", tuning);
        assertThatThrownBy(() -> BotCertifier.certify(level, tuning, bot, "average", 1L, 21, Certificate.START, null, 60))
                .hasMessage("tries must be 1 to 20, not 21");
    }
}
