package com.judgmentday.objects;

import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Set-piece framing: the camera keeps within the zone the player is in, at its zoom. */
final class CameraZoneType extends ObjectType<AreaDef> {
    CameraZoneType() {
        super(new ObjectTypeDef("camera-zone", "While the player is inside, the camera keeps within it.", RECTANGLE)
                .number("zoom", "1", 0.25f, 4, "1 is the normal view; 2 shows twice as much"));
    }

    @Override
    public AreaDef read(ObjectReading in) {
        AreaDef zone = in.area(in.nameOr("camera-zone"));
        zone.zoom = in.number("zoom");
        return zone;
    }

    @Override
    public void file(AreaDef def, LevelDef level) {
        level.cameraZones.add(def);
    }
}
