import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the built game jar with the given arguments from the repository root (the working directory), for the
 * commands the Tiled project ships, and says how to build the jar when it is missing.
 *
 * <p>A single-file program ('java tools/Jd.java validate map.tmx'), so the same command works on Linux, macOS
 * and Windows with nothing but the Java 17 the game needs anyway. Tiled counts every line on standard error as
 * an error, so the game's lines all go to standard output (the validator's '1 map, 0 problems' is no error)
 * and a failure is one line on standard error.
 */
public final class Jd {
    static final String JAR = "desktop/target/judgment-day.jar";

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path jar = root.resolve(JAR);
        if (!Files.isRegularFile(jar)) {
            System.err.println("judgment-day: the game is not built: " + jar + " is missing; build it once with"
                    + " 'mvn -B -DskipTests package' in " + root + ", then run the command again");
            System.exit(2);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        int status = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start().waitFor();
        if (status != 0) {
            System.err.println("judgment-day " + String.join(" ", args) + " exited with status " + status
                    + "; its output above says why (in Tiled: the Console)");
        }
        System.exit(status);
    }
}
