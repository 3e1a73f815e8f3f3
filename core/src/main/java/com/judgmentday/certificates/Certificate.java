package com.judgmentday.certificates;

import com.judgmentday.input.InputScript;
import com.judgmentday.sim.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * Proof that a level can be won from one start point: the input that won it, how (level, start point, seed,
 * difficulty, skill, beats played or skipped), the outcome and its tick, the final state hash and, every
 * {@link #MARK_TICKS} ticks, the state hash with its named digests. Written and read by {@link CertificateText}
 * (docs/certificates.md), made by {@link CertificateRecorder}, replayed by {@link CertificateChecker}.
 */
public final class Certificate {
    /** The start point of a level played from its player spawn (any other start point is a checkpoint's name). */
    public static final String START = "start";
    /** Ticks between marks: one a second, as the report's hashes. */
    public static final int MARK_TICKS = 60;

    /** A mark: the state hash after {@code tick} and the state as named digests. */
    public record Mark(long tick, long hash, Snapshot state) {
    }

    public String level;
    /** {@link #START} or a checkpoint's name. */
    public String start = START;
    public long seed;
    public String difficulty;
    /** Who played: {@code script} for a shipped input script; the bot will write its skill. */
    public String skill;
    /** Whether the level's scripted beats were skipped (as holding Enter does). */
    public boolean skipBeats;
    public Outcome outcome;
    /** The tick the outcome was decided at. */
    public long tick;
    /** The state hash at that tick. */
    public long stateHash;
    public InputScript input;
    public final List<Mark> marks = new ArrayList<>();

    /** The checkpoint to start at, as the simulation takes it: null for the player spawn. */
    public String checkpoint() {
        return START.equals(start) ? null : start;
    }

    /** "proving-ground start", the name a message gives this certificate. */
    public String name() {
        return level + " " + start;
    }
}
