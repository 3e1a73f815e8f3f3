package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntSet;
import com.judgmentday.content.Lines;
import com.judgmentday.nav.NavGraphCache;
import com.judgmentday.objects.PlacedObject;
import com.judgmentday.stage.BeatDef;
import com.judgmentday.stage.ObjectiveDef;
import com.judgmentday.stage.TriggerDef;

/** A level as plain data, in metres with y up, loaded from a Tiled map; builds a simulation without GL. */
public final class LevelDef {
    /** The level's id (the map file's name without .tmx). */
    public String id;
    /** Where it was loaded from, for messages. */
    public String source;
    public String title;
    /** What to do, in a line (shown as the level starts and on the game-over page); empty for none. */
    public String briefing = "";
    public float width;
    public float height;
    public final Array<SolidDef> solids = new Array<>();
    public final Array<SpawnDef> spawns = new Array<>();
    public final Array<AreaDef> crates = new Array<>();
    public final Array<AreaDef> exits = new Array<>();
    /** One-way platforms (their top edges). */
    public final Array<PlatformDef> platforms = new Array<>();
    /** Moving platforms. */
    public final Array<ElevatorDef> elevators = new Array<>();
    /** Ladders and chains. */
    public final Array<AreaDef> ladders = new Array<>();
    /** People: civilians, guards, police... (the name is their role). */
    public final Array<PersonDef> people = new Array<>();
    /**
     * Cover points (Tiled {@code cover}): x, feet y and the way an officer there shoots (1 east, -1 west), three floats
     * each; an armed person who is alarmed runs to one facing its quarry.
     */
    public final com.badlogic.gdx.utils.FloatArray covers = new com.badlogic.gdx.utils.FloatArray();
    /** Molten steel and liquid-nitrogen sources. */
    public final Array<HazardDef> hazards = new Array<>();
    /** Weapons, ammunition and first aid lying about. */
    public final Array<PickupDef> pickups = new Array<>();
    /** The set piece's parallax backdrop ("city", "hospital", "mill"); empty for none. */
    public String backdrop = "city";
    /** Weapons the T-800 starts with, in switching order; null: the tuning's loadout. */
    public String[] loadout;
    /** What the story did to the cast in earlier maps (the map's oneArmed and rebooted): every start begins so. */
    public AreaDef before = new AreaDef();
    /** Set-piece framing: while the player is inside one, the camera keeps within it at its zoom. */
    public final Array<AreaDef> cameraZones = new Array<>();
    /** Named places to restart from. */
    public final Array<AreaDef> checkpoints = new Array<>();
    /** When things happen (areas entered, events seen, timers), the beats they start, and what wins the level. */
    public final Array<TriggerDef> triggers = new Array<>();
    public final Array<BeatDef> beats = new Array<>();
    public final Array<ObjectiveDef> objectives = new Array<>();
    /** What the escort says at the player's lethal fire, in turn (lines john.protest.1..n, resolved at load). */
    public final Array<String> protests = new Array<>();
    /** What the escort says when the player's blast throws him about (the line john.protest.blast). */
    public String thrownProtest = "";
    /** Objects a beat brings in (its spawn step): not there until it does. */
    public final IntSet heldBack = new IntSet();
    /** Every object its type read, in map order: what the population step walks. */
    public final Array<PlacedObject> placed = new Array<>();
    /** The map as read, for what the simulation does not build yet (hazards, machinery, beats). */
    public TmxDocument document;
    /** The dialogue its objects name by key (an npc's line the T-1000 copies). */
    public Lines lines = Lines.none();
    /**
     * Its navigation graphs, built once when first asked for and shared by every run of it (a reload makes new ones);
     * another reading of the same map may be handed them, as `playtest --all` does for runs on several threads.
     */
    public final NavGraphCache navGraphs;

    /** A level with navigation graphs of its own. */
    public LevelDef() {
        this(new NavGraphCache());
    }

    /** A level sharing these navigation graphs: another reading of the same map. */
    public LevelDef(NavGraphCache navGraphs) {
        this.navGraphs = navGraphs;
    }

    /** The checkpoint of that name, or null. */
    public AreaDef checkpoint(String name) {
        for (AreaDef checkpoint : checkpoints) {
            if (checkpoint.name.equals(name)) {
                return checkpoint;
            }
        }
        return null;
    }

    /** The beat with that object id, or null. */
    public BeatDef beat(int objectId) {
        for (BeatDef beat : beats) {
            if (beat.objectId == objectId) {
                return beat;
            }
        }
        return null;
    }

    /** The spawn of a kind, or null. */
    public SpawnDef spawn(SpawnDef.Kind kind) {
        for (SpawnDef spawn : spawns) {
            if (spawn.kind == kind) {
                return spawn;
            }
        }
        return null;
    }
}
