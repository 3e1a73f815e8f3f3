package com.judgmentday.objects;

import com.judgmentday.level.LevelSchema;
import com.judgmentday.level.ObjectTypeDef;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one list of level object types, in the schema's order (the Tiled files and docs/levels.md follow it).
 * Adding a type is a class here and a line in this list; its drawer is a line in the render side's list.
 */
public final class ObjectTypes {
    private final List<ObjectType<?>> types;

    private ObjectTypes(List<ObjectType<?>> types) {
        this.types = Collections.unmodifiableList(types);
    }

    /** The game's types. */
    public static ObjectTypes standard() {
        List<ObjectType<?>> all = new ArrayList<>();
        all.add(new PlayerSpawnType());
        all.add(new JohnSpawnType());
        all.add(new T1000SpawnType());
        all.add(new CharacterType());
        all.add(new SolidType());
        all.add(new OneWayType());
        all.add(new LadderType());
        all.add(new BarsType());
        all.add(new DoorType());
        all.add(new SwitchType());
        all.add(new ElevatorType());
        all.add(new PathType());
        all.add(new ConveyorType());
        all.add(new CrusherType());
        all.add(new MoltenSteelType());
        all.add(new FireType());
        all.add(new SteamType());
        all.add(new NitrogenSourceType());
        all.add(new BreakableType());
        all.add(new PickupType());
        all.add(new NpcType());
        all.add(new CoverType());
        all.add(new ParkedVehicleType());
        all.add(new PropType());
        all.add(new VehicleType());
        all.add(new TriggerType());
        all.add(new CheckpointType());
        all.add(new ExitType());
        all.add(new LightType());
        all.add(new CameraZoneType());
        all.add(new BeatType());
        all.add(new CrateType());
        all.add(new LoadType());
        all.add(new WinchType());
        return new ObjectTypes(all);
    }

    public List<ObjectType<?>> all() {
        return types;
    }

    /** The type of that name, or null. */
    public ObjectType<?> type(String name) {
        for (ObjectType<?> type : types) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }

    /** The type of that name, typed for placing definitions made by hand (tests), or an exception. */
    @SuppressWarnings("unchecked")
    public <D> ObjectType<D> named(String name) {
        ObjectType<?> type = type(name);
        if (type == null) {
            throw new IllegalArgumentException("no object type " + name);
        }
        return (ObjectType<D>) type;
    }

    /** The schema the validator, the Tiled files and the guide are made from. */
    public LevelSchema schema() {
        List<ObjectTypeDef> defs = new ArrayList<>();
        for (ObjectType<?> type : types) {
            defs.add(type.schema());
        }
        return new LevelSchema(defs);
    }
}
