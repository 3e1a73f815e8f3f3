package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** The T-1000's liquid body: bullet holes that close over time, the slowing they cause, knock-back recovery. */
public final class LiquidComponent implements Component, Hashed {
    /** Open holes; each slows it a little until it closes. */
    public int holes;
    /** Ticks until the next hole closes. */
    public int closeTicks;
    /** Flattened to pour under something. */
    public boolean squeezed;
    /** Ticks left of recovering from a knock-back (it can't act). */
    public int recoverTicks;
    /** The blow it is recovering from burst it open (a grenade): only that carries it over the brink of molten steel. */
    public boolean burst;
    /** What its substance is now, from its temperature. */
    public Material material = Material.LIQUID;
    /** Ticks left of thrashing in molten steel. */
    public int meltTicks;
    /** Ticks spent straining against its frozen body since the last limb snapped. */
    public int strainTicks;
    /** Limbs snapped off and not yet flowed back. */
    public int limbsLost;
    /** Ticks spent re-forming so far. */
    public int reformTicks;
    /** Knock-backs in a row before it braces (a beat's brace step; 0 never); those so far, and ticks left to the next. */
    public int braceAfter;
    public int blowsInRow;
    public int rowTicks;
    /** Ticks left of leaning into the blows: thrown a short way, up at once. */
    public int bracedTicks;

    /** It can't act: knocked back, frozen, in pieces or melting. */
    public boolean incapacitated() {
        return recoverTicks > 0 || material.incapacitated();
    }

    @Override
    public void hash(StateHash out) {
        out.add(holes).add(closeTicks).add(squeezed).add(recoverTicks).add(burst).add(material).add(meltTicks).add(strainTicks)
                .add(limbsLost).add(reformTicks);
        if (braceAfter != 0 || blowsInRow != 0 || rowTicks != 0 || bracedTicks != 0) {
            // Only a T-1000 a beat told to brace has these (every other's state hashes as its certificates recorded it).
            out.add(braceAfter).add(blowsInRow).add(rowTicks).add(bracedTicks);
        }
    }
}
