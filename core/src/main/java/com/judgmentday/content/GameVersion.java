package com.judgmentday.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The game's version, as Maven stamped it into judgment-day.properties at build time. */
public final class GameVersion {
    private GameVersion() {
    }

    public static String get() {
        try (InputStream in = GameVersion.class.getResourceAsStream("/judgment-day.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
