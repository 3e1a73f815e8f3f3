package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.FollowDef;
import com.judgmentday.events.EventType;

/**
 * The steps that give a character the player does not control its orders: follow the player, stay where it is, hide
 * in a place until called, come out when called. The orders are data on its {@link FollowComponent}; FollowSystem and
 * EscortSystem carry them out along its own body's navigation graph.
 */
final class EscortOrders {
    private final Stage stage;
    /** How an escort keeps up (tuning.json's follow), for one that had no orders before. */
    private final FollowDef def;

    EscortOrders(Stage stage, FollowDef def) {
        this.stage = stage;
        this.def = def;
    }

    void begin(StepDef step, Entity who) {
        Entity leader = stage.role("controlled");
        HealthComponent health = who == null ? null : Mappers.HEALTH.get(who);
        if (who == null || who == leader || health != null && health.out() || !Mappers.TRANSFORM.has(who)) {
            // Gone, down, or played now: the player gives this one its orders by moving.
            return;
        }
        FollowComponent follow = orders(who);
        boolean wasHiding = follow.hiding;
        follow.hiding = step.kind == StepKind.HIDE;
        follow.hidden = false;
        follow.waiting = false;
        follow.toPlace = step.kind == StepKind.STAY && step.target != 0;
        EventType told;
        // A hide names the place (its Name), so a trigger can wait for one hiding place of several.
        String place = "";
        switch (step.kind) {
            case HIDE: {
                float[] b = bounds(step);
                place = name(step);
                follow.hideX = (b[0] + b[2]) / 2f;
                follow.hideFeet = b[1];
                follow.leader = leader;
                told = EventType.CHARACTER_HID;
                break;
            }
            case STAY: {
                // Where it stands, or the place named: it runs there (still in the open, still hunted) and stays.
                TransformComponent at = Mappers.TRANSFORM.get(who);
                follow.leader = null;
                follow.goalX = at.x;
                follow.goalFeet = at.y - Mappers.CHARACTER.get(who).height / 2f;
                if (step.target != 0) {
                    float[] b = bounds(step);
                    place = name(step);
                    follow.goalX = (b[0] + b[2]) / 2f;
                    follow.goalFeet = b[1];
                }
                told = EventType.CHARACTER_STAYS;
                break;
            }
            default:
                follow.leader = leader;
                told = step.kind == StepKind.CALL || wasHiding ? EventType.CHARACTER_CALLED : EventType.CHARACTER_FOLLOWS;
                break;
        }
        if (!follow.hiding) {
            // Out of hiding, it is again the quarry of the hunters it turned away (its brain turned them to the player).
            for (int i = 0; i < stage.pursuers().size(); i++) {
                T1000Component mind = Mappers.T1000.get(stage.pursuers().get(i));
                if (mind.hiddenQuarry == who) {
                    mind.target = who;
                    mind.hiddenQuarry = null;
                }
            }
        }
        stage.events.event(told).who(Mappers.IDENTITY.get(who)).what(place).emit();
    }

    /** The place a hide or stay step names: its bounds (left, bottom, right, top), and its Name. */
    private float[] bounds(StepDef step) {
        return stage.level.document.bounds(stage.level.document.object(step.target));
    }

    private String name(StepDef step) {
        return stage.level.document.object(step.target).name;
    }

    /** Its orders; one that had none (Sarah, standing where the map put her) is given them now, with a route. */
    private FollowComponent orders(Entity who) {
        FollowComponent follow = Mappers.FOLLOW.get(who);
        if (follow == null) {
            follow = new FollowComponent();
            follow.def = def;
            who.add(follow);
        }
        if (!Mappers.ROUTE.has(who)) {
            who.add(new RouteComponent());
        }
        return follow;
    }
}
