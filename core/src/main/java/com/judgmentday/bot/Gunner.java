package com.judgmentday.bot;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.systems.Arms;
import com.judgmentday.content.WeaponDef;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.physics.ClosestHit;

/**
 * The bot's trigger finger. A foe in view, in a clear line and within a weapon's useful range (as the bot judges it,
 * off by its aim error) is faced and fired at with the weapon that knocks hardest there (a frozen one with the
 * quickest, to shatter it; a grenade when molten steel lies just beyond it, to drive it in); an intact tank beside a
 * foe is shot first (its spill is the better weapon). Never with anyone of its side in the line; reloads when empty and
 * nothing is near. The weapon system aims low at people; the bot only faces and presses.
 */
final class Gunner {
    /** What an empty weapon (one that must be reloaded first) counts for against a loaded one. */
    private static final float EMPTY_SCORE = 0.05f;

    private final BotDef def;
    private final Hands hands;
    private final World world;
    private final float gravity;
    /** The least blow that knocks the liquid T-1000 back: a lighter gun only splashes it. */
    private final float knockback;
    private final ClosestHit ray = new ClosestHit();
    private Entity lastFoe;
    private float aimOffset;
    private boolean fired;
    /** This tick it held fire because someone of its side stood in the line. */
    private boolean heldForAlly;

    /** A foe held this long yet (ticks) is let be. */
    private static final int HELD_STILL_TICKS = 60;

    Gunner(BotDef def, Hands hands, World world, float gravity, float knockback) {
        this.def = def;
        this.hands = hands;
        this.world = world;
        this.gravity = gravity;
        this.knockback = knockback;
    }

    /** Fights this tick; true when it holds the character still to face and shoot (the legs wait). */
    boolean fight(BotView view, long tick, ActionSet out) {
        heldForAlly = false;
        WeaponComponent gun = Mappers.WEAPON.get(view.me);
        Entity foe = view.foe;
        if (foe != lastFoe) {
            lastFoe = foe;
            if (foe != null) {
                hands.react(tick);
                aimOffset = hands.aimError();
            }
        }
        if (gun == null || gun.slots.size == 0) {
            return false;
        }
        if (foe == null || heldStill(foe)) {
            // A foe a scene holds still is no threat for now: reload and go on, as a player runs past it.
            reloadWhenLow(gun, out, true, Arms.oneArmed(view.me));
            return false;
        }
        TransformComponent there = Mappers.TRANSFORM.get(foe);
        float foeX = there.x + aimOffset * Math.signum(there.x - view.at.x);
        HazardComponent tank = view.tankBeside(foeX, def.tankNear);
        float aimX = tank != null ? tank.tankX + tank.tankWidth / 2f : there.x;
        float dx = aimX - view.at.x;
        float judged = tank != null ? Math.abs(dx) - tank.tankWidth / 2f : Math.abs(foeX - view.at.x);
        // A foe posing is shown up by any shot: the last grenade is kept for the fight.
        boolean frozen = tank == null && view.foeFrozen();
        // Aimed at the liquid T-1000 itself (not a tank beside it, which any hit ruptures), a shot must knock it back.
        boolean knockOnly = tank == null && !frozen && view.foeLiquid();
        if (knockOnly && judged > def.braceRange && view.foeBraces()) {
            reloadWhenLow(gun, out, judged > def.reloadClear, Arms.oneArmed(view.me));
            return false;
        }
        int wanted = choose(gun, view, judged, frozen, knockOnly,
                tank == null && !view.foePosing() && view.moltenBeyond(there.x, def.blastReach), aimX);
        if (wanted < 0) {
            reloadWhenLow(gun, out, judged > def.reloadClear, Arms.oneArmed(view.me));
            return false;
        }
        if (wanted != gun.current) {
            // One press cycles to the next weapon: press, let go, press again until it is in hand.
            if (!gun.wasSwitching) {
                out.add(Action.SWITCH_WEAPON);
            }
            return true;
        }
        // Shots pass allies, but a player wouldn't shoot past John.
        if (view.allyInLine(aimX)) {
            heldForAlly = true;
            return false;
        }
        if (tank == null && !clearLine(view, there)) {
            return false;
        }
        WeaponSlot held = gun.held();
        if (held.loaded == 0) {
            if (held.reserve > 0 && gun.reloading == 0) {
                out.add(Action.RELOAD);
            }
            return false;
        }
        return pull(view, gun, dx > 0f ? 1 : -1, out);
    }

    /** Held still by a scene's hold step for a second or more yet. */
    private static boolean heldStill(Entity foe) {
        CharacterComponent body = Mappers.CHARACTER.get(foe);
        return body != null && body.heldTicks >= HELD_STILL_TICKS;
    }

    /** It held fire this tick with someone of its side in the line to a foe in range. */
    boolean heldForAlly() {
        return heldForAlly;
    }

    /** Not fighting this tick (climbing, in the air): nothing held for anyone. */
    void stand() {
        heldForAlly = false;
    }

    /** Faces that way (a tap, only when facing the other way) and fires when the weapon is ready. */
    private boolean pull(BotView view, WeaponComponent gun, int direction, ActionSet out) {
        out.set(Action.LEFT, false).set(Action.RIGHT, false).set(Action.JUMP, false);
        if (view.body.facing != direction) {
            out.add(direction > 0 ? Action.RIGHT : Action.LEFT);
        }
        // A gun loaded a shell at a time fires what is in: the press cuts the reload short, as a player's would (held
        // to the full reload beyond arm's length, the Galleria's cop shot John on hard while it waited).
        boolean ready = gun.cooldown == 0 && (gun.reloading == 0 || gun.held().def.shellByShell)
                && gun.held().loaded > 0;
        // Semi-automatics fire once a press: let go between shots.
        boolean fire = ready && (gun.held().def.automatic || !fired);
        out.set(Action.FIRE, fire);
        fired = fire;
        if (fire) {
            aimOffset = hands.aimError();
        }
        return true;
    }

    /**
     * The slot to fight with at that range, or -1: the hardest knock in range; the quickest for a frozen foe; a
     * grenade, when it reaches and its blast spares whom a dont-shoot objective names, for a foe with molten steel
     * beyond it; a loaded one before one that must be reloaded, unless ({@code knockOnly}) its blow only splashes the
     * liquid T-1000.
     */
    private int choose(WeaponComponent gun, BotView view, float judged, boolean frozen, boolean knockOnly,
                       boolean moltenBeyond, float aimX) {
        int best = -1;
        float bestScore = 0f;
        for (int i = 0; i < gun.slots.size; i++) {
            WeaponSlot slot = gun.slots.items[i];
            WeaponDef weapon = slot.def;
            if (slot.loaded + slot.reserve == 0 || weapon.twoHanded && Arms.oneArmed(view.me)) {
                continue;
            }
            float score;
            if (weapon.kind == WeaponDef.Kind.GRENADE) {
                // Never a blast that could reach someone a dont-shoot objective names (the real Sarah beside the fake).
                boolean reaches = judged <= grenadeReach(weapon, view) && judged > weapon.shellRadius + view.body.def.width
                        && !view.guardedNear(aimX, weapon.blastRadius + view.body.def.width);
                score = moltenBeyond && !frozen && reaches ? Float.MAX_VALUE / 2f : 0f;
            } else if (judged > weapon.range - def.fireMargin) {
                score = 0f;
            } else {
                score = frozen ? 1f / Math.max(1, weapon.cooldownTicks) : weapon.pellets * weapon.pelletImpulse;
            }
            if (i == gun.current) {
                score *= 1.25f;
            }
            if (slot.loaded == 0) {
                // Reloading under attack leaves the foe free for seconds: a loaded weapon, even a lighter one, first.
                score *= EMPTY_SCORE;
            } else if (knockOnly && weapon.kind != WeaponDef.Kind.GRENADE
                    && weapon.pellets * weapon.pelletImpulse < knockback) {
                // But not one that only splashes the liquid T-1000 on: reloading the gun that knocks it back is better.
                score *= EMPTY_SCORE * EMPTY_SCORE;
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /** How far a grenade flies before it falls to the feet's level (where it meets a body standing there), metres. */
    private float grenadeReach(WeaponDef weapon, BotView view) {
        double angle = Math.toRadians(weapon.launchDegrees);
        float vx = weapon.launchSpeed * (float) Math.cos(angle);
        float vy = weapon.launchSpeed * (float) Math.sin(angle);
        float height = view.body.height / 2f + weapon.muzzleHeight;
        float g = -gravity;
        float time = (vy + (float) Math.sqrt(vy * vy + 2f * g * height)) / g;
        return vx * time;
    }

    /** Nothing solid between the muzzle and the foe (crates and the like are pushed aside by the shot). */
    private boolean clearLine(BotView view, TransformComponent there) {
        if (!ray.cast(world, Mappers.BODY.get(view.me).body, view.at.x, view.at.y, there.x, there.y)) {
            return true;
        }
        return ray.fixture.getBody().getType() != BodyDef.BodyType.StaticBody;
    }

    /**
     * Reloads when it is safe to (nothing near): the weapon in hand when it is half empty, then each other one carried
     * (switching to it), so a lull leaves every gun loaded for the next fight.
     */
    private static void reloadWhenLow(WeaponComponent gun, ActionSet out, boolean safe, boolean oneArmed) {
        if (!safe || gun.reloading > 0 || gun.cooldown > 0) {
            return;
        }
        if (low(gun.held())) {
            out.add(Action.RELOAD);
            return;
        }
        for (int i = 0; i < gun.slots.size; i++) {
            // Switching passes over what one arm can't hold: waiting for it would switch forever.
            if (i != gun.current && low(gun.slots.items[i]) && !gun.wasSwitching
                    && !(oneArmed && gun.slots.items[i].def.twoHanded)) {
                out.add(Action.SWITCH_WEAPON);
                return;
            }
        }
    }

    /** Less than half a magazine in it and rounds to reload with. */
    private static boolean low(WeaponSlot slot) {
        return slot.loaded < (slot.def.magazine + 1) / 2 && slot.reserve > 0;
    }

    /** Shoots what blocks the way ahead (a crate stack): face it and fire whatever hitscan weapon is in hand. */
    boolean shootAhead(BotView view, WeaponComponent gun, int direction, ActionSet out) {
        if (gun == null || gun.slots.size == 0 || gun.held().def.kind != WeaponDef.Kind.HITSCAN) {
            return false;
        }
        WeaponSlot held = gun.held();
        if (held.loaded == 0) {
            if (held.reserve > 0 && gun.reloading == 0) {
                out.add(Action.RELOAD);
            }
            return held.reserve > 0;
        }
        return pull(view, gun, direction, out);
    }
}
