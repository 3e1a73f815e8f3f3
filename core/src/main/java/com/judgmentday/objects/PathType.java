package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.POLYLINE;

/** A route: read by the elevator that names it, nothing of its own. */
final class PathType extends ObjectType<Void> {
    PathType() {
        super(new ObjectTypeDef("path", "A route: an elevator's track, or the rounds a guard walks.", POLYLINE));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }
}
