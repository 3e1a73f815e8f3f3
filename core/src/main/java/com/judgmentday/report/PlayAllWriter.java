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
    private static final String ROW = "%-26s %-16s %5s %-8s %8s %7s %7s %10s  %-12s %s%n";

    private PlayAllWriter() {
    }

    public static String table(List<PlayAll.Row> rows, double wallSeconds, int threads) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "level", "start", "seed", "outcome", "sim s", "wall s", "speed",
                "casualties", "certificate", "objectives met"));
        for (PlayAll.Row row : rows) {
            PlayAll.Job job = row.job();
            String certificate = job.certified() ? "certified" : "uncertified";
            RunReport report = row.report();
            if (report == null) {
                out.append(String.format(Locale.ROOT, ROW, job.level(), job.start(), job.seed(), "ERROR", "-", "-", "-", "-",
                        certificate, row.error()));
                continue;
            }
            out.append(String.format(Locale.ROOT, ROW, job.level(), job.start(), job.seed(), report.outcome,
                    String.format(Locale.ROOT, "%.1f", report.simSeconds), String.format(Locale.ROOT, "%.2f", report.wallSeconds),
                    String.format(Locale.ROOT, "%.0fx", report.speed), report.casualties.size, certificate, report.objectivesMet()));
        }
        out.append(String.format(Locale.ROOT, "%d runs on %d threads in %.2f s; %s%n", rows.size(), threads, wallSeconds,
                PlayAll.certifiedAllWon(rows) ? "every certified start point won" : "a certified start point did not win"));
        return out.toString();
    }

    public static String json(List<PlayAll.Row> rows, double wallSeconds, int threads, String version) {
        StringWriter text = new StringWriter();
        JsonWriter json = new JsonWriter(text);
        json.setOutputType(JsonWriter.OutputType.json);
        try {
            json.object();
            json.set("version", version);
            json.set("threads", threads);
            json.set("wallSeconds", wallSeconds);
            json.set("certifiedAllWon", PlayAll.certifiedAllWon(rows));
            json.array("runs");
            for (PlayAll.Row row : rows) {
                PlayAll.Job job = row.job();
                RunReport report = row.report();
                json.object();
                json.set("level", job.level());
                json.set("start", job.start());
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
            json.pop();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException("a string can't fail to be written", e);
        }
        return text.toString();
    }
}
