package com.judgmentday.content;

import java.util.Locale;

/**
 * Makes text that came from a file or the command line safe to put in a message: control and invisible
 * characters are written as escapes (so ANSI codes, NULs and line breaks never reach the terminal as
 * themselves) and the length is bounded, with a marker saying how much was left out.
 */
public final class UserText {
    /** Longest a quoted token (a name, a value) is shown, in characters. */
    public static final int TOKEN_LIMIT = 80;
    /** Longest a whole message line is, in characters. */
    public static final int LINE_LIMIT = 1000;
    /** Room kept for the marker "... (N more characters)" when text is cut. */
    private static final int MARKER_ROOM = 32;

    private UserText() {
    }

    /** A token between single quotes, made safe and cut at {@link #TOKEN_LIMIT}: {@code 'abc'}. */
    public static String quote(String text) {
        return "'" + safe(text, TOKEN_LIMIT) + "'";
    }

    /** A token made safe and cut at {@link #TOKEN_LIMIT}, without quotes. */
    public static String token(String text) {
        return safe(text, TOKEN_LIMIT);
    }

    /** A whole message made safe and cut at {@link #LINE_LIMIT}; applying it twice changes nothing more. */
    public static String line(String message) {
        return safe(message, LINE_LIMIT);
    }

    /**
     * The text with unsafe characters escaped; when that is longer than {@code limit} (over 32), as much as fits
     * with a marker saying how many characters were left out. The result is never longer than {@code limit}.
     */
    public static String safe(String text, int limit) {
        if (text == null) {
            return "(none)";
        }
        if (text.length() <= limit && allSafe(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(limit, text.length()) + 8);
        int end = append(out, text, limit);
        if (end == text.length()) {
            return out.toString();
        }
        out.setLength(0);
        end = append(out, text, limit - MARKER_ROOM);
        return out.append("... (").append(text.length() - end).append(" more characters)").toString();
    }

    /** Appends escaped text while it fits in {@code budget} characters; the index reached. */
    private static int append(StringBuilder out, String text, int budget) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            String escaped = !pair && unsafe(c) ? escape(c) : null;
            int size = pair ? 2 : escaped != null ? escaped.length() : 1;
            if (out.length() + size > budget) {
                break;
            }
            if (pair) {
                out.append(c).append(text.charAt(i + 1));
            } else if (escaped != null) {
                out.append(escaped);
            } else {
                out.append(c);
            }
            i += pair ? 2 : 1;
        }
        return i;
    }

    private static boolean allSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unsafe(c)) {
                return false;
            }
        }
        return true;
    }

    /** Characters a terminal would act on or not show: controls, formatting (bidi, zero width), lone surrogates. */
    private static boolean unsafe(char c) {
        if (Character.isISOControl(c) || Character.isSurrogate(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                return c < 0x100 ? String.format(Locale.ROOT, "\\x%02X", (int) c) : String.format(Locale.ROOT, "\\u%04X", (int) c);
        }
    }
}
