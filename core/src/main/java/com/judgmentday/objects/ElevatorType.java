package com.judgmentday.objects;

import com.judgmentday.level.ElevatorDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.sim.EntityFactory;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** A lift: a kinematic car on its path, starting at the path's point nearest its rectangle. */
final class ElevatorType extends ObjectType<ElevatorDef> {
    ElevatorType() {
        super(new ObjectTypeDef("elevator", "A moving platform that travels along a path.", RECTANGLE)
                .ref("path", null, "the path object it travels along", "path")
                .number("speed", "1.5", 0.1f, 20, "metres per second")
                .flag("moving", false, "starts moving without being called"));
    }

    @Override
    public ElevatorDef read(ObjectReading in) {
        ElevatorDef elevator = new ElevatorDef();
        elevator.objectId = in.object.id;
        elevator.name = in.nameOr("elevator");
        float[] b = in.bounds();
        elevator.width = b[2] - b[0];
        elevator.height = b[3] - b[1];
        MapObject path = in.ref("path");
        elevator.path = in.document.outline(path);
        float bestDistance = Float.MAX_VALUE;
        for (int i = 0; i < elevator.path.length / 2; i++) {
            float d = Math.abs(elevator.path[i * 2] - (b[0] + b[2]) / 2f) + Math.abs(elevator.path[i * 2 + 1] - b[1]);
            if (d < bestDistance) {
                bestDistance = d;
                elevator.start = i;
            }
        }
        elevator.speed = in.number("speed");
        elevator.moving = in.flag("moving");
        return elevator;
    }

    @Override
    public void file(ElevatorDef def, LevelDef level) {
        level.elevators.add(def);
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.LIFTS;
    }

    @Override
    public void populate(ElevatorDef def, EntityFactory factory) {
        factory.elevator(def);
    }
}
