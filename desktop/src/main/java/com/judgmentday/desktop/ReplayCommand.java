package com.judgmentday.desktop;

import com.judgmentday.input.InputScript;
import com.judgmentday.input.InputScriptParser;
import com.judgmentday.screens.GameOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Plays a recording (or any input script) back in the window. */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Play a recording back in the game window.")
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Launcher launcher;

    @Parameters(paramLabel = "<file>", description = "The recording or input script.")
    Path file;

    @Option(names = "--level", paramLabel = "<id|path>", description = "Level, when the recording names none.")
    String level;

    @Option(names = "--screenshot", paramLabel = "<png>", description = "Save the framebuffer after --frames frames, then exit.")
    Path screenshot;

    @Option(names = "--frames", description = "Rendered frames before --screenshot (default: ${DEFAULT-VALUE}).")
    int frames = 60;

    @Option(names = "--bench-frames", paramLabel = "<n>", description = "Measure n frames uncapped (no vsync): print"
            + " frame-time p50/p99 and draw calls per frame, then exit.")
    int benchFrames;

    @Option(names = "--user-dir", paramLabel = "<dir>", description = "Where settings.json and progress.json live"
            + " (default: .judgment-day in Java's user.home, which is not $HOME; or the judgmentday.userDir property).")
    Path userDir;

    @Override
    public Integer call() throws Exception {
        Launcher.Window.requireWritable(spec.commandLine(), "--screenshot", screenshot);
        InputScript script = InputScriptParser.parse(file);
        String levelName = level != null ? level : script.level;
        if (levelName == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    file + " names no level ('# level: <id>'); add --level <id|path>");
        }
        GameOptions options = Content.options(levelName, script.seed != null ? script.seed : 1L, script.checkpoint);
        Content.requireLoadable(options);
        options.replay = script;
        options.screenshot = screenshot;
        options.screenshotFrames = Math.max(1, frames);
        options.benchFrames = Math.max(0, benchFrames);
        options.userDir = userDir;
        return launcher.window.applyAsInt(options);
    }
}
