package com.judgmentday.certificates;

import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Replaying a certificate: it holds as shipped, and a run that parts from it is named by its mark and what differs. */
class CertificateCheckerTest {
    private static Certificate provingGround() throws CertificateException {
        return CertificateText.read(Certificates.path(TestContent.assets().resolve(Certificates.FOLDER), "proving-ground", "start"));
    }

    private static CertificateChecker.Result check(Certificate certificate, TuningDef tuning) {
        return CertificateChecker.check(certificate, LevelCatalog.load(certificate.level, tuning), tuning);
    }

    @Test
    void theShippedCertificateHolds() throws Exception {
        CertificateChecker.Result result = check(provingGround(), TestContent.tuning());
        assertThat(result.holds()).as(result.describe()).isTrue();
        assertThat(result.describe()).isEqualTo("proving-ground start: holds (WIN at tick 1381)");
    }

    @Test
    void aChangedTuningFigureIsCaughtAtTheFirstMarkWithTheT800Named() throws Exception {
        TuningDef faster = TestContent.tuning();
        faster.characters.get("t800").runSpeed += 0.25f;
        CertificateChecker.Result result = check(provingGround(), faster);
        assertThat(result.holds()).isFalse();
        assertThat(result.divergence()).isNotNull();
        assertThat(result.divergence().tick() % Certificate.MARK_TICKS).isZero();
        assertThat(result.describe()).startsWith("proving-ground start: diverges at tick " + result.divergence().tick()
                + " (it began within ticks " + (result.divergence().tick() - 59) + ".." + result.divergence().tick() + "): ");
        assertThat(result.divergence().differences()).anyMatch(line -> line.matches("entity #\\d+ 't800' BodyComponent differs"));
    }

    @Test
    void aMarkWhoseRecordedDigestDiffersNamesThatEntityAndComponentAlone() throws Exception {
        Certificate certificate = provingGround();
        Certificate.Mark mark = certificate.marks.get(9);
        assertThat(mark.tick()).isEqualTo(600);
        Snapshot.Entry t800 = mark.state().entities.values().stream().filter(entry -> entry.name().equals("t800")).findFirst()
                .orElseThrow();
        t800.parts().put("TransformComponent", t800.parts().get("TransformComponent") ^ 1);
        certificate.marks.set(9, new Certificate.Mark(600, mark.hash() ^ 1, mark.state()));
        CertificateChecker.Result result = check(certificate, TestContent.tuning());
        assertThat(result.divergence().tick()).isEqualTo(600);
        assertThat(result.divergence().differences()).singleElement().asString()
                .matches("entity #\\d+ 't800' TransformComponent differs");
    }

    @Test
    void aRunThatEndsOtherwiseSaysHowAndWhen() throws Exception {
        Certificate certificate = provingGround();
        certificate.tick = 1500;
        assertThat(check(certificate, TestContent.tuning()).describe())
                .isEqualTo("proving-ground start: ends WIN at tick 1381; the certificate says WIN at tick 1500");
    }

    @Test
    void theCertificateFileIsWhereItsLevelAndStartSay() {
        assertThat(Certificates.path(Path.of("c"), "a level", "../dock").toString()).isEqualTo("c/a_level/_._dock.cert");
    }
}
