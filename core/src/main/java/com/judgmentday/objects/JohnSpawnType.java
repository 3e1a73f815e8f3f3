package com.judgmentday.objects;

import com.judgmentday.level.LevelDef;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.SpawnDef;
import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Where John starts; the cast step makes him, following the player. */
final class JohnSpawnType extends ObjectType<SpawnDef> {
    JohnSpawnType() {
        super(new ObjectTypeDef("john-spawn", "Where John starts; he follows the player.", POINT, RECTANGLE));
    }

    @Override
    public SpawnDef read(ObjectReading in) {
        return in.spawn(SpawnDef.Kind.JOHN, "john");
    }

    @Override
    public void file(SpawnDef def, LevelDef level) {
        level.spawns.add(def);
    }
}
