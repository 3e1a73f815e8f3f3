package com.judgmentday.desktop;

import com.judgmentday.certificates.BotCertifier;
import com.judgmentday.certificates.Certificate;
import com.judgmentday.certificates.CertificateChecker;
import com.judgmentday.certificates.CertificateException;
import com.judgmentday.certificates.CertificateRecorder;
import com.judgmentday.certificates.CertificateText;
import com.judgmentday.certificates.Certificates;
import com.judgmentday.content.AtomicFiles;
import com.judgmentday.content.TuningDef;
import com.judgmentday.input.InputScript;
import com.judgmentday.input.InputScriptParser;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Records a certificate from a winning input (refusing one that does not win), has the bot win every start point and
 * certifies that with --bot, or replays certificates with --check.
 */
@Command(name = "certify", mixinStandardHelpOptions = true,
        description = "Record a level's certificate from a winning input script, or from the bot's win at every start point "
                + "(--bot), or --check certificates (docs/certificates.md).")
final class CertifyCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "<file>", description = "The input script that wins (docs/input-scripts.md).")
    Path input;

    @Option(names = "--bot", description = "The bot plays each start point (of --level, else of every shipped level; "
            + "--checkpoint for one) and its win is certified.")
    boolean bot;

    @Option(names = "--skill", paramLabel = "<name>", description = "With --bot: its skill (data/bot.json); default average.")
    String skill;

    @Option(names = "--tries", description = "With --bot: seeds tried per start point until one wins (from --seed); "
            + "default 5, at most " + BotCertifier.MAX_TRIES + ".")
    int tries = 5;

    @Option(names = "--level", paramLabel = "<id|path>", description = "Level id or .tmx file; defaults to the script's '# level:'.")
    String level;

    @Option(names = "--seed", description = "Random seed; defaults to the script's '# seed:', else 1.")
    Long seed;

    @Option(names = "--checkpoint", paramLabel = "<name>", description = "The start point: a checkpoint; default: the script's, else the spawn.")
    String checkpoint;

    @Option(names = "--difficulty", paramLabel = "<name>", description = "Difficulty; default: tuning's.")
    String difficulty;

    @Option(names = "--skip-beats", description = "Scripted beats jump to their end at once.")
    boolean skipBeats;

    @Option(names = "--out", paramLabel = "<file>", description = "Where to write; default: assets/certificates/<level>/<start>.cert.")
    Path out;

    @Option(names = "--check", description = "Replay certificates (the files given, else every one under assets/certificates).")
    boolean check;

    @Parameters(paramLabel = "<certificate>", arity = "0..*", description = "Certificates to --check.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        TuningDef tuning = Content.tuning();
        if (check) {
            return check(tuning);
        }
        if (bot) {
            return new BotCertify(spec, tuning, skill, tries, difficulty, out).call(level, checkpoint, seed);
        }
        if (skill != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--skill is the bot's: add --bot");
        }
        if (input == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "certify needs --input <script>, --bot or --check");
        }
        InputScript script = InputScriptParser.parse(input);
        String levelName = level != null ? level : script.level;
        if (levelName == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "certify needs --level <id|path> (or a script with '# level:')");
        }
        LevelDef levelDef = LevelCatalog.load(levelName, tuning);
        Choices.difficulty(spec, tuning, difficulty);
        String start = checkpoint != null ? checkpoint : script.checkpoint;
        long runSeed = seed != null ? seed : script.seed != null ? script.seed : 1L;
        long maxTicks = script.totalTicks() + Math.round(PlaytestCommand.SCRIPT_GRACE_SECONDS * Simulation.TICKS_PER_SECOND);
        Certificate certificate = CertificateRecorder.record(levelDef, levelDef.id, tuning, script, runSeed, start, difficulty,
                "script", skipBeats, maxTicks);
        Path target = out != null ? out : Certificates.path(Path.of(Certificates.SOURCE_FOLDER), certificate.level, certificate.start);
        if (certificate.outcome != Outcome.WIN) {
            spec.commandLine().getErr().println("judgment-day: " + certificate.name() + " ends " + certificate.outcome + " at tick "
                    + certificate.tick + " with this input; a certificate is proof of a win, so none was written");
            return 1;
        }
        if (out == null) {
            Files.createDirectories(target.toAbsolutePath().getParent());
        }
        String unwritable = AtomicFiles.whyNotWritable(target);
        if (unwritable != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: " + unwritable);
        }
        AtomicFiles.writeString(target, CertificateText.write(certificate));
        spec.commandLine().getOut().println(certificate.name() + ": WIN at tick " + certificate.tick + ", "
                + certificate.marks.size() + " marks, written to " + target);
        return 0;
    }

    /** Replays each certificate; one line each; exit 1 when any does not hold. */
    private int check(TuningDef tuning) throws IOException, CertificateException {
        List<Path> certificates = new ArrayList<>(files);
        if (certificates.isEmpty()) {
            Path root = Path.of(Certificates.SOURCE_FOLDER);
            if (!Files.isDirectory(root)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no " + root + " here; run from the repository or name certificates");
            }
            try (Stream<Path> found = Files.walk(root, 2)) {
                found.filter(path -> path.toString().endsWith(".cert")).sorted().forEach(certificates::add);
            }
        }
        boolean allHold = true;
        for (Path file : certificates) {
            Certificate certificate = CertificateText.read(file);
            String misplaced = files.isEmpty() ? Certificates.misplaced(file.toFile(), certificate) : null;
            if (misplaced != null) {
                spec.commandLine().getOut().println(misplaced);
                allHold = false;
                continue;
            }
            CertificateChecker.Result result = CertificateChecker.check(certificate, LevelCatalog.load(certificate.level, tuning), tuning);
            spec.commandLine().getOut().println(result.describe());
            allHold &= result.holds();
        }
        return allHold ? 0 : 1;
    }
}
