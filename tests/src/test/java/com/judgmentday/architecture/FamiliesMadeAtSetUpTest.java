package com.judgmentday.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ashley's {@code Family.all(...)} fills one builder that the whole process shares (a static field), so two
 * simulations stepping on two threads ({@code playtest --all}) that both ask for a family mid-step can get each other's:
 * a control hand-over once read the T-1000s' family as the followers' and met an entity with no follow. So the
 * simulation asks for its families only while it is built, which {@code PlayAll} does one simulation at a time: in a
 * constructor, in {@code addedToEngine}, or in {@code Stage.attach} (called from there).
 */
class FamiliesMadeAtSetUpTest {
    private static final Path CORE = Path.of("..", "core", "src", "main", "java", "com", "judgmentday");
    /** The window's own packages: one thread, one simulation. */
    private static final Set<String> WINDOW = Set.of("render", "screens", "menu", "audio", "controls", "settings");
    /** Methods outside set-up that may ask: the window's checkpoint tracking (one thread, one simulation). */
    private static final Set<String> ALLOWED = Set.of("CheckpointCast.of");
    private static final Pattern MEMBER = Pattern.compile("^ {4}(?=\\S)(?:(?:public|private|protected|static|final|synchronized) )*"
            + "(?:[\\w<>\\[\\], .?]+ )?(\\w+)\\(");
    private static final Pattern FAMILY = Pattern.compile("Family\\.(all|one|exclude)\\(");

    @Test
    void theSimulationAsksForFamiliesOnlyWhileItIsBuilt() throws IOException {
        List<String> offences = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORE)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        int checked = 0;
        for (Path file : files) {
            String pkg = CORE.relativize(file).getName(0).toString();
            if (WINDOW.contains(pkg)) {
                continue;
            }
            String type = file.getFileName().toString().replace(".java", "");
            String member = "";
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher signature = MEMBER.matcher(lines.get(i));
                if (signature.find() && !lines.get(i).trim().startsWith("return")) {
                    member = signature.group(1);
                }
                if (!FAMILY.matcher(lines.get(i)).find() || lines.get(i).contains("static final")
                        || lines.get(i).contains("super(Family")) {
                    continue;
                }
                checked++;
                boolean setUp = member.equals(type) || member.equals("addedToEngine") || member.equals("attach")
                        || ALLOWED.contains(type + "." + member);
                if (!setUp) {
                    offences.add(CORE.relativize(file) + ":" + (i + 1) + " in " + member + "()");
                }
            }
        }
        assertThat(checked).as("families asked for in the simulation's sources").isGreaterThan(20);
        assertThat(offences).as("families asked for mid-step: make them in the constructor or addedToEngine").isEmpty();
    }
}
