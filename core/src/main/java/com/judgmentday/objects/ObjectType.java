package com.judgmentday.objects;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.Problem;
import com.judgmentday.level.TmxDocument;
import com.judgmentday.sim.EntityFactory;

/**
 * One kind of level object, whole on the level side: its schema entry (the only place its defaults live),
 * how a map object becomes its definition in the {@link LevelDef}, its own checks, and what it puts into the
 * simulation. The types are listed once, in {@link ObjectTypes}.
 *
 * @param <D> its definition, in metres with y up
 */
public abstract class ObjectType<D> {
    /** The ground types' {@code open-edge} flag, read by the validator's open-edge warning (level/OpenEdges). */
    static final String OPEN_EDGE = "its ends may lead out of the map on purpose (a pit, a drop off the edge): the"
            + " validator does not warn of falling off it; a body that leaves the level is lost";
    private final ObjectTypeDef schema;

    protected ObjectType(ObjectTypeDef schema) {
        this.schema = schema;
    }

    public final ObjectTypeDef schema() {
        return schema;
    }

    public final String name() {
        return schema.name;
    }

    /** Its definition, read from a validated object; null when the object only matters as read (a path). */
    public abstract D read(ObjectReading in);

    /** Files a definition where the level's readers (systems, navigation, drawers) find it. */
    public void file(D def, LevelDef level) {
    }

    /** Files the definition and records it for the population step, in map order. */
    public final void place(D def, LevelDef level) {
        place(def, level, 0);
    }

    /** Files the definition of the map object {@code objectId} (a beat's steps name it by that id). */
    public final void place(D def, LevelDef level, int objectId) {
        file(def, level);
        level.placed.add(new PlacedObject(this, def, objectId));
    }

    /** When its entities are made: ids, and so the state hash, follow this order. */
    public PopulationStage stage() {
        return PopulationStage.NONE;
    }

    /** Puts the object into a new simulation (only called in its {@link #stage()}). */
    public void populate(D def, EntityFactory factory) {
    }

    /** What is wrong with this object beyond the schema's checks (a door's key no pick-up carries...). */
    public void check(MapObject object, TmxDocument document, Array<Problem> problems) {
    }

    /** What is wrong with this object against the tuning (a character that is not playable); most types have nothing. */
    public void check(MapObject object, TuningDef tuning, TmxDocument document, Array<Problem> problems) {
    }

    /**
     * Null when the game simulates the type; otherwise what to use instead, and the validator refuses the type as
     * "not simulated yet" so that no map validates with something the player would find missing.
     */
    public String notSimulated() {
        return null;
    }

    /** A problem on this object, as the validator lists it. */
    protected static Problem problem(TmxDocument document, MapObject object, String message) {
        return new Problem(document.file, object.id, object.label(), message);
    }
}
