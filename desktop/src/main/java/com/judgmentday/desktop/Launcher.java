package com.judgmentday.desktop;

import com.badlogic.gdx.backends.lwjgl3.Lwjgl3Application;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3ApplicationConfiguration;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3NativesLoader;
import com.judgmentday.screens.JudgmentDayGame;
import com.judgmentday.content.AtomicFiles;
import com.judgmentday.content.GameVersion;
import com.judgmentday.content.UserText;
import com.judgmentday.screens.GameOptions;
import org.lwjgl.glfw.GLFW;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.ToIntFunction;

/**
 * The one command line of the game: no arguments opens the window at the title screen; naming a level (or
 * a checkpoint, a recording or a benchmark) goes straight into it; playtest and replay are subcommands.
 * Options may come before or after a subcommand ({@link LeadingOptions}).
 */
@Command(name = "judgment-day", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Judgment Day: the set pieces of Terminator 2 as a side-view action game.",
        subcommands = {PlaytestCommand.class, ReplayCommand.class, ValidateCommand.class, SchemaCommand.class,
                CertifyCommand.class, SoakCommand.class, BenchCommand.class})
public final class Launcher implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Opens the game window with these options and returns the exit code once it closes. */
    final ToIntFunction<GameOptions> window;

    private Launcher(ToIntFunction<GameOptions> window) {
        this.window = window;
    }

    /** The level --checkpoint, --record, --bench-frames and --screen pause play when --level names none. */
    static final String DEFAULT_LEVEL = "proving-ground";
    /** The pages --screen can open at. */
    static final List<String> SCREENS = List.of("title", "main", "levels", "settings", "keys", "pad", "credits", "pause");

    @Option(names = "--level", paramLabel = "<id|path>", description = "Go straight into this level (id or .tmx file)"
            + " instead of the title screen.")
    String level;

    @Option(names = "--screen", paramLabel = "<page>", description = "Open at this screen: title, main, levels,"
            + " settings, keys, pad, credits; or pause (a level, paused).")
    String screen;

    @Option(names = "--user-dir", paramLabel = "<dir>", description = "Where settings.json and progress.json live"
            + " (default: .judgment-day in Java's user.home, which is not $HOME; or the judgmentday.userDir property).")
    Path userDir;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1L;

    @Option(names = "--checkpoint", paramLabel = "<name>", description = "Start at this checkpoint of the level.")
    String checkpoint;

    @Option(names = "--bot", paramLabel = "<skill>", arity = "0..1", fallbackValue = "average",
            description = "The bot plays the level in the window while you watch (careful, average, reckless or perfect;"
                    + " default average).")
    String bot;

    @Option(names = "--record", paramLabel = "<file>", description = "Write what you play to this input script.")
    Path record;

    @Option(names = "--screenshot", paramLabel = "<png>", description = "Save the framebuffer after --frames frames, then exit.")
    Path screenshot;

    @Option(names = "--frames", description = "Rendered frames before --screenshot (default: ${DEFAULT-VALUE}).")
    int frames = 60;

    @Option(names = "--bench-frames", paramLabel = "<n>", description = "Measure n frames uncapped (no vsync): print"
            + " frame-time p50/p99 and draw calls per frame, then exit.")
    int benchFrames;

    @Option(names = "--fullscreen", description = "Start in full screen (F11 or Alt+Enter toggles).")
    boolean fullscreen;

    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        // Picocli reads every command's annotations, a third of a second in a cold JVM: when the arguments
        // open the window, this thread (the one that will own it) starts GLFW meanwhile.
        FutureTask<CommandLine> building = new FutureTask<>(() -> commandLine(out, err));
        Thread builder = new Thread(building, "command-line");
        builder.setDaemon(true);
        builder.start();
        if (Window.opens(args)) {
            Window.startGlfw();
        }
        CommandLine commandLine;
        try {
            commandLine = building.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
        System.exit(commandLine.execute(args));
    }

    /** The configured command line; tests call this with their own writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Window::open);
    }

    /** As above, with {@code window} in place of the game window (tests look at the options it would open with). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, ToIntFunction<GameOptions> window) {
        CommandLine commandLine = new CommandLine(new Launcher(window));
        commandLine.setExecutionStrategy(parsed -> {
            LeadingOptions.handOver(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("judgment-day: " + UserText.line(ex.getMessage()) + " (see --help)");
            return 2;
        });
        commandLine.setExecutionExceptionHandler(new UserErrors());
        return commandLine;
    }

    @Override
    public Integer call() throws Exception {
        if (frames < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--frames must be 1 or more");
        }
        Window.requireWritable(spec.commandLine(), "--record", record);
        Window.requireWritable(spec.commandLine(), "--screenshot", screenshot);
        if (screen != null && !SCREENS.contains(screen)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--screen must be one of "
                    + String.join(", ", SCREENS) + " (not '" + screen + "')");
        }
        if (bot != null) {
            Choices.skill(spec, "--bot", bot);
        }
        boolean intoLevel = level != null || checkpoint != null || record != null || benchFrames > 0 || bot != null
                || "pause".equals(screen);
        if (level != null && screen != null && !screen.equals("pause")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--screen " + screen
                    + " opens a menu; it can't go with --level (only --screen pause can)");
        }
        GameOptions options = Content.options(intoLevel ? (level != null ? level : DEFAULT_LEVEL) : null, seed, checkpoint);
        options.screen = screen;
        options.userDir = userDir;
        if (intoLevel && !Content.report(options, spec.commandLine().getErr())) {
            spec.commandLine().getErr().println("judgment-day: the level has problems; the window lists them and starts it"
                    + (options.watchLevel() ? " once a save fixes them" : " once they are fixed"));
        } else if (checkpoint != null) {
            // A checkpoint the level lacks is the player's typo, not the map's problem: one line, as playtest says it.
            Content.requireLoadable(options);
        }
        options.record = record;
        options.bot = bot;
        options.screenshot = screenshot;
        options.screenshotFrames = frames;
        options.benchFrames = Math.max(0, benchFrames);
        options.fullscreen = fullscreen;
        return window.applyAsInt(options);
    }

    /** Prints the version picocli shows for --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"judgment-day " + GameVersion.get()};
        }
    }

    /** Opens the LWJGL3 window and blocks until it closes. */
    static final class Window {
        private Window() {
        }

        static int open(GameOptions options) {
            String noDisplay = WindowFailure.noDisplay(System::getenv, System.getProperty("os.name"));
            if (noDisplay != null) {
                throw new UserErrors.WindowException(noDisplay);
            }
            JudgmentDayGame game = new JudgmentDayGame(options);
            // libGDX prints GLFW's errors to this stream: held back until the game is up, a failure is one line.
            HeldOutput glfwErrors = new HeldOutput(System.err, game::created);
            Lwjgl3ApplicationConfiguration.errorStream = new PrintStream(glfwErrors, true);
            onlyX11WithoutWayland();
            // Said beside the frame times it explains; otherwise quiet (a window that cannot open says so in one line).
            boolean say = options.benchFrames > 0;
            WindowCompiler.c1OnlyIfFewCores(Runtime.getRuntime().availableProcessors(),
                    compiler -> {
                        if (say) {
                            System.out.println("[judgment-day] compiler: " + compiler);
                        }
                    });
            try {
                new Lwjgl3Application(game, configuration(options.benchFrames > 0));
            } catch (RuntimeException | Error e) {
                WindowFailure failure = WindowFailure.of(e, glfwErrors.text(), System.getenv("DISPLAY"));
                if (failure.kind == WindowFailure.Kind.BUG) {
                    glfwErrors.release();
                    throw e;
                }
                glfwErrors.discard();
                throw new UserErrors.WindowException(failure.message);
            }
            glfwErrors.release();
            return 0;
        }

        /** A guess from the arguments, good enough to start GLFW early: no subcommand but replay, no help or version. */
        static boolean opens(String[] args) {
            for (String arg : args) {
                if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")
                        || HEADLESS.contains(arg)) {
                    // Options may come before a subcommand (--seed 2 playtest ...): a headless one anywhere opens none.
                    return false;
                }
            }
            return true;
        }

        /** The subcommands that run without a window. */
        private static final Set<String> HEADLESS =
                Set.of("playtest", "validate", "schema", "certify", "soak", "bench");

        /**
         * Starts GLFW on this thread ahead of the window (Linux with a display named), quietly, for no error
         * callback is set yet: what fails here fails again when the window opens, and is told then.
         */
        static void startGlfw() {
            if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux")
                    || WindowFailure.noDisplay(System::getenv, System.getProperty("os.name")) != null) {
                return;
            }
            // GLFW doesn't need libGDX's own natives: they load meanwhile (libGDX waits for them when it starts).
            Thread natives = new Thread(() -> {
                try {
                    Lwjgl3NativesLoader.load();
                } catch (RuntimeException | LinkageError e) {
                    // Met again, and told, when the window opens.
                }
            }, "gdx-natives");
            natives.setDaemon(true);
            natives.start();
            try {
                onlyX11WithoutWayland();
                // As libGDX sets it before its own glfwInit, which then finds GLFW started.
                GLFW.glfwInitHint(GLFW.GLFW_JOYSTICK_HAT_BUTTONS, GLFW.GLFW_FALSE);
                GLFW.glfwInit();
            } catch (RuntimeException | LinkageError e) {
                // Met again, and told, when the window opens.
            }
        }

        /**
         * Without WAYLAND_DISPLAY only X11 can work: GLFW is told so, or after a failed X connection it
         * tries Wayland too, whose library prints its own complaint straight to the terminal.
         */
        private static void onlyX11WithoutWayland() {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            String wayland = System.getenv("WAYLAND_DISPLAY");
            if (os.startsWith("linux") && (wayland == null || wayland.isBlank())) {
                GLFW.glfwInitHint(GLFW.GLFW_PLATFORM, GLFW.GLFW_PLATFORM_X11);
            }
        }

        /** The window; a benchmark runs uncapped (no vsync, no frame cap) so frame times measure the work. */
        private static Lwjgl3ApplicationConfiguration configuration(boolean benchmark) {
            Lwjgl3ApplicationConfiguration config = new Lwjgl3ApplicationConfiguration();
            config.setTitle("Judgment Day");
            config.setWindowedMode(1280, 720);
            config.setResizable(true);
            config.useVsync(true);
            // Vsync paces the frames; the cap is a fallback where vsync is ignored. Virtual displays
            // (Xvfb) report a refresh rate of 0, which would cap the game at one frame a second.
            int refresh = Lwjgl3ApplicationConfiguration.getDisplayMode().refreshRate;
            config.setForegroundFPS((refresh >= 30 ? refresh : 60) + 1);
            config.setWindowSizeLimits(640, 360, -1, -1);
            if (benchmark) {
                config.useVsync(false);
                config.setForegroundFPS(0);
            }
            return config;
        }

        /** Refuses an output file that could not be written, before the window opens and play is lost. */
        static void requireWritable(CommandLine commandLine, String option, Path file) {
            String why = file == null ? null : AtomicFiles.whyNotWritable(file);
            if (why != null) {
                throw new CommandLine.ParameterException(commandLine, option + ": " + why);
            }
        }
    }
}
