package com.judgmentday.soak;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.RandomXS128;
import com.judgmentday.components.CrusherComponent;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.LoadComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.SwitchComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;
import com.judgmentday.sim.Simulation;

/**
 * A hostile player for soak runs: seeded, it switches every few seconds between mashing keys, standing still,
 * walking into each hazard in turn, firing and switching weapons without pause, and jumping about. It presses
 * only what a person could; it reads where the controlled character and the level's hazards are, as the screen shows.
 */
public final class AdversarialInput implements InputSource {
    /** Shortest and longest stay in one mode, ticks (2 to 6 s). */
    static final int MIN_MODE_TICKS = 2 * Simulation.TICKS_PER_SECOND;
    static final int MAX_MODE_TICKS = 6 * Simulation.TICKS_PER_SECOND;
    /** Closer than this to a hazard in x, the walker presses into it rather than toward it, metres. */
    private static final float ARRIVED = 0.5f;
    /** Higher than this above the character, a hazard is climbed to (UP) rather than walked to, metres. */
    private static final float ABOVE = 1.5f;
    /** Moving less than this in x over {@link #STUCK_TICKS} ticks while walking: jump, metres. */
    private static final float STUCK = 0.1f;
    private static final int STUCK_TICKS = 30;
    private static final SoakMode[] MODES = SoakMode.values();
    private static final Action[] ACTIONS = Action.values();

    private final Simulation simulation;
    private final RandomXS128 random;
    private final ImmutableArray<Entity> hazards;
    private SoakMode mode = SoakMode.STILL;
    private long modeEnds;
    private int nextHazard;
    private Entity target;
    /** The keys mashing holds until {@link #rollAt}. */
    private int held;
    private long rollAt;
    private float stuckFromX;
    private long stuckSince;
    private boolean skipping;
    private final int[] ticksIn = new int[MODES.length];

    public AdversarialInput(Simulation simulation, long seed) {
        this.simulation = simulation;
        this.random = new RandomXS128(seed);
        this.hazards = simulation.engine().getEntitiesFor(Family.one(HazardComponent.class, CrusherComponent.class,
                LoadComponent.class, T1000Component.class, SwitchComponent.class, ElevatorComponent.class).get());
    }

    @Override
    public void poll(long tick, ActionSet out) {
        if (tick >= modeEnds) {
            enter(MODES[random.nextInt(MODES.length)], tick);
        }
        ticksIn[mode.ordinal()]++;
        // Holding Enter skips a beat in the window; the mashing hand holds it now and then.
        simulation.setSkippingBeats(skipping);
        switch (mode) {
            case MASH:
                mash(tick, out);
                break;
            case STILL:
                break;
            case HAZARDS:
                walkInto(tick, out);
                break;
            case ARSENAL:
                fire(tick, out);
                break;
            case JUMP:
                jump(tick, out);
                break;
            default:
                throw new IllegalStateException(mode.name());
        }
    }

    /** The mode it is in now. */
    public SoakMode mode() {
        return mode;
    }

    /** Ticks polled in a mode so far. */
    public int ticksIn(SoakMode which) {
        return ticksIn[which.ordinal()];
    }

    private void enter(SoakMode next, long tick) {
        mode = next;
        modeEnds = tick + MIN_MODE_TICKS + random.nextInt(MAX_MODE_TICKS - MIN_MODE_TICKS + 1);
        rollAt = tick;
        skipping = false;
        if (next == SoakMode.HAZARDS) {
            target = hazards.size() == 0 ? null : hazards.get(nextHazard++ % hazards.size());
            stuckSince = tick;
            stuckFromX = x();
        }
    }

    private void mash(long tick, ActionSet out) {
        if (tick >= rollAt) {
            held = random.nextInt(1 << ACTIONS.length);
            rollAt = tick + 1 + random.nextInt(10);
            skipping = random.nextInt(8) == 0;
        }
        out.setBits(held);
    }

    private void walkInto(long tick, ActionSet out) {
        TransformComponent me = Mappers.TRANSFORM.get(simulation.controlled());
        if (target == null || me == null) {
            jump(tick, out);
            return;
        }
        float tx;
        float ty;
        ZoneComponent zone = Mappers.ZONE.get(target);
        TransformComponent at = Mappers.TRANSFORM.get(target);
        if (zone != null) {
            tx = zone.x + zone.width / 2f;
            ty = zone.y + zone.height / 2f;
        } else if (at != null) {
            tx = at.x;
            ty = at.y;
        } else {
            // Gone (a T-1000 in pieces, a removed object): the next one.
            enter(SoakMode.HAZARDS, tick);
            return;
        }
        float dx = tx - me.x;
        // Past it or not there yet, it keeps pressing the same way: into it, not around it.
        out.add(dx < 0f ? Action.LEFT : Action.RIGHT);
        if (Math.abs(dx) < ARRIVED) {
            out.add(ty > me.y ? Action.UP : Action.DOWN).set(Action.INTERACT, (tick & 8) == 0);
        } else if (ty - me.y > ABOVE) {
            out.add(Action.UP);
        }
        if (Math.abs(me.x - stuckFromX) > STUCK) {
            stuckFromX = me.x;
            stuckSince = tick;
        } else if (tick - stuckSince > STUCK_TICKS) {
            out.add(Action.JUMP);
            if (tick - stuckSince > 2 * STUCK_TICKS) {
                stuckSince = tick;
            }
        }
    }

    private void fire(long tick, ActionSet out) {
        out.add(Action.FIRE);
        // Presses, not holds: each release and press is a new switch, melee or reload.
        out.set(Action.SWITCH_WEAPON, tick % 20 < 3);
        out.set(Action.ALT_FIRE, tick % 45 < 2);
        out.set(Action.RELOAD, tick % 70 < 2);
        if (tick >= rollAt) {
            held = random.nextInt(4);
            rollAt = tick + 15 + random.nextInt(60);
        }
        out.set(Action.LEFT, held == 1).set(Action.RIGHT, held == 2).set(Action.DOWN, held == 3);
    }

    private void jump(long tick, ActionSet out) {
        if (tick >= rollAt) {
            held = random.nextInt(3);
            rollAt = tick + 10 + random.nextInt(50);
        }
        out.set(Action.LEFT, held == 1).set(Action.RIGHT, held == 2).set(Action.JUMP, tick % 24 < 12);
    }

    private float x() {
        TransformComponent me = Mappers.TRANSFORM.get(simulation.controlled());
        return me == null ? 0f : me.x;
    }
}
