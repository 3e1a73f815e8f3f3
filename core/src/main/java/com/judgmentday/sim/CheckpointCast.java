package com.judgmentday.sim;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.FloatArray;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.systems.Arms;

/**
 * Who the player controlled when a checkpoint was taken, and where the other playable characters stood: a restart
 * from that checkpoint puts the controlled one there (with control) and the others back where they were, so a run
 * that switched to Sarah restarts as Sarah, the T-800 waiting where she left it.
 */
public final class CheckpointCast {
    /** The report name of the character controlled then ("sarah"). */
    public final String controlled;
    /** The weapon in its hands then ("shotgun"; empty: none): a restart hands it back drawn, not the loadout's first. */
    private String weapon = "";
    private final Array<String> others = new Array<>();
    private final FloatArray xs = new FloatArray();
    private final FloatArray ys = new FloatArray();
    private final IntArray facings = new IntArray();

    private CheckpointCast(String controlled) {
        this.controlled = controlled;
    }

    /** The cast of the simulation as it stands now. */
    public static CheckpointCast of(Simulation simulation) {
        return of(simulation, null);
    }

    /**
     * As it stands now, with {@code played} (a report name; null, empty or no one's: whoever is controlled now) as the
     * one played.
     */
    public static CheckpointCast of(Simulation simulation, String played) {
        Entity named = played == null ? null : simulation.character(played);
        Entity player = named != null ? named : simulation.controlled();
        CheckpointCast cast = new CheckpointCast(Mappers.IDENTITY.get(player).name);
        for (Entity character : simulation.engine().getEntitiesFor(
                com.badlogic.ashley.core.Family.all(CharacterComponent.class, TransformComponent.class).get())) {
            if (character != player && Mappers.CHARACTER.get(character).def.playable) {
                TransformComponent at = Mappers.TRANSFORM.get(character);
                cast.others.add(Mappers.IDENTITY.get(character).name);
                cast.xs.add(at.x);
                cast.ys.add(at.y);
                cast.facings.add(Mappers.CHARACTER.get(character).facing);
            }
        }
        return cast;
    }

    /**
     * Takes the weapon in the hands of the cast's one played, in {@code simulation} as its run ends, as the one to draw
     * on a restart (the weapon fought with). Not called, a restart draws the loadout's first: a recording, whose replay
     * knows only the checkpoint's name, is not given it.
     */
    public void drawnIn(Simulation simulation) {
        Entity played = simulation.character(controlled);
        WeaponComponent weapons = played == null ? null : Mappers.WEAPON.get(played);
        if (weapons != null && weapons.slots.size > 0) {
            weapon = weapons.held().def.name;
        }
    }

    /** The playable characters that stood apart, by report name, in entity order. */
    public Array<String> others() {
        return others;
    }

    /**
     * Applies it to a simulation just built at the checkpoint (its spawn's character standing there): the one
     * controlled then takes that place and the control, the others go back where they stood.
     */
    void restore(Simulation simulation) {
        Entity spawned = simulation.controlled();
        Entity wanted = simulation.character(controlled);
        TransformComponent at = Mappers.TRANSFORM.get(spawned);
        float x = at.x;
        float feet = at.y - Mappers.CHARACTER.get(spawned).height / 2f;
        int facing = Mappers.CHARACTER.get(spawned).facing;
        for (int i = 0; i < others.size; i++) {
            Entity other = simulation.character(others.get(i));
            if (other != null) {
                move(other, xs.get(i), ys.get(i), facings.get(i));
            }
        }
        if (wanted != null && wanted != spawned) {
            move(wanted, x, feet + Mappers.CHARACTER.get(wanted).height / 2f, facing);
            simulation.control(wanted);
        }
        // Two testers restarted with the pistol drawn, having fought with the shotgun, and pressed Q again each time.
        WeaponComponent weapons = Mappers.WEAPON.get(simulation.controlled());
        boolean oneArmed = Arms.oneArmed(simulation.controlled());
        for (int i = 0; weapons != null && i < weapons.slots.size; i++) {
            if (weapons.slots.get(i).def.name.equals(weapon) && !(oneArmed && weapons.slots.get(i).def.twoHanded)) {
                weapons.current = i;
            }
        }
    }

    /** Puts a character at (x, y) (its centre), at rest, facing that way. */
    private static void move(Entity character, float x, float y, int facing) {
        Body body = Mappers.BODY.get(character).body;
        body.setTransform(x, y, body.getAngle());
        body.setLinearVelocity(0f, 0f);
        body.setAwake(true);
        TransformComponent now = Mappers.TRANSFORM.get(character);
        now.x = now.prevX = x;
        now.y = now.prevY = y;
        Mappers.CHARACTER.get(character).facing = facing;
    }
}
