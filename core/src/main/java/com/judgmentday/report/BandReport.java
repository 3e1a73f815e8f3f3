package com.judgmentday.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each level's win rate at each difficulty played, over every start point and seed, against its
 * {@link DifficultyBands band}: how difficulty is tuned and kept honest (docs/bot.md).
 */
public final class BandReport {
    private static final String ROW = "%-26s %-10s %6s %7s %-10s %s%n";
    /** Below this many runs a rate is told to be a rough one. */
    static final int FEW_RUNS = 10;

    /** A level at a difficulty: runs, wins, the band (null: none written) and how the rate stands against it. */
    public record Rate(String level, String difficulty, int runs, int wins, DifficultyBands.Band band) {
        public double percent() {
            return runs == 0 ? 0 : 100.0 * wins / runs;
        }

        /** "within", "above" (too easy), "below" (too hard) or "no band". */
        public String verdict() {
            if (band == null) {
                return "no band";
            }
            return band.holds(percent()) ? "within" : percent() > band.high() ? "above" : "below";
        }
    }

    private BandReport() {
    }

    /** The rates of the rows, in the order their levels and difficulties first appear. */
    public static List<Rate> rates(List<PlayAll.Row> rows, DifficultyBands bands) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, PlayAll.Job> firsts = new LinkedHashMap<>();
        for (PlayAll.Row row : rows) {
            String key = row.job().level() + '\n' + row.job().difficulty();
            firsts.putIfAbsent(key, row.job());
            int[] count = counts.computeIfAbsent(key, k -> new int[2]);
            count[0]++;
            if (row.won()) {
                count[1]++;
            }
        }
        List<Rate> rates = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            PlayAll.Job job = firsts.get(entry.getKey());
            rates.add(new Rate(job.level(), job.difficulty(), entry.getValue()[0], entry.getValue()[1],
                    bands.band(job.level(), job.difficulty())));
        }
        return rates;
    }

    /** The rates as a table, with a line saying how many are within their bands and for which skill they are. */
    public static String table(List<Rate> rates, String skill) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "level", "difficulty", "runs", "won", "band", "verdict"));
        int within = 0;
        for (Rate rate : rates) {
            out.append(String.format(Locale.ROOT, ROW, rate.level(), rate.difficulty(), rate.runs(),
                    String.format(Locale.ROOT, "%.0f %%", rate.percent()), rate.band() == null ? "-" : rate.band(),
                    rate.verdict()));
            if ("within".equals(rate.verdict())) {
                within++;
            }
        }
        out.append(String.format(Locale.ROOT, "%d of %d win rates within their bands", within, rates.size()));
        int fewest = Integer.MAX_VALUE;
        for (Rate rate : rates) {
            fewest = Math.min(fewest, rate.runs());
        }
        if (fewest < FEW_RUNS) {
            out.append(" (from as few as ").append(fewest).append(fewest == 1 ? " run" : " runs")
                    .append(" a rate: --runs 20 gives rates worth tuning by)");
        }
        if (!DifficultyBands.SKILL.equals(skill)) {
            out.append(" (the bands are written for the ").append(DifficultyBands.SKILL).append(" bot; this was the ")
                    .append(skill).append(" one)");
        }
        out.append(String.format(Locale.ROOT, "%n"));
        return out.toString();
    }
}
