package com.judgmentday.render;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.components.ArmComponent;
import com.judgmentday.components.DoorComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.WinchComponent;
import com.judgmentday.sim.Simulation;
import com.judgmentday.stage.BeatDef;
import com.judgmentday.stage.StageState;
import com.judgmentday.stage.StepDef;
import com.judgmentday.stage.StepKind;
import com.judgmentday.systems.CaughtSystem;
import com.judgmentday.systems.SwitchSystem;

/**
 * The HUD's line beside the played one's bar: what is wrong with the body (shut down, on its alternate power route after
 * the reroute, hit, an arm caught or lost), then what holding Interact does here (a winch, a crank and its shutter's
 * rise, a beat's meter). Its parts are kept in that order, the standing ones first, so a line too long for the room
 * left of the weapon's panel loses them first ({@link #dropFirst()}): G23's ran under SHOTGUN 7 | 44 and hid the
 * shutter's percentage.
 */
final class StatusLine {
    private final StringBuilder line = new StringBuilder();
    /** Where each part starts in {@link #line}, and the colour it asks for (null: none; the last asked wins). */
    private final IntArray starts = new IntArray();
    private final Array<Color> colours = new Array<>();

    CharSequence text() {
        return line;
    }

    /** The colour the parts still in the line ask for, the last one's that asks (white: none does). */
    Color colour() {
        for (int i = colours.size - 1; i >= 0; i--) {
            if (colours.get(i) != null) {
                return colours.get(i);
            }
        }
        return Color.WHITE;
    }

    /** Drops the first part (and the spaces after it); false when one part or none is left. */
    boolean dropFirst() {
        if (starts.size < 2) {
            return false;
        }
        int cut = starts.get(1);
        line.delete(0, cut);
        starts.removeIndex(0);
        colours.removeIndex(0);
        for (int i = 0; i < starts.size; i++) {
            starts.set(i, starts.get(i) - cut);
        }
        return true;
    }

    /** Composes the line for the one played; {@code hit}: the blow just taken, named ("" for none). */
    void compose(Simulation simulation, HealthComponent integrity, String hit) {
        Entity player = simulation.controlled();
        Engine engine = simulation.engine();
        line.setLength(0);
        starts.clear();
        colours.clear();
        if (integrity != null && integrity.shutdownTicks > 0) {
            part("SHUTDOWN: REROUTING POWER");
        } else if (integrity != null && integrity.shutdowns > 0) {
            part("ALTERNATE POWER ROUTE", Palette.EYE);
        }
        if (!hit.isEmpty()) {
            part("HIT: ", Color.SALMON);
            upper(hit);
        }
        ArmComponent arm = Mappers.ARM.get(player);
        if (arm != null && arm.caught) {
            part("ARM CAUGHT: HOLD INTERACT ", Color.ORANGE).append(Math.round(CaughtSystem.progress(player) * 100f))
                    .append('%');
        } else if (arm != null && arm.oneArmed) {
            part("ONE ARM");
        }
        winch(engine);
        meter(simulation);
        // At a crank, its prompt carries the shutter's rise (one part: both overran the weapon's panel).
        Entity rising = rising(engine);
        boolean atCrank = Mappers.CHARACTER.has(player) && lever(engine, player, rising != null);
        if (rising != null) {
            if (!atCrank) {
                part("");
                upper(Mappers.IDENTITY.get(rising).name).append(" RISING");
            }
            line.append(' ').append((int) (100f * Mappers.DOOR.get(rising).lift())).append('%');
        }
    }

    /** At a winch that can still turn: what holding Interact does there, and how far down it is. */
    private void winch(Engine engine) {
        ImmutableArray<Entity> entities = engine.getEntities();
        for (int i = 0; i < entities.size(); i++) {
            WinchComponent winch = Mappers.WINCH.get(entities.get(i));
            if (winch != null && winch.manned && !winch.locked && !winch.bottomed) {
                part("HOLD INTERACT: LOWER ");
                upper(winch.def.loadName).append(' ')
                        .append(Math.round(100f * Math.min(1f, winch.paid / Math.max(winch.def.length, 0.01f))))
                        .append('%');
                return;
            }
        }
    }

    /** A switch in reach to throw (a tester pressed short of one), or a crank to hold as its shutter rises (then true). */
    private boolean lever(Engine engine, Entity player, boolean rising) {
        ImmutableArray<Entity> entities = engine.getEntities();
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            boolean crank = Mappers.SWITCH.has(entity) && SwitchSystem.canTurn(player, entity);
            if (crank && rising || Mappers.SWITCH.has(entity) && SwitchSystem.canThrow(player, entity)) {
                part(crank ? "HOLD INTERACT: " : "INTERACT: ");
                upper(Mappers.IDENTITY.get(entity).name);
                return crank && rising;
            }
        }
        return false;
    }

    /** A roller shutter rising (null: none): the HUD names it and says how far up, so a player holding it off knows how long is left. */
    private static Entity rising(Engine engine) {
        ImmutableArray<Entity> entities = engine.getEntities();
        for (int i = 0; i < entities.size(); i++) {
            DoorComponent door = Mappers.DOOR.get(entities.get(i));
            if (door != null && door.rising) {
                return entities.get(i);
            }
        }
        return null;
    }

    /** A beat's meter step running: what it shows and how far along (JOHN'S BIKE STARTING 40%). */
    private void meter(Simulation simulation) {
        StageState state = simulation.stage();
        Array<BeatDef> beats = simulation.level().beats;
        for (int i = 0; i < beats.size; i++) {
            int at = state.step[i];
            StepDef step = at == StageState.NONE || at >= beats.get(i).steps.size ? null : beats.get(i).steps.get(at);
            if (step != null && step.kind == StepKind.METER && state.left[i] != StageState.NONE && step.ticks > 0) {
                part("");
                upper(step.text).append(' ').append((int) (100f * (step.ticks - state.left[i] + 1) / step.ticks)).append('%');
                return;
            }
        }
    }

    /** Starts another part of the line (after two spaces when it has one), with {@code label}. */
    private StringBuilder part(String label) {
        return part(label, null);
    }

    /** As {@link #part(String)}, asking for {@code colour} (null: none). */
    private StringBuilder part(String label, Color colour) {
        if (line.length() > 0) {
            line.append("  ");
        }
        starts.add(line.length());
        colours.add(colour);
        return line.append(label);
    }

    /** Appends {@code text} in capitals, without the garbage of toUpperCase. */
    private StringBuilder upper(String text) {
        for (int c = 0; c < text.length(); c++) {
            line.append(Character.toUpperCase(text.charAt(c)));
        }
        return line;
    }
}
