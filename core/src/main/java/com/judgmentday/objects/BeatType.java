package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.stage.StageText;

import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * A scripted moment (the stage's): its schema entry here; the stage reads its steps with the lines file
 * ({@code StageReader}, which also checks them) and runs them (BeatSystem).
 */
final class BeatType extends ObjectType<Void> {
    BeatType() {
        super(new ObjectTypeDef("beat", "A scripted moment: steps run in order when a trigger starts it.", POINT, RECTANGLE)
                .text("steps", null, "one step a row: " + StageText.kinds() + " (see Beats)"));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }
}
