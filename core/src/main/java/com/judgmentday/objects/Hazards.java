package com.judgmentday.objects;

import com.judgmentday.level.HazardDef;

/** What the hazard types share: a named hazard of a kind. */
final class Hazards {
    private Hazards() {
    }

    static HazardDef hazard(ObjectReading in, HazardDef.Kind kind, String fallbackName) {
        HazardDef hazard = new HazardDef();
        hazard.objectId = in.object.id;
        hazard.kind = kind;
        hazard.name = in.nameOr(fallbackName);
        return hazard;
    }
}
