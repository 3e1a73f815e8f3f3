package com.judgmentday.objects;

import com.judgmentday.level.LevelDef;
import com.judgmentday.level.ObjectTypeDef;

import static com.judgmentday.level.ObjectShape.POINT;

/**
 * A cover point: where an armed person (police, SWAT) who is alarmed runs to shoot from, placed behind something solid
 * (a car, a counter, a pillar) on the side away from the threat. It serves an officer whose quarry is on the side it
 * faces.
 */
final class CoverType extends ObjectType<float[]> {
    CoverType() {
        super(new ObjectTypeDef("cover", "Where police and SWAT take cover to shoot from: put it behind something solid,"
                + " on the side away from the threat.", POINT)
                .choice("faces", "right", "the way someone there shoots: the threat's side", "left", "right"));
    }

    @Override
    public float[] read(ObjectReading in) {
        return new float[] {in.feetX(), in.feetY(), "left".equals(in.text("faces")) ? -1f : 1f};
    }

    @Override
    public void file(float[] def, LevelDef level) {
        level.covers.addAll(def);
    }
}
