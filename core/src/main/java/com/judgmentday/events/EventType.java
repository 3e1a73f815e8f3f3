package com.judgmentday.events;

/** Every kind of event, with the dotted id reports use; docs/reports.md describes each. */
public enum EventType {
    LEVEL_STARTED("level.started"),
    LEVEL_EXIT("level.exit"),
    /** The player reached a checkpoint (the subject names it). */
    CHECKPOINT_REACHED("checkpoint.reached"),
    /** The player is at an exit that won't let them out yet; the detail says why ("not without John"). */
    EXIT_WAITING("exit.waiting"),
    LEVEL_WON("level.won"),
    WEAPON_FIRED("weapon.fired"),
    WEAPON_HIT("weapon.hit"),
    WEAPON_RELOADED("weapon.reloaded"),
    WEAPON_SWITCHED("weapon.switched"),
    /** A spent case thrown from the breech. */
    WEAPON_SHELL("weapon.shell"),
    /** A shot struck something: the detail names the surface and the point. */
    WEAPON_IMPACT("weapon.impact"),
    WEAPON_EMPTY("weapon.empty"),
    /** A one-armed character can't use a two-handed weapon: who, what the weapon; the detail says why (once). */
    WEAPON_TWO_HANDED("weapon.two-handed"),
    /** Machinery caught a character's arm: who, what the machine's name; held until cut free. */
    ARM_CAUGHT("arm.caught"),
    /** A caught character cut itself free and fights on one-armed: who, what the machine. */
    ARM_CUT_FREE("arm.cut-free"),
    PICKUP_TAKEN("pickup.taken"),
    /**
     * A breakable broke; what: its name; who: the body thrown into it, or (broken by shots and blasts) the breakable
     * itself; detail: its material; where: its middle.
     */
    BREAKABLE_BROKEN("breakable.broken"),
    /** A load struck someone hard: who is the load, whom the one struck, amount the speed (m/s). */
    LOAD_HIT("load.hit"),
    /** A load's chain was cut and it fell: who is the load, the detail says what cut it. */
    LOAD_DROPPED("load.dropped"),
    /** A winch's chain first paid out: who turned it, what the winch's name. */
    WINCH_STARTED("winch.started"),
    /** A winch's load went all the way (its chain out, or it met molten steel or the ground): who, what the winch. */
    WINCH_BOTTOMED("winch.bottomed"),
    /** A character hung from a load was lowered into molten steel and is gone, by its own choice: no casualty. */
    CHARACTER_SANK("character.sank"),
    /** A character swung its blow (its def's melee; the detail names it, the point is where it swung from). */
    MELEE_BLOW("melee.blow"),
    /** A blow landed on the subject (the detail names the blow). */
    MELEE_HIT("melee.hit"),
    GRENADE_LAUNCHED("grenade.launched"),
    EXPLOSION("explosion"),
    /** A tear-gas canister burst: who: the canister (weapon) name; at: the cloud's centre; amount: its radius. */
    GAS_RELEASED("gas.released"),
    /** Someone without a mask walked into tear gas (or it came to them): who: them; they cough, slowed, and shoot nothing. */
    CHARACTER_GASSED("character.gassed"),
    /** A person advancing in pairs left its cover for the next one, toward the one the player plays (its partner covers it). */
    PERSON_ADVANCED("person.advanced"),
    TANK_RUPTURED("tank.ruptured"),
    /** Someone hurt (the detail says by what and how much is left). */
    HURT("hurt"),
    PERSON_DOWN("person.down"),
    /** A person who acts was frightened (a shot, a blast, a scream it heard) and screamed: a noise others hear. */
    PERSON_SCREAMED("person.screamed"),
    /** A frightened person calmed down (its role's calmSeconds after the last danger it noticed). */
    PERSON_CALMED("person.calmed"),
    /** A person gave up an edge of its route it was stuck on. */
    PERSON_STUCK("person.stuck"),
    /** The player took an armed person's weapon at arm's length (Interact): who lost it, whom to, what weapon. */
    PERSON_DISARMED("person.disarmed"),
    /** A disarmed person, covered by the player's gun long enough, gave up: hands up, it acts no more. */
    PERSON_SURRENDERED("person.surrendered"),
    /** A guard or officer, alarmed and seeing the one the player plays, called for help: a noise others hear (hearing.call). */
    PERSON_CALLED("person.called"),
    /** A guard grabbed someone at arm's length and holds them (whom) for its role's grabSeconds. */
    PERSON_GRABBED("person.grabbed"),
    /** An armed person ran to a cover point to shoot from (the point is the cover's). */
    PERSON_TOOK_COVER("person.took-cover"),
    /** Shots landing close (its role's suppressedRadius) made an armed person back away from the one the player plays. */
    PERSON_SUPPRESSED("person.suppressed"),
    CASUALTY("casualty"),
    JOHN_PROTEST("john.protest"),
    /**
     * A character whose def has a {@code shutdown} went down to zero (or a beat said so): who, what the cause, amount
     * which shutdown it is.
     */
    T800_SHUTDOWN("t800.shutdown"),
    /** Its emergency power reroute brought it back (the alternate power route): amount is its health now. */
    T800_REBOOT("t800.reboot"),
    LEVEL_LOST("level.lost"),
    /**
     * A character went down for good (at zero with {@code atZero: down}, or the T-800's second shutdown): who names
     * them, what is the cause, the detail is the game-over reason.
     */
    CHARACTER_DOWN("character.down"),
    CHARACTER_HELD("character.held"),
    CHARACTER_FLUNG("character.flung"),
    CHARACTER_HID("character.hid"),
    CHARACTER_CALLED("character.called"),
    /** A beat told a character to follow the player (a follow step). */
    CHARACTER_FOLLOWS("character.follows"),
    /** A beat told a character to stay where it is (a stay step). */
    CHARACTER_STAYS("character.stays"),
    /** A character rode off on a parked vehicle (a ride step): who, what the vehicle's Name. */
    CHARACTER_RODE("character.rode"),
    /** A beat set a character firing at someone (a volley step): who fires, whom at, amount the shots. */
    VOLLEY_STARTED("volley.started"),
    /** A volley ended: amount the shots it did not fire (its mark gone, or the shooter down). */
    VOLLEY_ENDED("volley.ended"),
    /**
     * A body left the level (below the map or past a side; BoundsSystem): who is it, what its kind (`character`,
     * `crate`, `fragment`...), where the point it left at. What follows is its own event where one applies (character.down,
     * casualty, t1000.returned); a prop or a piece of the T-1000 is removed.
     */
    BODY_FELL("body.fell"),
    /** The player's control moved to another character (the subject); the detail names the one before. */
    CONTROL_SWITCHED("control.switched"),
    /** An escort (John) knows no way to its leader and waits where it is; the detail says where. */
    ESCORT_WAITING("escort.waiting"),
    /** An escort gave up a move that got it nowhere and tries another way. */
    ESCORT_STUCK("escort.stuck"),
    /** The T-1000 enters the level (at the start, or when its spawn's delay is up). */
    T1000_ARRIVED("t1000.arrived"),
    T1000_SAMPLED("t1000.sampled"),
    T1000_DISGUISED("t1000.disguised"),
    T1000_GLITCH("t1000.glitch"),
    /** A beat's disguise step: it stands still in a character's look (whom: them; what: the look; amount: seconds). */
    T1000_POSING("t1000.posing"),
    /** Its pose ends (what: shot, or time when its seconds ran out) and it attacks as usual. */
    T1000_REVEALED("t1000.revealed"),
    T1000_ATTACK("t1000.attack"),
    T1000_HIT("t1000.hit"),
    T1000_REACHED("t1000.reached"),
    T1000_STUCK("t1000.stuck"),
    T1000_SPLASHED("t1000.splashed"),
    T1000_KNOCKED_BACK("t1000.knocked-back"),
    /** Knocked back as many times in a row as a beat's brace step said, it leans into the next blows for a while. */
    T1000_BRACED("t1000.braced"),
    T1000_BURST("t1000.burst"),
    /** Thrown toward molten steel by a blow short of a burst, it caught itself at the brink (what: the pool). */
    T1000_BRINK("t1000.brink"),
    T1000_POURED("t1000.poured"),
    T1000_CHILLED("t1000.chilled"),
    T1000_FROZEN("t1000.frozen"),
    T1000_THAWED("t1000.thawed"),
    LIMB_SNAPPED("limb.snapped"),
    T1000_SHATTERED("t1000.shattered"),
    /** A fragment or droplet fell into molten steel and is gone. */
    T1000_FRAGMENT_LOST("t1000.fragment-lost"),
    /** Every fragment has thawed and the droplets start flowing back together. */
    T1000_REFORMING("t1000.reforming"),
    T1000_REFORMED("t1000.reformed"),
    /** The T-1000 fell out of the level and climbs back in at its spawn (where: the spawn). */
    T1000_RETURNED("t1000.returned"),
    T1000_MELTING("t1000.melting"),
    T1000_MELTED("t1000.melted"),
    /** A trigger fired (what: its name). */
    TRIGGER_FIRED("trigger.fired"),
    /** A beat started or finished (what: its name). */
    BEAT_STARTED("beat.started"),
    BEAT_FINISHED("beat.finished"),
    /** A beat's line is said: who is the speaker, what the line's key, amount its seconds, detail the words. */
    LINE_SAID("line.said"),
    /** A beat frames the camera on who (or the place), amount is the zoom. */
    CAMERA_FRAMED("camera.framed"),
    /** A beat takes the controls away (amount: seconds) or gives them back. */
    CONTROLS_LOCKED("controls.locked"),
    CONTROLS_UNLOCKED("controls.unlocked"),
    /** A beat brings in or takes out an entity (who). */
    ENTITY_SPAWNED("entity.spawned"),
    ENTITY_REMOVED("entity.removed"),
    /** A door opened or closed (what: its name). */
    DOOR_OPENED("door.opened"),
    /** A roller shutter was worked and starts to rise (what: its name, detail: by what, amount: its seconds to open). */
    DOOR_RISING("door.rising"),
    DOOR_CLOSED("door.closed"),
    /** A switch was thrown: who threw it, what is the switch's name, amount 1 when its lever went on, 0 off. */
    SWITCH_THROWN("switch.thrown"),
    /** A beat asks for a music cue (what: the cue). */
    MUSIC_CUE("music.cue"),
    /** The objective on screen changed (what: its id, detail: its words). */
    OBJECTIVE_SHOWN("objective.shown"),
    /** An objective was met or failed (what: its id). */
    OBJECTIVE_MET("objective.met"),
    OBJECTIVE_FAILED("objective.failed");

    /** The event type of a report id ("t1000.frozen"), or null. */
    public static EventType byId(String id) {
        for (EventType type : values()) {
            if (type.id.equals(id)) {
                return type;
            }
        }
        return null;
    }

    /** The id in reports, for instance "weapon.fired". */
    public final String id;

    EventType(String id) {
        this.id = id;
    }
}
