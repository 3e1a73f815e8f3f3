package com.judgmentday.architecture;

import com.badlogic.gdx.utils.JsonWriter;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputScript;
import com.judgmentday.input.InputScriptParser;
import com.judgmentday.settings.Bindings;
import com.judgmentday.settings.Settings;
import com.judgmentday.settings.SettingsJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text is folded and formatted the same on every machine: a Turkish default locale (where "I" lowers to a
 * dotless "ı") once crashed --screen title and hid "# CHECKPOINT:" headers. The sources are scanned for
 * folding or formatting without Locale.ROOT, and the parsers are run under that locale.
 */
class LocaleFoldingTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern DEFAULT_LOCALE = Pattern.compile(
            "\\.to(Lower|Upper)Case\\(\\)|String\\.format\\(\\s*\"|\\.formatted\\(|\\.printf\\(\\s*\"");
    private Locale before;

    @BeforeEach
    void turkish() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void noSourceFoldsOrFormatsTextWithTheDefaultLocale() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String module : new String[] {"core", "desktop", "tests"}) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src"))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher matcher = DEFAULT_LOCALE.matcher(lines.get(i));
                        if (matcher.find() && !file.endsWith("LocaleFoldingTest.java")) {
                            offences.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(offences).as("use toLowerCase(Locale.ROOT), String.format(Locale.ROOT, ...)").isEmpty();
    }

    @Test
    void theScanWouldCatchAnOffence() {
        assertThat(DEFAULT_LOCALE.matcher("Page.valueOf(screen.toUpperCase())").find()).isTrue();
        assertThat(DEFAULT_LOCALE.matcher("String.format(\"%.2f\", x)").find()).isTrue();
        assertThat(DEFAULT_LOCALE.matcher("name.toLowerCase(Locale.ROOT)").find()).isFalse();
        assertThat(DEFAULT_LOCALE.matcher("String.format(Locale.ROOT, \"%.2f\", x)").find()).isFalse();
    }

    @Test
    void scriptHeadersInCapitalsAreReadUnderATurkishLocale() throws Exception {
        InputScript script = InputScriptParser.parse("tr.txt",
                new StringReader("# LEVEL: proving-ground\n# CHECKPOINT: dock\n# SEED: 4\n10,fire,SWITCH_WEAPON\n"));

        assertThat(script.level).isEqualTo("proving-ground");
        assertThat(script.checkpoint).isEqualTo("dock");
        assertThat(script.seed).isEqualTo(4L);
        assertThat(script.runBits(0)).isEqualTo(new ActionSet().add(Action.FIRE).add(Action.SWITCH_WEAPON).bits());
    }

    @Test
    void settingsAreWrittenWithTheSameNamesUnderATurkishLocale() {
        String json = SettingsJson.write(new Settings()).toJson(JsonWriter.OutputType.json);

        assertThat(json).contains("\"alt_fire\"").contains("\"switch_weapon\"").doesNotContain("ı");
        assertThat(Bindings.label(Action.ALT_FIRE)).isEqualTo("alt fire");
    }
}
