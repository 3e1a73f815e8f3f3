package com.judgmentday.bot;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.DoorComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ShapeComponent;
import com.judgmentday.components.SwitchComponent;
import com.judgmentday.components.ZoneComponent;

/** What the bot knows of the level's doors and the switches that work them. */
final class BotDoors {
    private final ImmutableArray<Entity> doors;
    private final ImmutableArray<Entity> switches;
    /** The box of the door {@link #shut} found, reused. */
    private final ZoneComponent place = new ZoneComponent();
    /** How far it sees to either side, metres: a switch further off is out of view. */
    private final float viewHalfWidth;

    BotDoors(Engine engine, float viewHalfWidth) {
        this.doors = engine.getEntitiesFor(Family.all(DoorComponent.class, ShapeComponent.class).get());
        this.switches = engine.getEntitiesFor(Family.all(SwitchComponent.class, ZoneComponent.class).get());
        this.viewHalfWidth = viewHalfWidth;
    }

    /**
     * The named door while it is shut and still and a switch works it (its box, the bot's to walk to; its switch is
     * then in view), else null: open, a shutter rising (it only wants waiting for), or one no switch opens.
     */
    ZoneComponent shut(String name) {
        for (int i = 0; i < doors.size(); i++) {
            Entity door = doors.get(i);
            DoorComponent lock = Mappers.DOOR.get(door);
            if (!lock.open && !lock.rising && Mappers.IDENTITY.get(door).name.equals(name) && worked(name)) {
                float[] v = Mappers.SHAPE.get(door).vertices;
                place.x = Math.min(v[0], v[4]);
                place.y = Math.min(v[1], v[5]);
                place.width = Math.abs(v[2] - v[0]);
                place.height = Math.abs(v[5] - v[1]);
                return place;
            }
        }
        return null;
    }

    /** Some switch works the named door (else only a key, a trigger or a beat opens it: nothing to walk up to). */
    private boolean worked(String door) {
        for (int i = 0; i < switches.size(); i++) {
            if (works(Mappers.SWITCH.get(switches.get(i)), door)) {
                return true;
            }
        }
        return false;
    }

    /** A switch in view of {@code x} that works the named door and can still be thrown, or null. */
    Entity switchFor(String door, float x) {
        for (int i = 0; i < switches.size(); i++) {
            Entity lever = switches.get(i);
            SwitchComponent what = Mappers.SWITCH.get(lever);
            ZoneComponent plate = Mappers.ZONE.get(lever);
            boolean inView = Math.abs(plate.x + plate.width / 2f - x) <= viewHalfWidth;
            if (!(what.once && what.on) && inView && works(what, door)) {
                return lever;
            }
        }
        return null;
    }

    /** The crank that winds the named door while it rises (a crank's shutter stops when let go), or null. */
    Entity crankFor(String door) {
        for (int i = 0; i < doors.size(); i++) {
            DoorComponent lock = Mappers.DOOR.get(doors.get(i));
            if (lock.rising && lock.crank && Mappers.IDENTITY.get(doors.get(i)).name.equals(door)) {
                for (int j = 0; j < switches.size(); j++) {
                    SwitchComponent what = Mappers.SWITCH.get(switches.get(j));
                    if (what.crank && works(what, door)) {
                        return switches.get(j);
                    }
                }
            }
        }
        return null;
    }

    /** The switch names the door among those it works. */
    private static boolean works(SwitchComponent lever, String door) {
        for (String name : lever.doors) {
            if (name.equals(door)) {
                return true;
            }
        }
        return false;
    }
}
