package com.judgmentday.certificates;

import com.judgmentday.content.UserText;

import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a certificate's marks: each mark line, then the indented changes under it, applied to the state of the mark
 * before, so every mark holds the whole state again as named digests.
 */
final class MarkReader {
    private MarkReader() {
    }

    static void read(String name, String[] lines, int from, Certificate certificate) throws CertificateException {
        Snapshot state = new Snapshot();
        long tick = -1;
        long hash = 0;
        boolean open = false;
        for (int i = from; i < lines.length; i++) {
            String line = lines[i];
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String where = name + ":" + (i + 1) + ": ";
            String[] tokens = text.split("\\s+");
            if (!Character.isWhitespace(line.charAt(0))) {
                if (open) {
                    certificate.marks.add(new Certificate.Mark(tick, hash, state.copy()));
                }
                if (tokens.length != 5) {
                    throw new CertificateException(where + "a mark reads 'TICK HASH run=.. random=.. stage=..', not " + UserText.quote(text));
                }
                long next = number(where, tokens[0]);
                if (next <= tick) {
                    throw new CertificateException(where + "mark " + next + " comes after mark " + tick + "; marks go up");
                }
                tick = next;
                hash = hash(where, tokens[1], 16);
                state.run = (int) hash(where, value(where, tokens[2], "run"), 8);
                state.random = (int) hash(where, value(where, tokens[3], "random"), 8);
                state.stage = (int) hash(where, value(where, tokens[4], "stage"), 8);
                open = true;
                continue;
            }
            if (!open || tokens.length < 3) {
                throw new CertificateException(where + "an entity line reads '  ID NAME Component=digest...' under a mark, not "
                        + UserText.quote(text));
            }
            int id = (int) number(where, tokens[0]);
            if (tokens.length == 3 && tokens[2].equals("-")) {
                state.entities.remove(id);
                continue;
            }
            Snapshot.Entry entry = state.entities.computeIfAbsent(id, k -> new Snapshot.Entry(tokens[1], new TreeMap<>(), Map.of()));
            for (int t = 2; t < tokens.length; t++) {
                int equals = tokens[t].indexOf('=');
                if (equals <= 0) {
                    throw new CertificateException(where + UserText.quote(tokens[t]) + " is not Component=digest");
                }
                String part = tokens[t].substring(0, equals);
                String digest = tokens[t].substring(equals + 1);
                if (digest.equals("-")) {
                    entry.parts().remove(part);
                } else {
                    entry.parts().put(part, (int) hash(where, digest, 8));
                }
            }
        }
        if (open) {
            certificate.marks.add(new Certificate.Mark(tick, hash, state.copy()));
        }
    }

    private static String value(String where, String token, String key) throws CertificateException {
        if (!token.startsWith(key + "=")) {
            throw new CertificateException(where + "expected " + key + "=digest, not " + UserText.quote(token));
        }
        return token.substring(key.length() + 1);
    }

    private static long number(String where, String token) throws CertificateException {
        try {
            return Long.parseLong(token);
        } catch (NumberFormatException e) {
            throw new CertificateException(where + UserText.quote(token) + " is not a whole number");
        }
    }

    private static long hash(String where, String token, int digits) throws CertificateException {
        if (token.length() != digits) {
            throw new CertificateException(where + UserText.quote(token) + " is not " + digits + " hex digits");
        }
        try {
            return Long.parseUnsignedLong(token, 16);
        } catch (NumberFormatException e) {
            throw new CertificateException(where + UserText.quote(token) + " is not " + digits + " hex digits");
        }
    }
}
