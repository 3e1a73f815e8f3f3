package com.judgmentday.input;

import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.content.SmallFiles;
import com.judgmentday.content.UserText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the input-script format of docs/input-scripts.md, refusing bad lines with file:line and quoting
 * what was written only through {@link UserText}.
 */
public final class InputScriptParser {
    /** Longest run one line may hold: a day of ticks, far beyond any level. */
    static final int MAX_RUN = 60 * 60 * 60 * 24;
    /** Largest script read: hours of play changing input every tick; a bigger file is refused unread. */
    static final long MAX_BYTES = 16 * SmallFiles.MB;

    private InputScriptParser() {
    }

    /** Reads a script file: a regular file of at most {@link #MAX_BYTES}, in UTF-8. */
    public static InputScript parse(Path file) throws InputScriptException {
        String text;
        try {
            text = SmallFiles.utf8(SmallFiles.read(file, MAX_BYTES));
        } catch (NoSuchFileException e) {
            throw new InputScriptException(file + ": no such input script");
        } catch (SmallFiles.Refused e) {
            String message = e.getMessage();
            throw new InputScriptException(file + ": " + message + (message.startsWith("not a regular") ? "; name an input script"
                    : message.startsWith("larger") ? "; an input script may be at most " + SmallFiles.size(MAX_BYTES)
                    : "; save it as UTF-8"));
        } catch (IOException e) {
            throw new InputScriptException(file + ": can't read the input script (" + e.getMessage() + ")");
        }
        try {
            return parse(file.toString(), new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException("a string can't fail to be read", e);
        }
    }

    public static InputScript parse(String name, Reader source) throws InputScriptException, IOException {
        BufferedReader reader = source instanceof BufferedReader ? (BufferedReader) source : new BufferedReader(source);
        String level = null;
        Long seed = null;
        String checkpoint = null;
        long[] finals = null;
        IntArray ticks = new IntArray();
        IntArray bits = new IntArray();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String text = line.strip();
            if (text.startsWith("#")) {
                String header = text.substring(1).strip();
                int colon = header.indexOf(':');
                if (colon > 0) {
                    String key = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    String value = header.substring(colon + 1).strip();
                    if (key.equals("level")) {
                        level = value;
                    } else if (key.equals("seed")) {
                        seed = parseSeed(name, number, value);
                    } else if (key.equals("checkpoint")) {
                        checkpoint = value;
                    } else if (key.equals("final")) {
                        finals = parseFinal(name, number, value);
                    }
                }
                continue;
            }
            int comment = text.indexOf('#');
            if (comment >= 0) {
                text = text.substring(0, comment).strip();
            }
            if (text.isEmpty()) {
                continue;
            }
            String[] tokens = text.split(",", -1);
            int frames = parseFrames(name, number, tokens[0].strip());
            int mask = 0;
            for (int i = 1; i < tokens.length; i++) {
                String token = tokens[i].strip();
                Action action = Action.parse(token);
                if (action == null) {
                    throw new InputScriptException(name + ":" + number + ": unknown action " + UserText.quote(token)
                            + "; use one of " + codeList());
                }
                mask |= action.bit;
            }
            if (frames > 0) {
                ticks.add(frames);
                bits.add(mask);
            }
        }
        return new InputScript(level, seed, checkpoint, finals == null ? null : finals[0], finals == null ? null : finals[1],
                ticks, bits);
    }

    private static int parseFrames(String name, int line, String token) throws InputScriptException {
        if (token.isEmpty()) {
            throw new InputScriptException(name + ":" + line + ": missing tick count; a line reads FRAMES[,ACTION...] such as 60,R");
        }
        try {
            int frames = Integer.parseInt(token);
            if (frames < 0 || frames > MAX_RUN) {
                throw new InputScriptException(name + ":" + line + ": tick count " + frames + " is out of range 0.." + MAX_RUN);
            }
            return frames;
        } catch (NumberFormatException e) {
            throw new InputScriptException(name + ":" + line + ": " + UserText.quote(token)
                    + " is not a tick count; a line reads FRAMES[,ACTION...] such as 60,R");
        }
    }

    /** "tick 1600 state 0123456789abcdef": the tick and the state hash (16 hex digits) a recorded run ended on. */
    private static long[] parseFinal(String name, int line, String value) throws InputScriptException {
        String[] words = value.split("\\s+");
        try {
            if (words.length == 4 && words[0].equals("tick") && words[2].equals("state") && words[3].length() == 16) {
                long tick = Long.parseLong(words[1]);
                if (tick >= 0) {
                    return new long[] {tick, Long.parseUnsignedLong(words[3], 16)};
                }
            }
        } catch (NumberFormatException e) {
            // told below, with what the line should say
        }
        throw new InputScriptException(name + ":" + line + ": final " + UserText.quote(value)
                + " is not 'tick <whole number> state <16 hex digits>' (the window writes it as a recording ends)");
    }

    private static Long parseSeed(String name, int line, String value) throws InputScriptException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InputScriptException(name + ":" + line + ": seed " + UserText.quote(value) + " is not a whole number");
        }
    }

    private static String codeList() {
        StringBuilder out = new StringBuilder();
        for (Action action : Action.values()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(action.code).append('=').append(action.name());
        }
        return out.toString();
    }
}
