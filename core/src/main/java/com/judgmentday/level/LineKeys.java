package com.judgmentday.level;

import com.judgmentday.content.Lines;
import com.judgmentday.content.UserText;

/** The one message for a map naming a line of dialogue that the lines file doesn't have. */
public final class LineKeys {
    private LineKeys() {
    }

    /** What is wrong with naming {@code key} as a line (with a did-you-mean, or where to add it); null when it is one. */
    public static String problem(Lines lines, String key) {
        if (lines.has(key)) {
            return null;
        }
        String meant = DidYouMean.closest(key, lines.keys());
        if (meant != null) {
            return "no line has the key '" + UserText.token(key) + "' in assets/" + Lines.PATH + "; did you mean '"
                    + meant + "'?";
        }
        return "no line has the key '" + UserText.token(key) + "' in assets/" + Lines.PATH + "; add a row '"
                + UserText.token(key) + ": Speaker | words' there, or fix the key";
    }
}
