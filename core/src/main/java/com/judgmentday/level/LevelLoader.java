package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.Lines;
import com.judgmentday.content.TuningDef;
import com.judgmentday.nav.NavGraphCache;

/**
 * The one way a level is loaded, for the window, playtest, tests and tools: read the map (no GL), validate
 * it, build it. A map with problems is refused with them; {@link #check} returns them for the validator.
 */
public final class LevelLoader {
    private final LevelSchema schema = LevelSchema.standard();
    private final LevelValidator validator;
    private final Lines lines;

    /** A loader whose beats speak the shipped lines ({@link Lines#PATH}). */
    public LevelLoader(TuningDef tuning) {
        this(tuning, Lines.standard());
    }

    public LevelLoader(TuningDef tuning, Lines lines) {
        this.lines = lines;
        this.validator = new LevelValidator(tuning, lines);
    }

    /** Reads and validates; unreadable files throw {@link LevelException}. */
    public Checked check(FileHandle file) {
        TmxDocument document = TmxReader.read(file);
        return new Checked(document, validator.validate(document));
    }

    /** Reads, validates and builds; refuses a map with problems, naming the first and how many more. */
    public LevelDef load(FileHandle file) {
        Checked checked = check(file);
        if (!checked.problems.isEmpty()) {
            throw new LevelProblemsException(checked.problems);
        }
        return LevelBuilder.build(checked.document, lines, new NavGraphCache());
    }

    /**
     * Reads and builds without validating: another reading of a map this loader has already loaded, and so checked (a
     * run on another thread wants lists of its own), for a few milliseconds instead of the tens validation takes; it
     * shares {@code graphs}, the navigation graphs of the first reading.
     */
    public LevelDef reread(FileHandle file, NavGraphCache graphs) {
        return LevelBuilder.build(TmxReader.read(file), lines, graphs);
    }

    public LevelSchema schema() {
        return schema;
    }

    /** A map as read, what is wrong with it (errors: it is refused) and what a designer should know (warnings). */
    public static final class Checked {
        public final TmxDocument document;
        public final Array<Problem> problems = new Array<>();
        public final Array<Problem> warnings = new Array<>();

        Checked(TmxDocument document, Array<Problem> found) {
            this.document = document;
            for (Problem problem : found) {
                (problem.warning ? warnings : problems).add(problem);
            }
        }
    }
}
