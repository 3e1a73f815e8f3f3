package com.judgmentday.certificates;

import com.judgmentday.content.SmallFiles;
import com.judgmentday.content.UserText;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputScript;
import com.judgmentday.input.InputScriptException;
import com.judgmentday.input.InputScriptParser;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.StateHasher;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The certificate's text format (docs/certificates.md): {@code key: value} headers, the input as an input script
 * after {@code input:}, then after {@code marks:} one line per mark ({@code tick hash run= random= stage=}) and under
 * it, indented, the entities whose digests changed since the mark before (only those, so a wall costs one line).
 */
public final class CertificateText {
    public static final int FORMAT = 1;
    /** Largest certificate read: far beyond an hour of play; a bigger file is refused unread. */
    public static final long MAX_BYTES = 64 * SmallFiles.MB;

    private CertificateText() {
    }

    public static String write(Certificate certificate) {
        StringBuilder out = new StringBuilder();
        out.append("# Judgment Day certificate (docs/certificates.md): replayed by the tests; remake with 'certify'\n");
        out.append("format: ").append(FORMAT).append('\n');
        out.append("level: ").append(certificate.level).append('\n');
        out.append("start: ").append(certificate.start).append('\n');
        out.append("seed: ").append(certificate.seed).append('\n');
        out.append("difficulty: ").append(certificate.difficulty).append('\n');
        out.append("skill: ").append(certificate.skill).append('\n');
        out.append("beats: ").append(certificate.skipBeats ? "skipped" : "played").append('\n');
        out.append("outcome: ").append(certificate.outcome.name()).append('\n');
        out.append("tick: ").append(certificate.tick).append('\n');
        out.append("state: ").append(StateHasher.hex(certificate.stateHash)).append('\n');
        out.append("input:\n");
        InputScript input = certificate.input;
        for (int i = 0; i < input.runCount(); i++) {
            out.append(input.runTicks(i));
            String codes = ActionSet.codes(input.runBits(i));
            if (!codes.isEmpty()) {
                out.append(',').append(codes);
            }
            out.append('\n');
        }
        out.append("marks:\n");
        Snapshot before = new Snapshot();
        for (Certificate.Mark mark : certificate.marks) {
            Snapshot now = mark.state();
            out.append(mark.tick()).append(' ').append(StateHasher.hex(mark.hash()))
                    .append(" run=").append(hex8(now.run)).append(" random=").append(hex8(now.random))
                    .append(" stage=").append(hex8(now.stage)).append('\n');
            for (Map.Entry<Integer, Snapshot.Entry> entity : now.entities.entrySet()) {
                Snapshot.Entry was = before.entities.get(entity.getKey());
                StringBuilder changed = new StringBuilder();
                for (Map.Entry<String, Integer> part : entity.getValue().parts().entrySet()) {
                    if (was == null || !part.getValue().equals(was.parts().get(part.getKey()))) {
                        changed.append(' ').append(part.getKey()).append('=').append(hex8(part.getValue()));
                    }
                }
                if (was != null) {
                    for (String gone : was.parts().keySet()) {
                        if (!entity.getValue().parts().containsKey(gone)) {
                            changed.append(' ').append(gone).append("=-");
                        }
                    }
                }
                if (changed.length() > 0) {
                    out.append("  ").append(entity.getKey()).append(' ').append(nameToken(entity.getValue().name()))
                            .append(changed).append('\n');
                }
            }
            for (Map.Entry<Integer, Snapshot.Entry> gone : before.entities.entrySet()) {
                if (!now.entities.containsKey(gone.getKey())) {
                    out.append("  ").append(gone.getKey()).append(' ').append(nameToken(gone.getValue().name())).append(" -\n");
                }
            }
            before = now;
        }
        return out.toString();
    }

    /** Reads a certificate file (a regular UTF-8 file of at most {@link #MAX_BYTES}). */
    public static Certificate read(Path file) throws CertificateException {
        String text;
        try {
            text = SmallFiles.utf8(SmallFiles.read(file, MAX_BYTES));
        } catch (NoSuchFileException e) {
            throw new CertificateException(file + ": no such certificate");
        } catch (IOException e) {
            throw new CertificateException(file + ": can't read the certificate (" + e.getMessage() + ")");
        }
        return parse(file.toString(), text);
    }

    /** Reads a certificate's text; {@code name} is what messages call it ("file:line: what is wrong"). */
    public static Certificate parse(String name, String text) throws CertificateException {
        Certificate certificate = new Certificate();
        String[] lines = text.split("\n", -1);
        int at = 0;
        Map<String, String> headers = new TreeMap<>();
        for (; at < lines.length; at++) {
            String line = lines[at].strip();
            if (line.equals("input:")) {
                break;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new CertificateException(name + ":" + (at + 1) + ": " + UserText.quote(line)
                        + " is not a 'key: value' header; the input follows a line 'input:'");
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        if (at == lines.length) {
            throw new CertificateException(name + ": no 'input:' line; a certificate holds the input that won");
        }
        Headers read = new Headers(name, headers);
        if (read.number("format") != FORMAT) {
            throw new CertificateException(name + ": format " + headers.get("format") + " is not " + FORMAT
                    + "; make the certificate again with 'certify'");
        }
        certificate.level = read.text("level");
        certificate.start = read.text("start");
        certificate.seed = read.number("seed");
        certificate.difficulty = read.text("difficulty");
        certificate.skill = read.text("skill");
        certificate.skipBeats = read.choice("beats", "played", "skipped").equals("skipped");
        certificate.outcome = Outcome.valueOf(read.choice("outcome", "WIN", "LOSE", "TIMEOUT"));
        certificate.tick = read.number("tick");
        certificate.stateHash = read.hash("state");
        int inputLine = at + 1;
        int marksLine = inputLine;
        while (marksLine < lines.length && !lines[marksLine].strip().equals("marks:")) {
            marksLine++;
        }
        // The input keeps its line numbers: earlier lines are left blank, so the parser's file:line is the file's.
        StringBuilder input = new StringBuilder("\n".repeat(inputLine));
        for (int i = inputLine; i < marksLine; i++) {
            input.append(lines[i]).append('\n');
        }
        try {
            certificate.input = InputScriptParser.parse(name, new StringReader(input.toString()));
        } catch (InputScriptException e) {
            throw new CertificateException(e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("a string can't fail to be read", e);
        }
        MarkReader.read(name, lines, marksLine + 1, certificate);
        return certificate;
    }

    static String hex8(int value) {
        String digits = Integer.toHexString(value);
        return "0".repeat(8 - digits.length()) + digits;
    }

    /** An entity's report name as one token: blanks become underscores (the name is only for reading). */
    private static String nameToken(String name) {
        return name == null || name.isEmpty() ? "-" : name.replaceAll("\\s", "_");
    }
}
