package com.judgmentday.content;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.Json;
import com.badlogic.gdx.utils.ObjectMap;
import com.badlogic.gdx.utils.SerializationException;

/** Reads tuning.json strictly: unknown fields and out-of-range figures are refused with the file named. */
public final class TuningLoader {
    private TuningLoader() {
    }

    public static TuningDef load(FileHandle file) {
        Json json = new Json();
        json.setIgnoreUnknownFields(false);
        // Enums are written in lower case, as their toString gives them.
        json.setEnumNames(false);
        json.setElementType(TuningDef.class, "characters", CharacterDef.class);
        json.setElementType(TuningDef.class, "weapons", WeaponDef.class);
        json.setElementType(TuningDef.class, "pursuit", PursuitDef.class);
        json.setElementType(TuningDef.class, "roles", RoleDef.class);
        json.setElementType(RoleDef.class, "loadout", String.class);
        json.setElementType(TuningDef.class, "patternedMaterials", String.class);
        json.setElementType(HeatDef.class, "capacity", Float.class);
        json.setElementType(CharacterDef.class, "loadout", String.class);
        TuningDef tuning;
        try {
            tuning = json.fromJson(TuningDef.class, file);
        } catch (SerializationException e) {
            throw new ContentException(file.path() + ": " + rootMessage(e));
        }
        if (tuning == null) {
            throw new ContentException(file.path() + ": empty tuning file");
        }
        check(file, tuning);
        return tuning;
    }

    private static void check(FileHandle file, TuningDef tuning) {
        checkRoles(file, tuning);
        require(file, tuning.gravity < 0, "gravity must be negative (downwards), was " + tuning.gravity);
        require(file, tuning.velocityIterations > 0 && tuning.positionIterations > 0, "solver iterations must be positive");
        require(file, tuning.crateDensity > 0, "crateDensity must be positive");
        require(file, tuning.crateFriction >= 0 && tuning.groundFriction >= 0, "frictions must not be negative");
        FollowDef f = tuning.follow;
        require(file, f != null, "follow is missing");
        require(file, f.distance > 0 && f.runDistance > f.distance, "follow: runDistance must be above distance, both positive");
        require(file, f.walkSpeedFraction > 0 && f.walkSpeedFraction <= 1, "follow: walkSpeedFraction must be above 0 and at most 1");
        require(file, f.sameFloor > 0, "follow: sameFloor must be positive");
        checkRoute(file, "follow.route", f.route);
        for (ObjectMap.Entry<String, CharacterDef> entry : tuning.characters) {
            CharacterDef c = entry.value;
            String where = "characters." + entry.key;
            require(file, c.title != null && !c.title.isBlank(), where + ": title is missing (what messages call them, e.g. \"the T-800\")");
            require(file, c.width > 0 && c.height > 0, where + ": width and height must be positive");
            require(file, c.density > 0, where + ": density must be positive");
            require(file, c.runSpeed > 0 && c.groundAccel > 0 && c.airAccel >= 0, where + ": speeds must be positive");
            require(file, c.braceMass >= 1 && c.braceMass <= 1000, where + ": braceMass must be from 1 (no brace) to 1000");
            require(file, c.jumpSpeed >= 0 && c.jumpCooldownTicks >= 0, where + ": jump figures must not be negative");
            checkRules(file, tuning, where, c);
            require(file, tuning.heat.capacity.containsKey(entry.key), "heat.capacity." + entry.key
                    + " is missing (how slowly " + where + " warms and cools, relative to 1)");
        }
        checkHeat(file, tuning.heat, tuning.t1000Material);
        checkDamage(file, tuning.damage);
        require(file, tuning.pursuit.containsKey(tuning.difficulty), "difficulty '" + tuning.difficulty
                + "' has no pursuit section");
        for (ObjectMap.Entry<String, PursuitDef> entry : tuning.pursuit) {
            PursuitDef p = entry.value;
            String where = "pursuit." + entry.key;
            require(file, p.speedScale > 0 && p.sightRange > 0 && p.tipSeconds > 0, where + ": speedScale, sightRange and tipSeconds must be positive");
            checkRoute(file, where + ".route", p.route);
            require(file, p.stabWindupTicks > 0 && p.recoverTicks >= 0 && p.holeCloseTicks > 0,
                    where + ": tick counts must be positive");
            require(file, p.stabRange > 0 && p.reachDistance > 0 && p.touchDistance >= 0, where + ": ranges must be positive");
            require(file, p.knockbackSpeed > 0 && p.knockbackBrake > 0 && p.knockbackFull >= p.knockbackImpulse,
                    where + ": knockbackSpeed and knockbackBrake must be positive, knockbackFull at least knockbackImpulse");
            require(file, p.disguiseSpeed > 0 && p.disguiseSpeed <= 1 && p.maxSlow >= 0 && p.maxSlow < 1,
                    where + ": disguiseSpeed must be in (0, 1], maxSlow in [0, 1)");
            require(file, p.shootRange >= 0 && p.aimTicks > 0 && p.shotCooldownTicks >= 0,
                    where + ": shootRange and shotCooldownTicks must not be negative, aimTicks must be positive");
        }
        for (ObjectMap.Entry<String, WeaponDef> entry : tuning.weapons) {
            WeaponDef w = entry.value;
            String where = "weapons." + entry.key;
            w.name = entry.key;
            require(file, w.pellets > 0 && w.range > 0, where + ": pellets and range must be positive");
            require(file, w.magazine > 0 && w.cooldownTicks >= 0 && w.reloadTicks >= 0, where + ": magazine must be positive, ticks not negative");
            require(file, w.spreadDegrees >= 0 && w.spreadDegrees < 180, where + ": spreadDegrees must be 0 or more and under 180");
            require(file, w.pelletImpulse >= 0 && w.recoilImpulse >= 0 && w.blastImpulse >= 0, where + ": impulses must not be negative");
            require(file, w.impulseAtRange >= 0 && w.impulseAtRange <= 1, where + ": impulseAtRange must be 0 to 1");
            require(file, w.reserve >= 0 && w.spinUpTicks >= 0 && w.damage >= 0, where + ": reserve, spinUpTicks and damage must not be negative");
            if (w.kind == WeaponDef.Kind.GRENADE) {
                require(file, w.gasRadius >= 0 && w.gasSeconds >= 0 && (w.gasSeconds == 0) == (w.gasRadius == 0),
                        where + ": a tear-gas canister needs both gasRadius and gasSeconds (or neither, for a blast)");
                require(file, w.launchSpeed > 0 && w.fuseTicks > 0 && w.shellRadius > 0 && w.blastRadius > 0 && w.blastRays >= 8,
                        where + ": a grenade needs positive launchSpeed, fuseTicks, shellRadius, blastRadius and 8 or more blastRays");
                require(file, w.bounce >= 0 && w.bounce <= 1, where + ": bounce must be between 0 and 1");
            }
        }
    }

    /** A character's rules: health and what zero means, surface, sprite, loadout, heat tolerance, blow. */
    private static void checkRules(FileHandle file, TuningDef tuning, String where, CharacterDef c) {
        require(file, c.health >= 0, where + ": health must not be negative (0: no health, like the T-1000's liquid metal)");
        require(file, c.gunfireTaken >= 0 && c.gunfireTaken <= 1, where + ": gunfireTaken must be from 0 (rounds do"
                + " nothing) to 1 (a round's full damage)");
        require(file, c.atZero != null, where + ": atZero must be reboot or down");
        require(file, (c.atZero == CharacterDef.AtZero.REBOOT) == (c.shutdown != null), where + ": atZero: reboot and a"
                + " shutdown object ({\"seconds\": 3, \"health\": 0.3}) go together: one without the other means nothing");
        if (c.shutdown != null) {
            require(file, c.shutdown.seconds > 0 && c.shutdown.seconds <= 60 && c.shutdown.health > 0 && c.shutdown.health <= 1,
                    where + ".shutdown: seconds must be in (0, 60], health (the fraction it comes back with) in (0, 1]");
        }
        require(file, c.cutFreeSeconds >= 0 && c.cutFreeSeconds <= 60, where + ": cutFreeSeconds must be from 0 (machinery"
                + " can't hold them) to 60");
        require(file, java.util.Arrays.asList(CharacterDef.SURFACES).contains(c.surface), where + ": surface '" + c.surface
                + "' must be one of " + String.join(", ", CharacterDef.SURFACES));
        require(file, c.sprite != null && !c.sprite.isBlank(), where + ": sprite is missing (the art's name, or \"figure\")");
        for (String weapon : c.loadout) {
            require(file, tuning.weapons.containsKey(weapon), where + ": loadout names weapon '" + weapon
                    + "', which weapons doesn't define (known: " + tuning.weapons.keys().toArray() + ")");
        }
        require(file, !Float.isNaN(c.hotAbove), where + ": hotAbove is missing (°C above which they slow down; every character"
                + " names its own)");
        require(file, !Float.isNaN(c.burnAbove), where + ": burnAbove is missing (°C above which they burn; every character"
                + " names its own)");
        require(file, c.hotAbove < c.burnAbove && tuning.damage.frostbiteBelow < c.hotAbove,
                where + ": needs damage.frostbiteBelow < hotAbove < burnAbove");
        MeleeDef m = c.melee;
        if (m != null) {
            require(file, m.name != null && !m.name.isBlank(), where + ".melee: name is missing (what reports call the blow)");
            require(file, m.range > 0 && m.impulse >= 0 && m.damage >= 0 && m.cooldownTicks > 0,
                    where + ".melee: range and cooldownTicks must be positive, impulse and damage not negative");
        }
    }

    private static void checkHeat(FileHandle file, HeatDef h, MaterialDef m) {
        require(file, h != null && m != null, "heat and t1000Material must be objects");
        require(file, h.airCoupling >= 0 && h.immersionCoupling >= 0 && h.vapourCoupling >= 0 && h.radiantCoupling >= 0,
                "heat: couplings must not be negative");
        require(file, h.radiantRange >= 0 && h.vapourHeight >= 0, "heat: radiantRange and vapourHeight must not be negative");
        require(file, h.spillDepth > 0 && h.spreadSpeed > 0 && h.evaporationLitresPerSecond > 0 && h.solidifyLitresPerSecond > 0,
                "heat: spillDepth, spreadSpeed, evaporationLitresPerSecond and solidifyLitresPerSecond must be positive");
        for (ObjectMap.Entry<String, Float> entry : h.capacity) {
            require(file, entry.value != null && entry.value > 0, "heat.capacity." + entry.key + " must be positive");
        }
        require(file, m.frozenBelow < m.thawAbove && m.thawAbove <= m.chilledBelow && m.chilledBelow < m.warmAbove,
                "t1000Material: needs frozenBelow < thawAbove <= chilledBelow < warmAbove, so states can't flicker");
        require(file, m.chilledSpeed > 0 && m.chilledSpeed <= 1, "t1000Material: chilledSpeed must be in (0, 1]");
        require(file, m.meltTicks > 0 && m.thrashTicks > 0, "t1000Material: meltTicks and thrashTicks must be positive");
        require(file, m.shatterImpulse > 0 && m.fragments > 0 && m.fragmentDensity > 0,
                "t1000Material: shatterImpulse, fragments and fragmentDensity must be positive");
        require(file, m.mergeDistance > 0 && m.dropletSpeed > 0 && m.dropletAccel > 0 && m.reformTimeoutTicks > 0,
                "t1000Material: mergeDistance, dropletSpeed, dropletAccel and reformTimeoutTicks must be positive, or it never re-forms");
        require(file, m.limbs >= 0 && m.strainTicks > 0 && m.standTicks >= 0 && m.scatterSpeed >= 0,
                "t1000Material: limbs, standTicks and scatterSpeed must not be negative, strainTicks positive");
        require(file, m.frostStick > 0 && m.frostStick <= 1, "t1000Material: frostStick must be in (0, 1]");
    }

    private static void checkDamage(FileHandle file, DamageDef d) {
        require(file, d != null, "damage must be an object");
        require(file, d.legFraction > 0 && d.legFraction < 1, "damage: legFraction must be between 0 and 1");
        require(file, d.downTicks > 0 && d.protestTicks >= 0, "damage: tick counts must be positive");
        require(file, d.hotSpeed > 0 && d.hotSpeed <= 1 && d.frostSpeed > 0 && d.frostSpeed <= 1 && d.limpSpeed > 0
                && d.limpSpeed <= 1 && d.gasSpeed > 0 && d.gasSpeed <= 1,
                "damage: hotSpeed, frostSpeed, limpSpeed and gasSpeed must be in (0, 1]");
        require(file, d.gasLingerSeconds >= 0, "damage: gasLingerSeconds must not be negative");
        require(file, d.stabDamage >= 0 && d.burnPerDegreeSecond >= 0 && d.knockDownImpulse > 0 && d.aimLowRange >= 0,
                "damage: stabDamage, burnPerDegreeSecond and aimLowRange must not be negative, knockDownImpulse positive");
    }

    private static void checkRoute(FileHandle file, String where, RouteDef route) {
        require(file, route != null, where + " is missing");
        require(file, route.replanTicks > 0 && route.replanDistance > 0 && route.stuckTicks > 0 && route.banSeconds > 0,
                where + ": replanTicks, replanDistance, stuckTicks and banSeconds must be positive");
    }

    private static void require(FileHandle file, boolean ok, String message) {
        if (!ok) {
            throw new ContentException(file.path() + ": " + message);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.toString() : message.lines().findFirst().orElse(message);
    }

    /** Each role's figures: a tree named, times and distances not negative, its weapons and blow real. */
    private static void checkRoles(FileHandle file, TuningDef tuning) {
        for (com.badlogic.gdx.utils.ObjectMap.Entry<String, RoleDef> entry : tuning.roles) {
            String where = "roles." + entry.key;
            RoleDef r = entry.value;
            require(file, r.tree != null && !r.tree.isBlank(), where + ": tree is missing (assets/ai/<role>.tree)");
            require(file, r.flee >= 0 && r.sight >= 0 && r.range >= 0 && r.coverRange >= 0 && r.retreat >= 0
                    && r.suppressedRadius >= 0, where + ": distances must not be negative");
            require(file, r.aimSeconds >= 0 && r.surrenderSeconds >= 0 && r.calmSeconds >= 0 && r.grabSeconds >= 0
                    && r.grabCooldownSeconds >= 0 && r.suppressedSeconds >= 0, where + ": seconds must not be negative");
            require(file, r.gas.isEmpty() || tuning.weapons.containsKey(r.gas) && tuning.weapons.get(r.gas).gas()
                    && r.loadout.contains(r.gas, false),
                    where + ": gas names '" + r.gas + "', which is not a tear-gas canister (gasSeconds set) in its loadout");
            require(file, r.gasRange >= 0 && r.gasCooldownSeconds >= 0 && r.boundSeconds >= 0,
                    where + ": gasRange, gasCooldownSeconds and boundSeconds must not be negative");
            require(file, r.thinkTicks >= 1 && r.thinkTicks <= 10, where + ": thinkTicks must be 1 to 10 (how often its tree steps)");
            require(file, r.alarm > 0 && r.alarm <= 1, where + ": alarm must be above 0 and at most 1");
            require(file, r.patrolSpeed > 0 && r.patrolSpeed <= 1, where + ": patrolSpeed must be above 0 and at most 1");
            for (String weapon : r.loadout) {
                require(file, tuning.weapons.containsKey(weapon), where + ": loadout names '" + weapon
                        + "', which is not in weapons");
            }
            MeleeDef m = r.melee;
            if (m != null) {
                require(file, m.name != null && !m.name.isBlank(), where + ".melee: name is missing (what reports call the blow)");
                require(file, m.range > 0 && m.cooldownTicks > 0 && m.impulse >= 0 && m.damage >= 0,
                        where + ".melee: range and cooldownTicks must be positive, impulse and damage not negative");
            }
        }
    }
}
