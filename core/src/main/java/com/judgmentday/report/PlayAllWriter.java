package com.judgmentday.report;

import com.badlogic.gdx.utils.JsonWriter;
import com.judgmentday.sim.StateHasher;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The table {@code playtest --all} prints and its JSON summary (docs/reports.md). */
public final class PlayAllWriter {
    private static final String ROW = "%-26s %-16s %-10s %5s %-8s %8s %7s %7s %10s  %-12s %s%n";

    private PlayAllWriter() {
    }

    /** The table, one row a run, and a line on what passed: the bot's rule when {@code bot}, else the certificates'. */
    public static String table(List<PlayAll.Row> rows, double wallSeconds, int threads, boolean bot) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "level", "start", "difficulty", "seed", "outcome", "sim s", "wall s", "speed",
                "casualties", "certificate", "objectives met"));
        for (PlayAll.Row row : rows) {
            PlayAll.Job job = row.job();
            String certificate = job.certified() ? "certified" : "uncertified";
            RunReport report = row.report();
            if (report == null) {
                out.append(String.format(Locale.ROOT, ROW, job.level(), job.start(), job.difficulty(), job.seed(), "ERROR", "-", "-", "-", "-",
                        certificate, row.error()));
                continue;
            }
            out.append(String.format(Locale.ROOT, ROW, job.level(), job.start(), job.difficulty(), job.seed(), report.outcome,
                    String.format(Locale.ROOT, "%.1f", report.simSeconds), String.format(Locale.ROOT, "%.2f", report.wallSeconds),
                    String.format(Locale.ROOT, "%.0fx", report.speed), report.casualties.size, certificate, report.objectivesMet()));
        }
        List<String> never = PlayAll.neverWon(rows);
        String verdict = !bot ? PlayAll.certifiedAllWon(rows) ? "every certified start point won"
                : "a certified start point did not win"
                : never.isEmpty() ? "every start point won" : "never won: " + String.join(", ", never);
        out.append(String.format(Locale.ROOT, "%d runs on %d threads in %.2f s; %s%n", rows.size(), threads, wallSeconds,
                verdict));
        return out.toString();
    }

    /** The summary; {@code rates} (null when the certificates played) go in as "bands". */
    public static String json(List<PlayAll.Row> rows, List<BandReport.Rate> rates, double wallSeconds, int threads,
            String version) {
        StringWriter text = new StringWriter();
        JsonWriter json = new JsonWriter(text);
        json.setOutputType(JsonWriter.OutputType.json);
        try {
            json.object();
            json.set("version", version);
            json.set("threads", threads);
            json.set("wallSeconds", wallSeconds);
            json.set("certifiedAllWon", PlayAll.certifiedAllWon(rows));
            json.array("neverWon");
            for (String start : PlayAll.neverWon(rows)) {
                json.value(start);
            }
            json.pop();
            json.array("runs");
            for (PlayAll.Row row : rows) {
                PlayAll.Job job = row.job();
                RunReport report = row.report();
                json.object();
                json.set("level", job.level());
                json.set("start", job.start());
                json.set("difficulty", job.difficulty());
                json.set("seed", job.seed());
                json.set("certified", job.certified());
                json.set("error", row.error());
                if (report != null) {
                    json.set("outcome", report.outcome.name());
                    json.set("reason", report.reason);
                    json.set("ticks", report.ticks);
                    json.set("simSeconds", report.simSeconds);
                    json.set("wallSeconds", report.wallSeconds);
                    json.set("speed", report.speed);
                    json.set("casualties", report.casualties.size);
                    json.set("objectivesMet", report.objectivesMet());
                    json.set("stateHash", StateHasher.hex(report.stateHash));
                }
                json.pop();
            }
            json.pop();
            if (rates != null) {
                json.array("bands");
                for (BandReport.Rate rate : rates) {
                    json.object();
                    json.set("level", rate.level());
                    json.set("difficulty", rate.difficulty());
                    json.set("runs", rate.runs());
                    json.set("wins", rate.wins());
                    json.set("percent", rate.percent());
                    json.set("low", rate.band() == null ? null : rate.band().low());
                    json.set("high", rate.band() == null ? null : rate.band().high());
                    json.set("verdict", rate.verdict());
                    json.pop();
                }
                json.pop();
            }
            json.pop();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException("a string can't fail to be written", e);
        }
        return text.toString();
    }
}
