package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;

import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * Set dressing that is not a vehicle: an arcade cabinet, a mannequin, a planter; drawn where it stands (its art is
 * {@code prop-<kind>}), with no body: put a solid under it where it should block.
 */
final class PropType extends ObjectType<Void> {
    PropType() {
        super(new ObjectTypeDef("prop", "Set dressing: an arcade cabinet, a mannequin, a planter... drawn where it"
                + " stands. It has no body (it blocks nothing): put a solid where it should.", POINT, RECTANGLE)
                .choice("kind", "planter", "what it is", "arcade-cabinet", "mannequin", "clothes-rack", "planter",
                        "bench", "roses", "vending-machine", "food-counter")
                .choice("facing", "right", "which way it faces", "left", "right")
                .flag("front", false, "drawn over the people, not behind them: a counter someone can hide behind"
                        + " (John hidden there shows only the top of his head)"));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }
}
