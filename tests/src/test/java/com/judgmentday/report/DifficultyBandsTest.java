package com.judgmentday.report;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.content.ClasspathFile;
import com.judgmentday.content.ContentException;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.sim.Outcome;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bands are data: a default per difficulty, a level's own replacing it, and a bad band refused by name. */
class DifficultyBandsTest {
    @TempDir
    Path dir;

    private DifficultyBands read(String json) throws Exception {
        Path index = dir.resolve("levels.json");
        Files.writeString(index, json);
        return DifficultyBands.read(new FileHandle(index.toFile()), TestContent.tuning());
    }

    @Test
    void aLevelsOwnBandReplacesTheDefaultForThatDifficultyAlone() throws Exception {
        DifficultyBands bands = read("{ \"bands\": { \"easy\": \"90-100\", \"hard\": \"30-70\" }, \"levels\": ["
                + "{ \"id\": \"a\", \"bands\": { \"hard\": \"10 - 40\" } }, { \"id\": \"b\" } ] }");
        assertThat(bands.band("a", "hard")).isEqualTo(new DifficultyBands.Band(10, 40));
        assertThat(bands.band("a", "easy")).isEqualTo(new DifficultyBands.Band(90, 100));
        assertThat(bands.band("b", "hard")).isEqualTo(new DifficultyBands.Band(30, 70));
        assertThat(bands.band("b", "normal")).isNull();
    }

    @Test
    void everyShippedLevelHasABandAtEveryDifficulty() {
        DifficultyBands bands = DifficultyBands.read(new ClasspathFile(LevelCatalog.INDEX), TestContent.tuning());
        for (String level : LevelCatalog.ids()) {
            for (String difficulty : new String[] {"easy", "normal", "hard"}) {
                assertThat(bands.band(level, difficulty)).as(level + " " + difficulty).isNotNull();
            }
        }
    }

    @Test
    void aBadBandOrDifficultyIsRefusedNamingTheFileLevelAndWhatToWrite() {
        assertThatThrownBy(() -> read("{ \"levels\": [ { \"id\": \"a\", \"bands\": { \"hard\": \"70-30\" } } ] }"))
                .isInstanceOf(ContentException.class)
                .hasMessageEndingWith("levels.json: level 'a' bands hard: '70-30' is not a band of win rates; write "
                        + "\"low-high\" in percent, 0 <= low <= high <= 100 (\"60-90\")");
        assertThatThrownBy(() -> read("{ \"bands\": { \"easy\": 90 } }")).hasMessageContaining("bands easy: '90' is not a band");
        assertThatThrownBy(() -> read("{ \"bands\": { \"nightmare\": \"0-10\" } }"))
                .hasMessageContaining("bands: 'nightmare' is not a difficulty (data/tuning.json has");
        assertThatThrownBy(() -> read("{ \"bands\": [1] }")).hasMessageContaining("bands: should be an object");
    }

    @Test
    void aRateIsWithinAboveOrBelowItsBandCountingEveryStartPointAndSeed() throws Exception {
        DifficultyBands.Band band = new DifficultyBands.Band(60, 90);
        List<PlayAll.Row> rows = new ArrayList<>();
        for (int run = 0; run < 10; run++) {
            PlayAll.Job job = new PlayAll.Job("lab", run % 2 == 0 ? "start" : "dock", null, run, run, "normal");
            RunReport report = new RunReport();
            report.outcome = run < 7 ? Outcome.WIN : Outcome.LOSE;
            rows.add(new PlayAll.Row(job, report, null));
        }
        rows.add(new PlayAll.Row(new PlayAll.Job("lab", "start", null, 1, 0, "hard"), null, "would not load"));
        DifficultyBands bands = DifficultyBands.read(indexWith(band), TestContent.tuning());
        List<BandReport.Rate> rates = BandReport.rates(rows, bands);
        assertThat(rates).hasSize(2);
        assertThat(rates.get(0).percent()).isEqualTo(70.0);
        assertThat(rates.get(0).verdict()).isEqualTo("within");
        assertThat(rates.get(1).runs()).isEqualTo(1);
        assertThat(rates.get(1).verdict()).isEqualTo("no band");
        assertThat(new BandReport.Rate("lab", "normal", 10, 10, band).verdict()).isEqualTo("above");
        assertThat(new BandReport.Rate("lab", "normal", 10, 5, band).verdict()).isEqualTo("below");
        assertThat(BandReport.table(rates, "perfect")).contains("1 of 2 win rates within their bands (from as few as 1 run a rate: --runs 20 gives rates worth tuning by) (the bands are "
                + "written for the average bot; this was the perfect one)");
    }

    private FileHandle indexWith(DifficultyBands.Band band) throws Exception {
        Path index = dir.resolve("one.json");
        Files.writeString(index, "{ \"levels\": [ { \"id\": \"lab\", \"bands\": { \"normal\": \"" + band.low() + "-"
                + band.high() + "\" } } ] }");
        return new FileHandle(index.toFile());
    }
}
