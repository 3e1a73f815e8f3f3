package com.judgmentday.certificates;

import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CI's certificate check: every certificate in assets/certificates replays to its marks and outcome; one that no
 * longer does fails naming the level, the start point and the first mark that diverges (and what differs there).
 */
class CertificatesReplayTest {
    private static List<Path> certificates() throws Exception {
        try (Stream<Path> found = Files.walk(TestContent.assets().resolve(Certificates.FOLDER), 2)) {
            return found.filter(path -> path.toString().endsWith(".cert")).sorted().toList();
        }
    }

    @Test
    void everyCertificateReplaysToItsMarksAndOutcome() throws Exception {
        TuningDef tuning = TestContent.tuning();
        List<String> failures = new ArrayList<>();
        for (Path file : certificates()) {
            Certificate certificate = CertificateText.read(file);
            String misplaced = Certificates.misplaced(file.toFile(), certificate);
            if (misplaced != null) {
                failures.add(misplaced);
                continue;
            }
            CertificateChecker.Result result = CertificateChecker.check(certificate, LevelCatalog.load(certificate.level, tuning), tuning);
            if (!result.holds()) {
                failures.add(result.describe() + " (remake it with: jd certify --input <its script>, if the change was meant)");
            }
        }
        assertThat(failures).as("certificates that no longer hold").isEmpty();
    }

    @Test
    void everyShippedLevelHasACertificateForItsStart() throws Exception {
        for (String level : LevelCatalog.ids()) {
            assertThat(Certificates.find(level, Certificate.START)).as(level + " start").isNotNull();
        }
    }
}
