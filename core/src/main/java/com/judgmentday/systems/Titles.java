package com.judgmentday.systems;

import java.util.Locale;

/** A character's title ("the T-800", "Sarah") at the start of a sentence. */
final class Titles {
    private Titles() {
    }

    static String capital(String title) {
        return title.isEmpty() ? title : title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
    }
}
