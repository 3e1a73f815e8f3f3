package com.judgmentday.desktop;

import com.judgmentday.bot.BotDef;
import com.judgmentday.certificates.BotCertifier;
import com.judgmentday.certificates.Certificate;
import com.judgmentday.certificates.CertificateText;
import com.judgmentday.certificates.Certificates;
import com.judgmentday.content.AtomicFiles;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.sim.Simulation;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code certify --bot}: the bot plays each start point asked for, and each win is written as its certificate. */
final class BotCertify {
    private final CommandLine.Model.CommandSpec spec;
    private final TuningDef tuning;
    private final String skill;
    private final int tries;
    private final String difficulty;
    private final Path out;

    BotCertify(CommandLine.Model.CommandSpec spec, TuningDef tuning, String skill, int tries, String difficulty, Path out) {
        this.spec = spec;
        this.tuning = tuning;
        this.skill = skill == null ? PlaytestCommand.DEFAULT_SKILL : skill;
        this.tries = tries;
        this.difficulty = difficulty;
        this.out = out;
    }

    /** Certifies {@code level}'s start points (every shipped level's when null), or only {@code checkpoint}'s. */
    int call(String level, String checkpoint, Long seed) throws IOException {
        BotDef bot = Choices.skill(spec, "--skill", skill);
        if (tries < 1 || tries > BotCertifier.MAX_TRIES) {
            throw refused("--tries must be 1 to " + BotCertifier.MAX_TRIES);
        }
        Choices.difficulty(spec, tuning, difficulty);
        List<LevelDef> levels = new ArrayList<>();
        if (level != null) {
            levels.add(LevelCatalog.load(level, tuning));
        } else {
            if (checkpoint != null || out != null) {
                throw refused("--checkpoint and --out name one start point: add --level");
            }
            for (String id : LevelCatalog.ids()) {
                levels.add(LevelCatalog.load(id, tuning));
            }
        }
        long maxTicks = Math.round(PlaytestCommand.DEFAULT_SECONDS * Simulation.TICKS_PER_SECOND);
        PrintWriter said = spec.commandLine().getOut();
        boolean all = true;
        for (LevelDef def : levels) {
            List<String> starts = Certificates.startPoints(def);
            if (checkpoint != null && !starts.contains(checkpoint)) {
                throw refused(def.id + " has no start point '" + checkpoint + "'; it has " + String.join(", ", starts));
            }
            if (out != null && checkpoint == null && starts.size() > 1) {
                throw refused("--out names one certificate but " + def.id + " has " + starts.size()
                        + " start points: add --checkpoint");
            }
            for (String start : checkpoint != null ? List.of(checkpoint) : starts) {
                BotCertifier.Attempt attempt = BotCertifier.certify(def, tuning, bot, skill, seed == null ? 1L : seed,
                        tries, start, difficulty, maxTicks);
                all &= report(def, start, attempt, said);
            }
        }
        said.flush();
        return all ? 0 : 1;
    }

    private boolean report(LevelDef def, String start, BotCertifier.Attempt attempt, PrintWriter said) throws IOException {
        Certificate certificate = attempt.certificate;
        if (certificate == null) {
            said.print(def.id + " " + start + ": no certificate written; the " + skill + " bot did not win in "
                    + tries + " seeds:\n" + attempt.tried.toString().indent(2));
            return false;
        }
        Path target = out != null ? out : Certificates.path(Path.of(Certificates.SOURCE_FOLDER), certificate.level,
                certificate.start);
        if (out == null) {
            Files.createDirectories(target.toAbsolutePath().getParent());
        }
        String unwritable = AtomicFiles.whyNotWritable(target);
        if (unwritable != null) {
            throw refused((out != null ? "--out: " : "") + unwritable);
        }
        AtomicFiles.writeString(target, CertificateText.write(certificate));
        said.println(certificate.name() + ": WIN at tick " + certificate.tick + " (the " + skill + " bot, seed "
                + certificate.seed + "), " + certificate.marks.size() + " marks, written to " + target);
        return true;
    }

    private CommandLine.ParameterException refused(String why) {
        return new CommandLine.ParameterException(spec.commandLine(), why);
    }
}
