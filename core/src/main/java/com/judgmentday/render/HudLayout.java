package com.judgmentday.render;

/**
 * Where text goes on the virtual screen, in whole pixels with y up, so no two parts overlap: the HUD's status
 * rows along the top, the subtitles and controls line along the bottom, and the debug views' text in the band
 * between, cut to the lines that fit.
 */
public final class HudLayout {
    /** Space between the screen's edge and anything on it. */
    public static final int MARGIN = 6;
    /** One status row: a 12-pixel icon or line of text and the gap below it. */
    public static final int ROW = 14;
    /** Left: the level, integrity, John, the T-1000. Right: the clock, the weapon, casualties. */
    public static final int STATUS_ROWS = 4;
    /** One line of the pixel face: its 12-pixel cell and the pixel FreeType puts between lines. */
    public static final int LINE = 13;
    /** Subtitles wrap to at most this many lines (longer ones are cut short) above the controls line. */
    public static final int SUBTITLE_LINES = 3;
    private static final int GAP = 4;
    /** Between the controls line and the subtitles above it: more than a line's leading, so the two don't read as one. */
    private static final int SUBTITLE_GAP = 9;

    private HudLayout() {
    }

    /** The top edge of status row {@code row} (0 is the top one). */
    public static int rowTop(int row) {
        return PixelScreen.HEIGHT - MARGIN - row * ROW;
    }

    /** The lowest pixel the status rows may use. */
    public static int statusBottom() {
        return rowTop(STATUS_ROWS);
    }

    /** The top of the controls line's text (the first seconds of a level), at the foot of the screen. */
    public static int helpTop() {
        return MARGIN + LINE;
    }

    /** The top of the subtitle band, above the controls line. */
    public static int subtitlesTop() {
        return subtitlesBottom() + SUBTITLE_LINES * LINE;
    }

    /** Where the last subtitle line ends. */
    public static int subtitlesBottom() {
        return helpTop() + SUBTITLE_GAP;
    }

    /** The top of the debug views' first line, below the status rows. */
    public static int debugTop() {
        return statusBottom() - GAP;
    }

    /** How many lines of debug text fit between the status rows and the subtitles. */
    public static int debugLines() {
        return (debugTop() - subtitlesTop() - GAP) / LINE;
    }

    /**
     * Cuts {@code text} (lines ending in '\n') to at most {@code lines} lines, the last saying how many were left
     * out; returns how many were.
     */
    public static int fit(StringBuilder text, int lines) {
        int total = 0;
        int cut = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || i == text.length() - 1) {
                total++;
                if (total == lines - 1) {
                    cut = i + 1;
                }
            }
        }
        if (total <= lines) {
            return 0;
        }
        int dropped = total - Math.max(0, lines - 1);
        text.setLength(Math.max(0, cut));
        if (lines > 0) {
            text.append("... ").append(dropped).append(" more lines\n");
        }
        return dropped;
    }
}
