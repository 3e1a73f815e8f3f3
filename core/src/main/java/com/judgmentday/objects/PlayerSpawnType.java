package com.judgmentday.objects;

import com.judgmentday.level.LevelDef;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.Problem;
import com.judgmentday.level.TmxDocument;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.SpawnDef;
import java.util.Locale;
import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Where the player starts; the cast step (LevelPopulator) makes the character, at a checkpoint when one is asked for. */
final class PlayerSpawnType extends ObjectType<SpawnDef> {
    PlayerSpawnType() {
        super(new ObjectTypeDef("player-spawn", "Where the player starts; exactly one per level.", POINT, RECTANGLE)
                .text("character", "t800", "who the player controls: a playable character of tuning.json (playable:"
                        + " true), for instance t800 or sarah (their rules, sprite and loadout)")
                .choice("facing", "right", "which way the player faces at the start (toward the first threat)", "left",
                        "right"));
    }

    @Override
    public SpawnDef read(ObjectReading in) {
        SpawnDef player = in.spawn(SpawnDef.Kind.PLAYER, in.text("character").trim().toLowerCase(Locale.ROOT));
        player.facing = "left".equals(in.text("facing")) ? -1 : 1;
        return player;
    }

    @Override
    public void check(MapObject object, TuningDef tuning, TmxDocument document, Array<Problem> problems) {
        String wrong = CharacterType.playable(tuning, characterOf(object));
        if (wrong != null) {
            problems.add(problem(document, object, wrong));
        }
    }

    /** Who the object says is played, as the reading folds it. */
    private static String characterOf(MapObject object) {
        return object.properties.get("character", "t800").trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public void file(SpawnDef def, LevelDef level) {
        level.spawns.add(def);
    }
}
