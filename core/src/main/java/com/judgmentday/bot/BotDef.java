package com.judgmentday.bot;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.content.RouteDef;

/** The bot's figures (data/bot.json): whom it fights, what it sees, how it keeps John and its route, its skills. */
public final class BotDef {
    /** Sides (a character's tuning {@code side}) the bot fights. */
    public Array<String> hostileSides = new Array<>();
    /** What the window shows around the character it plays, metres each way: all it knows of where people are. */
    public float viewHalfWidth = 16f;
    public float viewHalfHeight = 9f;
    /** John this far behind (or further), the bot waits for him, metres. */
    public float escortLag = 7f;
    /**
     * John this close (across and up, added), he is with it and it boards a lift, metres; above his follow distance
     * (tuning's follow.distance), where he stops coming nearer.
     */
    public float escortAboard = 3.5f;
    /** A foe must be this far inside a weapon's range before the bot fires, metres. */
    public float fireMargin = 1f;
    /** No foe nearer than this: safe to reload, metres. */
    public float reloadClear = 8f;
    /** A foe this close to an intact tank: the bot shoots the tank, metres. */
    public float tankNear = 4f;
    /** Molten steel this close beyond a foe: a grenade's blast drives it in, metres. */
    public float blastReach = 3f;
    /**
     * A T-1000 that braces against knock-backs in a row (a beat's brace step) is fired on only this near, metres: a
     * shell from afar barely moves it, counts toward its brace all the same, and spends shells the stand needs.
     */
    public float braceRange = 7f;
    /**
     * Every round spent, it fetches a box of ammunition only this near, metres: further off, it stands its ground (one
     * 70 m back lured it from John at his bike, as it would not a player).
     */
    public float ammoReach = 24f;
    /** How it keeps to a route: re-plans, and gives up an edge that makes no progress. */
    public RouteDef route = new RouteDef();
    public ObjectMap<String, Skill> skills = new ObjectMap<>();

    /** The skill of that name; refuses an unknown one with the names there are. */
    public Skill skill(String name) {
        Skill skill = skills.get(name);
        if (skill == null) {
            throw new IllegalArgumentException("skill '" + name + "' is not one of " + skills.keys().toArray().toString(", ")
                    + " (data/bot.json)");
        }
        return skill;
    }
}
