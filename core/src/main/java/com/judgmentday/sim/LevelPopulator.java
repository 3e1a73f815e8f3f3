package com.judgmentday.sim;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.utils.IntMap;
import com.judgmentday.components.LimpComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.LevelException;
import com.judgmentday.level.PersonDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.objects.PlacedObject;
import com.judgmentday.objects.PopulationStage;

import java.util.Locale;

/**
 * Fills a new simulation with a level's entities, in a fixed order (ids and hashes depend on it): each object by
 * its type, stage by stage ({@link PopulationStage}), then the cast from the spawns.
 */
final class LevelPopulator {
    /** How far behind the player (the side it does not face) John starts at a checkpoint, metres. */
    private static final float JOHN_BEHIND = 1.5f;

    /** The characters the simulation keeps hold of. */
    static final class Cast {
        Entity player;
        Entity john;
        /** Whom the T-1000 hunts. */
        Entity hunted;
        /** A T-1000 spawn whose delay holds it back, or null. */
        SpawnDef pendingT1000;
        /** People whose delay holds them back. */
        final com.badlogic.gdx.utils.Array<PersonDef> pendingPeople = new com.badlogic.gdx.utils.Array<>();
        /** A T-1000 a beat brings in (its spawn is held back). */
        boolean t1000HeldBack;
    }

    private LevelPopulator() {
    }

    /** Builds the level's entities; {@code objects} learns the entity each map object became, by Tiled object id. */
    static Cast populate(LevelDef level, TuningDef tuning, EntityFactory factory, String checkpoint, IntMap<Entity> objects) {
        for (SpawnDef spawn : level.spawns) {
            if (!tuning.characters.containsKey(spawn.character)) {
                throw new LevelException(level.source + ":" + spawn.objectId + " (" + spawn.kind.name().toLowerCase(Locale.ROOT)
                        + " spawn): character '" + spawn.character + "' is not one of " + sortedNames(tuning)
                        + " (data/tuning.json)");
            }
        }
        for (PopulationStage stage : PopulationStage.values()) {
            for (PlacedObject placed : level.placed) {
                // An object a beat spawns waits for it.
                if (placed.type.stage() == stage && stage != PopulationStage.NONE && !level.heldBack.contains(placed.objectId)) {
                    Entity before = factory.lastMade();
                    placed.populate(factory);
                    if (placed.objectId != 0 && factory.lastMade() != before) {
                        objects.put(placed.objectId, factory.lastMade());
                    }
                }
            }
        }
        SpawnDef playerSpawn = level.spawn(SpawnDef.Kind.PLAYER);
        SpawnDef johnSpawn = level.spawn(SpawnDef.Kind.JOHN);
        AreaDef at = checkpoint == null ? null : level.checkpoint(checkpoint);
        String[] gone = at == null ? new String[0] : at.gone;
        if (checkpoint != null) {
            if (at == null) {
                throw new LevelException(level.source + ": no checkpoint named '" + checkpoint + "' (checkpoints: "
                        + checkpointNames(level) + ")");
            }
            playerSpawn = moved(playerSpawn, at.x + at.width / 2f, at.y);
            playerSpawn.facing = at.facing != 0 ? at.facing : playerSpawn.facing;
            johnSpawn = johnSpawn == null ? null
                    : moved(johnSpawn, at.x + at.width / 2f - playerSpawn.facing * JOHN_BEHIND, at.y);
        }
        Cast cast = new Cast();
        cast.player = factory.player(playerSpawn, level.loadout);
        cast.john = johnSpawn == null ? null : factory.john(johnSpawn, cast.player);
        for (SpawnDef spawn : level.spawns) {
            // Playable characters waiting for a beat to hand them the player (named by their object's id).
            if (spawn.kind == SpawnDef.Kind.CHARACTER && !contains(gone, spawn.character)) {
                Entity waiting = factory.standing(spawn.character, spawn.x, spawn.y);
                Mappers.CHARACTER.get(waiting).facing = spawn.facing;
                if (spawn.limp) {
                    waiting.add(new LimpComponent());
                }
                if (spawn.reserve >= 0) {
                    // Armed as the map says from the start (a control step keeps what they carry).
                    WeaponComponent weapons = factory.loadout(Mappers.CHARACTER.get(waiting).def.loadout);
                    for (int i = 0; i < weapons.slots.size; i++) {
                        weapons.slots.get(i).reserve = spawn.reserve;
                    }
                    waiting.add(weapons);
                }
                objects.put(spawn.objectId, waiting);
            }
        }
        for (PersonDef person : level.people) {
            if (level.heldBack.contains(person.objectId)) {
                continue;
            }
            // A delayed one enters later (ArrivalSystem).
            if (person.delay > 0f) {
                cast.pendingPeople.add(person);
            } else {
                objects.put(person.objectId, factory.person(person));
            }
        }
        // Gone before the checkpoint the run starts at (melted): not in this run.
        SpawnDef t1000 = contains(gone, "t1000") ? null : level.spawn(SpawnDef.Kind.T1000);
        if (t1000 != null && at != null && at.pursuer != 0f) {
            // Restarted close by, at once (no delay): a stand restarted here begins with it there.
            t1000 = moved(t1000, playerSpawn.x + at.pursuer, at.y);
            t1000.delay = 0f;
        }
        if (t1000 != null) {
            // Its target is John, or the player in a level without him; a delayed one enters later (ArrivalSystem).
            cast.hunted = cast.john != null ? cast.john : cast.player;
            cast.t1000HeldBack = level.heldBack.contains(t1000.objectId);
            cast.pendingT1000 = t1000.delay > 0f && !cast.t1000HeldBack ? t1000 : null;
            if (cast.pendingT1000 == null && !cast.t1000HeldBack) {
                // Known by its spawn's id, as a beat's remove step names it.
                objects.put(t1000.objectId, factory.t1000(t1000, t1000.look, cast.hunted));
            }
        }
        return cast;
    }

    private static boolean contains(String[] names, String name) {
        for (String each : names) {
            if (each.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The spawn, every property of it kept (a T-1000's pistol, its delay), at another place. */
    private static SpawnDef moved(SpawnDef spawn, float x, float y) {
        SpawnDef copy = spawn.copy();
        copy.x = x;
        copy.y = y;
        return copy;
    }

    private static String checkpointNames(LevelDef level) {
        if (level.checkpoints.isEmpty()) {
            return "none";
        }
        StringBuilder names = new StringBuilder();
        for (AreaDef checkpoint : level.checkpoints) {
            names.append(names.length() == 0 ? "" : ", ").append(checkpoint.name);
        }
        return names.toString();
    }

    private static String sortedNames(TuningDef tuning) {
        com.badlogic.gdx.utils.Array<String> names = tuning.characters.keys().toArray();
        names.sort();
        return names.toString(", ");
    }
}
