package com.judgmentday.level;

import java.util.Locale;

/** Suggests the closest known name for a misspelt one. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The closest candidate within a few edits, or null. */
    public static String closest(String wrong, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = Math.max(2, wrong.length() / 3);
        String lower = wrong.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            // The distance is at least the difference in length: a huge name costs nothing to rule out.
            int gap = Math.abs(candidate.length() - wrong.length());
            if (gap > allowed || gap >= bestDistance) {
                continue;
            }
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /** " did you mean 'x'?" or " use one of a, b, c" for messages. */
    public static String hint(String wrong, Iterable<String> candidates) {
        String match = closest(wrong, candidates);
        if (match != null) {
            return "; did you mean '" + match + "'?";
        }
        StringBuilder list = new StringBuilder();
        for (String candidate : candidates) {
            list.append(list.length() == 0 ? "" : ", ").append(candidate);
        }
        return "; use one of " + list;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
