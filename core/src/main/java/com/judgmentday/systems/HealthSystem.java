package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.DamageComponent;
import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.HeatComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.content.DamageDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Casualty;
import com.judgmentday.sim.RunState;
import com.judgmentday.sim.Simulation;

/**
 * What hits, heat and cold do to every character with health, by the rules of its def. People hit in the legs
 * or knocked over go down and get up again; other hits can kill, and every death goes in the casualty ledger
 * (John protests each lethal hit). A character whose def says {@code atZero: reboot} (the T-800) shuts down at
 * zero (or when a beat's {@code shutdown} step puts it there); the first time an emergency power reroute brings it
 * back weak after its def's {@code shutdown} seconds, the second time it is down for good. One
 * whose def says {@code atZero: down} (Sarah, John) goes down for good. Either is reported as character.down;
 * whether that loses the level is the objective system's call.
 * Heat slows and burns each by its def's tolerance. With the invulnerability assist on
 * ({@link RunState#invulnerable}) the controlled character and its allies take nothing.
 */
public final class HealthSystem extends IteratingSystem {
    private final DamageDef def;
    private final EventLog events;
    private final RunState run;
    /** The escort's words at a lethal shot, said in turn (the level's, from the lines file). */
    private final Array<String> protestLines;
    private ImmutableArray<Entity> controlled;
    /** Whoever escorts the player (John): the one who objects to a lethal shot. */
    private ImmutableArray<Entity> escorts;
    private int protestCooldown;
    private int protests;

    public HealthSystem(int priority, DamageDef def, EventLog events, RunState run, Array<String> protestLines) {
        super(Family.all(HealthComponent.class, DamageComponent.class, CharacterComponent.class, HeatComponent.class).get(),
                priority);
        this.def = def;
        this.events = events;
        this.run = run;
        this.protestLines = protestLines;
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        controlled = engine.getEntitiesFor(Family.all(ControlComponent.class).get());
        escorts = engine.getEntitiesFor(Family.all(FollowComponent.class, HealthComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        if (protestCooldown > 0) {
            protestCooldown--;
        }
        super.update(deltaTime);
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        HealthComponent health = Mappers.HEALTH.get(entity);
        DamageComponent damage = Mappers.DAMAGE.get(entity);
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        float celsius = Mappers.HEAT.get(entity).celsius;
        if (health.dead) {
            damage.clear();
            character.speedScale = 0f;
            return;
        }
        CharacterDef rules = character.def;
        boolean spared = run.invulnerable && spared(entity);
        if (spared) {
            // The invulnerability assist: hits are dropped before they do anything, and heat and cold don't burn.
            damage.clear();
        }
        float burn = def.burnPerDegreeSecond * deltaTime
                * (Math.max(0f, celsius - rules.burnAbove) + Math.max(0f, def.frostbiteBelow - celsius));
        if (burn > 0f && !spared) {
            // A blow this tick keeps its cause: the burn under it is not what the HUD, the ledger or a loss names.
            if (!damage.any()) {
                damage.cause = celsius > 0f ? "heat" : "liquid nitrogen";
            }
            damage.bodyPoints += burn;
        }
        if (Mappers.PERSON.has(entity)) {
            person(entity, health, damage);
        } else if (rules.atZero == CharacterDef.AtZero.REBOOT) {
            integrity(entity, health, damage);
        } else {
            hurt(entity, health, damage, damage.legPoints + damage.bodyPoints);
            if (health.health <= 0f) {
                health.dead = true;
                String why = Titles.capital(rules.title) + " is down (" + damage.cause + ")";
                down(entity, damage.cause, why);
            }
        }
        damage.clear();
        if (health.downTicks > 0 && !health.restrained) {
            // Knocked down, it gets up after a while, unless it was disarmed as it lay.
            health.downTicks--;
        }
        float frost = Mappers.HEAT.get(entity).onFrost ? def.frostSpeed : 1f;
        float limp = Mappers.LIMP.has(entity) ? def.limpSpeed : 1f;
        float gas = character.gassedTicks > 0 ? def.gasSpeed : 1f;
        character.speedScale = health.out() ? 0f : (celsius > rules.hotAbove ? def.hotSpeed : 1f) * frost * limp * gas;
    }

    /** The assist spares the controlled character and whoever is on its side (its escorts), not bystanders. */
    private boolean spared(Entity entity) {
        for (int i = 0; i < controlled.size(); i++) {
            Entity player = controlled.get(i);
            if (player == entity || Sides.allied(player, entity)) {
                return true;
            }
        }
        return false;
    }

    private void integrity(Entity entity, HealthComponent health, DamageComponent damage) {
        if (health.shutdownTicks > 0) {
            if (--health.shutdownTicks == 0) {
                health.health = health.max * Mappers.CHARACTER.get(entity).def.shutdown.health;
                events.event(EventType.T800_REBOOT).who(Mappers.IDENTITY.get(entity)).amount(health.fraction())
                        .text("emergency power reroute, integrity ").text(Math.round(health.fraction() * 100f)).text("%").emit();
            }
            return;
        }
        hurt(entity, health, damage, damage.legPoints + damage.bodyPoints);
        if (health.health > 0f) {
            return;
        }
        health.health = 0f;
        health.shutdowns++;
        events.event(EventType.T800_SHUTDOWN).who(Mappers.IDENTITY.get(entity)).what(damage.cause).amount(health.shutdowns)
                .text("integrity 0 (").text(damage.cause).text("), shutdown ").text(health.shutdowns).emit();
        if (health.shutdowns == 1) {
            health.shutdownTicks = Math.max(1, Math.round(Mappers.CHARACTER.get(entity).def.shutdown.seconds
                    * Simulation.TICKS_PER_SECOND));
        } else {
            health.dead = true;
            // What did it (as "John is down (blade)"): the game-over page's tip is chosen by it (a press's death read a
            // tip about the T-1000's blade).
            String why = Mappers.CHARACTER.get(entity).def.title + " shut down a second time"
                    + (damage.cause.isEmpty() ? "" : " (" + damage.cause + ")");
            down(entity, damage.cause, why);
        }
    }

    /** A person: legs and knock-downs put them down; anything else takes health, and can kill. */
    private void person(Entity entity, HealthComponent health, DamageComponent damage) {
        float push = Math.abs(damage.impulseX) + Math.abs(damage.impulseY);
        if ((damage.legPoints > 0f || push >= def.knockDownImpulse) && health.downTicks == 0) {
            health.downTicks = def.downTicks;
            events.event(EventType.PERSON_DOWN).who(Mappers.IDENTITY.get(entity)).what(damage.cause)
                    .detail(damage.legPoints > 0f ? "hit in the legs" : "knocked over").emit();
        }
        if (damage.bodyPoints <= 0f) {
            return;
        }
        // A shot or blast that can kill (not the legs, not the T-1000's blade, not the heat): the escort objects.
        boolean gunfire = damage.pelletHits > 0 || "blast".equals(damage.cause);
        Entity protester = gunfire && protestCooldown == 0 ? escortUp() : null;
        if (protester != null) {
            protestCooldown = def.protestTicks;
            events.event(EventType.JOHN_PROTEST).who(Mappers.IDENTITY.get(protester)).whom(Mappers.IDENTITY.get(entity))
                    .detail(protestLines.isEmpty() ? "" : protestLines.get(protests++ % protestLines.size)).emit();
        }
        hurt(entity, health, damage, damage.bodyPoints);
        if (health.health <= 0f) {
            health.dead = true;
            PersonComponent person = Mappers.PERSON.get(entity);
            run.casualties.add(new Casualty(run.tick, name(entity), person.role, damage.cause));
            events.count("casualties", 1);
            events.event(EventType.CASUALTY).who(Mappers.IDENTITY.get(entity)).what(damage.cause)
                    .detail(person.role + " killed by " + damage.cause).emit();
        }
    }

    private void hurt(Entity entity, HealthComponent health, DamageComponent damage, float points) {
        if (points <= 0f) {
            return;
        }
        boolean wasWhole = health.health >= health.max;
        health.health -= points;
        // Slow harm (heat, cold) is reported as it starts on a whole body, not every tick; every blow is reported.
        if (wasWhole || damage.pelletHits > 0 || !slowHarm(damage.cause)) {
            events.event(EventType.HURT).who(Mappers.IDENTITY.get(entity)).what(damage.cause).amount(points)
                    .text(damage.cause).text(", ").text(Math.round(Math.max(0f, health.health))).text(" left").emit();
        }
    }

    /** Heat and cold burn a little every tick they last. */
    private static boolean slowHarm(String cause) {
        return "heat".equals(cause) || "liquid nitrogen".equals(cause);
    }

    /** Someone is down for good: the objective system reads it (the words are the game-over reason). */
    private void down(Entity entity, String cause, String why) {
        IdentityComponent who = Mappers.IDENTITY.get(entity);
        events.event(EventType.CHARACTER_DOWN).who(who.id, who.name).what(cause).detail(why).emit();
    }

    /** The first escort still standing, or null. */
    private Entity escortUp() {
        for (int i = 0; i < escorts.size(); i++) {
            if (!Mappers.HEALTH.get(escorts.get(i)).out()) {
                return escorts.get(i);
            }
        }
        return null;
    }

    private static String name(Entity entity) {
        return Mappers.IDENTITY.get(entity).name;
    }
}
