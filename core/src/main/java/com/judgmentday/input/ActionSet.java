package com.judgmentday.input;

/** The actions held during one tick, as a bit set: cheap to copy, compare and record. */
public final class ActionSet {
    private int bits;

    public boolean has(Action action) {
        return (bits & action.bit) != 0;
    }

    public ActionSet set(Action action, boolean held) {
        bits = held ? bits | action.bit : bits & ~action.bit;
        return this;
    }

    public ActionSet add(Action action) {
        return set(action, true);
    }

    public void clear() {
        bits = 0;
    }

    public void setAll(ActionSet other) {
        bits = other.bits;
    }

    public void setBits(int bits) {
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    /** The script form: codes joined by commas, in declaration order ("R,J"); empty when nothing is held. */
    public static String codes(int bits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Action.count(); i++) {
            if ((bits & (1 << i)) != 0) {
                if (out.length() > 0) {
                    out.append(',');
                }
                out.append(Action.at(i).code);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "[" + codes(bits) + "]";
    }
}
