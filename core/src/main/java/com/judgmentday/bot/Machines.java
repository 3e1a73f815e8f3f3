package com.judgmentday.bot;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.stage.ObjectiveDef;
import com.judgmentday.systems.SwitchSystem;

/**
 * The machines the objective on screen asks the bot to work with Interact held: a winch it lowers (the pulley) and a
 * crank that winds a shutter up (the Galleria's loading bay). The fight comes first: the bot lets go to shoot (a
 * player may hold on and fire; the bot is slower at it than it need be).
 */
final class Machines {
    private final Simulation simulation;
    private final BotView view;
    private final Legs legs;

    Machines(Simulation simulation, BotView view, Legs legs) {
        this.simulation = simulation;
        this.view = view;
        this.legs = legs;
    }

    /** Works the machine the objective on screen asks for, or walks to it; false when it asks for none. */
    boolean work(long tick, ActionSet decided) {
        int current = view.currentGoal();
        ObjectiveDef objective = current < 0 ? null : simulation.objectives().get(current);
        if (objective == null || objective.kind != ObjectiveDef.Kind.COUNT) {
            return false;
        }
        if (objective.event == EventType.WINCH_BOTTOMED || objective.event == EventType.WINCH_STARTED) {
            Entity winch = view.winch(objective.arg);
            if (winch != null) {
                at(winch, Mappers.WINCH.get(winch).manned, tick, decided);
                return true;
            }
        }
        if (objective.event == EventType.DOOR_OPENED || objective.event == EventType.DOOR_RISING) {
            // A crank's shutter stops when let go: wound while it rises, until it is up.
            Entity crank = view.levers.crankFor(objective.arg);
            if (crank != null) {
                at(crank, SwitchSystem.canTurn(view.me, crank), tick, decided);
                return true;
            }
        }
        return false;
    }

    /** At the machine ({@code there}): standing, Interact held; else on to it. */
    private void at(Entity machine, boolean there, long tick, ActionSet decided) {
        if (there) {
            legs.hold(view, decided);
            decided.add(Action.INTERACT);
            return;
        }
        ZoneComponent zone = Mappers.ZONE.get(machine);
        legs.go(view, zone.x + zone.width / 2f, zone.y, tick, decided);
    }
}
