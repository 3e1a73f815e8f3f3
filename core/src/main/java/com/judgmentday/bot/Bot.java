package com.judgmentday.bot;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.math.RandomXS128;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectIntMap;
import com.judgmentday.components.ArmComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.SwitchComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.content.TuningDef;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.stage.ObjectiveDef;
import com.judgmentday.systems.DisarmSystem;
import com.judgmentday.systems.SwitchSystem;

/**
 * A player made of code: it sees what the window shows (the character it plays, people in view, the level, the
 * objectives), plans toward the objective on screen over its body's navigation graph, fights what its side fights,
 * keeps John with it, waits while the controls are taken away, and says it all with the keys a person presses.
 * Seeded and deterministic: the same level, seed and skill play the same game.
 */
public final class Bot implements InputSource {
    /** Closer than this to the crate ahead while pressing toward it, it is in the way, metres. */
    private static final float CRATE_REACH = 1.3f;
    /** Slower than this against a crate, the bot is blocked, m/s. */
    private static final float BLOCKED = 0.6f;
    /** Headroom over a crate to hop it rather than shoot it, metres above the head. */
    private static final float HOP_ROOM = 1.5f;
    /** How far past the escort, toward the foe, it stands to shield him, metres. */
    private static final float SHIELD_GAP = 1.2f;
    /** How near security with a baton comes before it turns to take the baton, metres. */
    private static final float DISARM_METRES = 1.6f;
    /** Feet closer than this in height stand on the same floor, metres. */
    private static final float SAME_FLOOR = 2f;
    /** How much further than the gap John keeps behind it the bot leads him past a place he must walk into, metres. */
    private static final float LEAD_MARGIN = 0.5f;

    private final Simulation simulation;
    private final BotDef def;
    private final Skill skill;
    private final BotView view;
    private final Hands hands;
    private final Legs legs;
    /** The winches and cranks the objective on screen asks it to work. */
    private final Machines machines;
    private final Gunner gunner;
    private final ActionSet decided = new ActionSet();
    /** Where it leads John through a place he must walk into (reused, no garbage), which place, and which way. */
    private final ZoneComponent lead = new ZoneComponent();
    private ZoneComponent ledThrough;
    private boolean leadEastward;
    /** How far past the place's far side it leads him: the gap he keeps behind it, and a margin. */
    private final float leadPast;
    private Entity played;
    private boolean wasLocked;
    private long nanos;
    private long polls;
    private long waitedForEscort;
    private boolean heldAtLift;
    /** A switch to throw first (it opens the door in the way), its lever's position when the bot set out, or null. */
    private Entity errand;
    private boolean errandFrom;
    private boolean interactHeld;

    public Bot(Simulation simulation, TuningDef tuning, BotDef def, Skill skill, long seed) {
        this.simulation = simulation;
        this.def = def;
        this.skill = skill;
        this.view = new BotView(simulation, def);
        this.hands = new Hands(skill, new RandomXS128(seed));
        this.legs = new Legs(simulation, tuning, def.route);
        this.machines = new Machines(simulation, view, legs);
        this.leadPast = tuning.follow.distance + LEAD_MARGIN;
        this.gunner = new Gunner(def, hands, simulation.world(), tuning.gravity, simulation.pursuit().knockbackImpulse);
    }

    /** A bot with the figures of data/bot.json at the named skill (perfect, average...); unknown names are refused. */
    public static Bot create(Simulation simulation, TuningDef tuning, String skill, long seed) {
        BotDef def = BotLoader.load();
        return new Bot(simulation, tuning, def, def.skill(skill), seed);
    }

    @Override
    public void poll(long tick, ActionSet out) {
        if (simulation.outcome() != Outcome.RUNNING) {
            return;
        }
        long start = System.nanoTime();
        view.look();
        if (view.me != played) {
            // A new character to play (the level's start, or a beat handing over control): take it in first.
            played = view.me;
            hands.react(tick);
        }
        boolean locked = simulation.stage().locked();
        if (wasLocked && !locked) {
            hands.react(tick);
        }
        wasLocked = locked;
        decided.clear();
        if (!locked) {
            decide(tick);
        }
        hands.press(tick, decided, out);
        nanos += System.nanoTime() - start;
        polls++;
    }

    private void decide(long tick) {
        ArmComponent arm = Mappers.ARM.get(view.me);
        if (arm != null && arm.caught) {
            // Held by machinery: nothing else works until it is cut free, which takes Interact held.
            decided.add(Action.INTERACT);
            return;
        }
        // On a chain or ladder it climbs on (a shot from there goes level, past a foe below, who climbs up to it), and
        // in the air it lands first: stopping to face a foe as it steps off a chain's top drops it back down.
        if (view.body.climbing || !view.grounded()) {
            gunner.stand();
        } else if (disarm()) {
            return;
        } else if (gunner.fight(view, tick, decided)) {
            return;
        }
        if (machines.work(tick, decided)) {
            return;
        }
        ZoneComponent place = goal();
        if (place == null) {
            // Nowhere to go: stand and fight, between the escort and the foe.
            if (!shield(tick)) {
                legs.hold(view, decided);
            }
            return;
        }
        if (escortLags()) {
            waitedForEscort++;
            legs.hold(view, decided);
            return;
        }
        if (errand != null) {
            throwSwitch(tick);
            return;
        }
        legs.go(view, place.x + place.width / 2f, place.y, tick, decided);
        clearTheWay();
    }

    /**
     * Standing to fight with the one it protects in the line of fire (he trails behind, toward the foe, or stands
     * where a beat left him, between the bot and the foe): steps past him to stand between, the shield a player makes
     * of the T-800's body, and fights from there.
     */
    private boolean shield(long tick) {
        // Held for someone in the line: the one following it (John) is the one in it; else the nearest it protects.
        Entity ward = gunner.heldForAlly() && view.escort != null ? view.escort : view.ward;
        if (ward == null || view.foe == null) {
            return false;
        }
        TransformComponent john = Mappers.TRANSFORM.get(ward);
        float foeX = Mappers.TRANSFORM.get(view.foe).x;
        float side = Math.signum(foeX - john.x);
        boolean between = Math.abs(john.y - view.at.y) < SAME_FLOOR && side == Math.signum(john.x - view.at.x)
                && Math.abs(john.x - view.at.x) < Math.abs(foeX - view.at.x);
        if (!gunner.heldForAlly() && !between) {
            return false;
        }
        legs.go(view, john.x + side * SHIELD_GAP, john.y - Mappers.CHARACTER.get(ward).height / 2f, tick, decided);
        return true;
    }

    /**
     * Security come at it with a baton: it takes the baton at arm's length (Interact, a press), as
     * the caption teaches a player; true while it does. Shooting him, it would fire low past the foe behind.
     */
    private boolean disarm() {
        Entity clubber = view.clubber(DISARM_METRES);
        if (clubber == null) {
            return false;
        }
        if (DisarmSystem.inReach(view.me, clubber)) {
            legs.hold(view, decided);
            boolean press = !interactHeld;
            decided.set(Action.INTERACT, press);
            interactHeld = press;
        } else {
            // Facing away: a tap toward him turns it.
            decided.add(Mappers.TRANSFORM.get(clubber).x < view.at.x ? Action.LEFT : Action.RIGHT);
        }
        return true;
    }

    /** Goes to the switch that opens the door in the way and throws it (Interact, a press), then carries on. */
    private void throwSwitch(long tick) {
        SwitchComponent lever = Mappers.SWITCH.get(errand);
        if (lever.on != errandFrom || (lever.once && lever.on)) {
            errand = null;
            return;
        }
        if (SwitchSystem.canThrow(view.me, errand)) {
            legs.hold(view, decided);
            boolean press = !interactHeld;
            decided.set(Action.INTERACT, press);
            interactHeld = press;
            return;
        }
        ZoneComponent plate = Mappers.ZONE.get(errand);
        legs.go(view, plate.x + plate.width / 2f, plate.y, tick, decided);
    }

    /**
     * Where the objective on screen sends the bot: the exit it names (else, every round spent, the nearest box of
     * ammunition first), the nearest pick-up when it counts pick-ups
     * taken, the door it counts opening, where a beat it counts the end of starts; null when it asks for something general play can't go to
     * (melt, survive: stand and fight), or it is there.
     */
    private ZoneComponent goal() {
        int current = view.currentGoal();
        ObjectiveDef objective = current < 0 ? null : simulation.objectives().get(current);
        if (objective != null && objective.kind == ObjectiveDef.Kind.REACH) {
            // A way out to reach: on for it, empty or not (going back for shells took it back to the foe).
            return view.exit(objective.arg);
        }
        ZoneComponent ammo = view.supplies.ammoWhenSpent(view, def.ammoReach);
        if (ammo != null || objective == null) {
            return ammo;
        }
        if (objective.kind == ObjectiveDef.Kind.COUNT && objective.event == EventType.PICKUP_TAKEN) {
            return view.supplies.nearest(view);
        }
        if (objective.kind == ObjectiveDef.Kind.COUNT
                && (objective.event == EventType.DOOR_OPENED || objective.event == EventType.DOOR_RISING)) {
            // A door to open: walk up to it (held there, its switch is thrown); a shutter rising is waited for.
            return view.levers.shut(objective.arg);
        }
        if (objective.kind == ObjectiveDef.Kind.COUNT
                && (objective.event == EventType.BEAT_FINISHED || objective.event == EventType.BEAT_STARTED)) {
            // A scene to start (or play out): walk into where it starts, then wait for it (to end), there or wherever
            // the fight takes the bot once it plays.
            ZoneComponent place = view.scenes.place(objective.arg);
            if (place == null || view.scenes.playing(objective.arg, simulation.stage())) {
                return null;
            }
            return view.scenes.johnWalksIn(objective.arg) ? leadJohnThrough(place) : view.inside(place) ? null : place;
        }
        return null;
    }

    /**
     * A place John must walk into: he trails the bot, so it walks on to just past the place's far side and he follows
     * it in; null once he is in (or there is no John with it).
     */
    private ZoneComponent leadJohnThrough(ZoneComponent place) {
        if (view.escort == null) {
            return null;
        }
        TransformComponent john = Mappers.TRANSFORM.get(view.escort);
        // In as the trigger counts him: his middle inside the area.
        if (place.contains(john.x, john.y)) {
            return null;
        }
        if (ledThrough != place) {
            // The way through is fixed when the lead starts: it does not flip as he passes the middle.
            ledThrough = place;
            leadEastward = john.x < place.x + place.width / 2f;
        }
        lead.x = leadEastward ? place.x + place.width + leadPast : place.x - leadPast;
        lead.y = place.y;
        lead.width = 0f;
        lead.height = place.height;
        return lead;
    }

    /** John is too far behind to go on (or not with the bot as it boards a lift): wait for him. */
    private boolean escortLags() {
        if (view.escort == null) {
            return false;
        }
        TransformComponent john = Mappers.TRANSFORM.get(view.escort);
        float apart = Math.abs(john.x - view.at.x) + Math.abs(john.y - view.at.y);
        // Waiting at a lift forgets the route: remember the wait until he is near, rather than board and step back.
        heldAtLift = (heldAtLift || legs.boardingLift(view)) && apart > def.escortAboard;
        return apart > def.escortLag || heldAtLift;
    }

    /**
     * Pressing on and getting nowhere: a closed door with its switch in view sends the bot to throw it; a breakable in
     * the way is shot; a crate is hopped where there is headroom, else shot aside.
     */
    private void clearTheWay() {
        float direction = decided.has(Action.RIGHT) ? 1f : decided.has(Action.LEFT) ? -1f : 0f;
        if (direction == 0f || !view.grounded() || Math.abs(view.velocity.x) > BLOCKED) {
            return;
        }
        String door = view.closedDoorAhead((int) direction, CRATE_REACH);
        Entity lever = door == null ? null : view.levers.switchFor(door, view.at.x);
        if (lever != null) {
            errand = lever;
            errandFrom = Mappers.SWITCH.get(lever).on;
            return;
        }
        if (view.breakableAhead((int) direction, CRATE_REACH)) {
            gunner.shootAhead(view, Mappers.WEAPON.get(view.me), (int) direction, decided);
            return;
        }
        if (view.crateAhead((int) direction, CRATE_REACH) == null) {
            return;
        }
        if (view.roomAbove(view.at.x + direction * CRATE_REACH, HOP_ROOM)) {
            legs.hop(decided);
        } else {
            gunner.shootAhead(view, Mappers.WEAPON.get(view.me), (int) direction, decided);
        }
    }

    /** Its figures for a report's stats: its cost a tick and to build its graph, edges given up, ticks waiting for John. */
    public void addStats(ObjectIntMap<String> stats) {
        stats.put("botNanosPerTick", (int) Math.min(Integer.MAX_VALUE, nanosPerTick()));
        stats.put("botNavBuildMicros", (int) Math.min(Integer.MAX_VALUE, legs.buildNanos() / 1000));
        stats.put("botEdgesGivenUp", edgesGivenUp());
        stats.put("botWaitedTicks", (int) Math.min(Integer.MAX_VALUE, waitedForEscort));
    }

    /** The skill it plays at. */
    public Skill skill() {
        return skill;
    }

    /** The tick of its first key press, or -1 before any. */
    public long firstPress() {
        return hands.firstPress();
    }

    /** Ticks it stood waiting for its escort. */
    public long waitedForEscort() {
        return waitedForEscort;
    }

    /** Edges of its route it gave up (no progress) and planned round. */
    public int edgesGivenUp() {
        return legs.givenUp();
    }

    /** Mean time it took to decide a tick, nanoseconds, leaving out building its graph. */
    public long nanosPerTick() {
        return polls == 0 ? 0 : (nanos - legs.buildNanos()) / polls;
    }
}
