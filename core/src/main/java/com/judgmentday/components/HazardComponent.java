package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.judgmentday.level.HazardDef;

/**
 * Molten steel or liquid nitrogen. Its current extent is the entity's {@link ZoneComponent}: fixed for
 * molten steel; for nitrogen, a spill that runs along the floor from its source while it lasts.
 */
public final class HazardComponent implements Component, Hashed {
    public HazardDef.Kind kind;
    public float celsius;
    /** Nitrogen: where it comes out (the spill starts on the floor below). */
    public float sourceX;
    public float sourceY;
    /** Nitrogen: litres still to spill or lying on the floor; the spill is over at 0. */
    public float litres;
    /** Nitrogen: spilling now (a pipe from the start; a tank once ruptured). */
    public boolean spilling;
    /** Nitrogen: the floor was found and the walls the spill can't pass. */
    public boolean planned;
    public float floorY;
    public float leftWall;
    public float rightWall;
    /** Nitrogen tank: its box (x is the left side), the impulse that ruptures it, and what struck it this tick. */
    public boolean tank;
    public float tankX;
    public float tankY;
    public float tankWidth;
    public float tankHeight;
    public float ruptureImpulse;
    public float struckImpulse;
    /** Steam: ticks per cycle and per puff, and where in its cycle it is now. */
    public int periodTicks;
    public int dutyTicks;
    public int cycleTick;

    /** A steam vent's cycle, ticks; it starts {@code phase} into it. Nothing for other hazards (period 0). */
    public void cycle(int period, int duty, int phase) {
        periodTicks = period;
        dutyTicks = duty;
        cycleTick = period > 0 ? phase % period : 0;
    }

    /** A steam vent puffing now (its jet scalds). */
    public boolean venting() {
        return kind == HazardDef.Kind.STEAM && cycleTick < dutyTicks;
    }

    /** A spill running along the floor (a ruptured tank's, a ladle's overflow), not a pool or vat that stays put. */
    public boolean spill() {
        return spilling || planned || litres > 0f;
    }

    /** A nitrogen tank that has not ruptured yet. */
    public boolean intactTank() {
        return tank && !spilling && !planned;
    }

    @Override
    public void hash(StateHash out) {
        out.add(kind).add(celsius).add(sourceX).add(sourceY).add(litres).add(spilling).add(planned).add(floorY)
                .add(leftWall).add(rightWall).add(tank).add(tankX).add(tankY).add(tankWidth).add(tankHeight)
                .add(ruptureImpulse).add(struckImpulse).add(periodTicks).add(dutyTicks).add(cycleTick);
    }
}
