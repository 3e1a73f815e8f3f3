package com.judgmentday.systems;

import java.util.Locale;

/** A character's title ("the T-800", "Sarah") at the start of a sentence, and a thing's name after "the". */
final class Titles {
    private Titles() {
    }

    static String capital(String title) {
        return title.isEmpty() ? title : title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
    }

    /** "the cog wheels" for a machine named "cog wheels" or "the cog wheels" (a designer may write either). */
    static String the(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("the ") ? name : "the " + name;
    }
}
