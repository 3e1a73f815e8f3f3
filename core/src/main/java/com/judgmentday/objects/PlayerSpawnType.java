package com.judgmentday.objects;

import com.judgmentday.level.LevelDef;
import com.judgmentday.level.LevelSchema;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.SpawnDef;
import java.util.Locale;
import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Where the player starts; the cast step (LevelPopulator) makes the character, at a checkpoint when one is asked for. */
final class PlayerSpawnType extends ObjectType<SpawnDef> {
    PlayerSpawnType() {
        super(new ObjectTypeDef("player-spawn", "Where the player starts; exactly one per level.", POINT, RECTANGLE)
                .choice("character", "t800", "who the player controls (their rules, sprite and loadout: tuning.json)",
                        LevelSchema.CHARACTERS)
                .choice("facing", "right", "which way the player faces at the start (toward the first threat)", "left",
                        "right"));
    }

    @Override
    public SpawnDef read(ObjectReading in) {
        SpawnDef player = in.spawn(SpawnDef.Kind.PLAYER, in.text("character").toLowerCase(Locale.ROOT));
        player.facing = "left".equals(in.text("facing")) ? -1 : 1;
        return player;
    }

    @Override
    public void file(SpawnDef def, LevelDef level) {
        level.spawns.add(def);
    }
}
