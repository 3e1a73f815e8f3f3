package com.judgmentday.stage;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.HungComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.LoadComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.PoseComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.VolleyComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WinchComponent;
import com.judgmentday.content.FollowDef;
import com.judgmentday.content.MaterialDef;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.PersonDef;
import com.judgmentday.level.PickupDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.sim.EntityFactory;
import com.judgmentday.sim.Simulation;
import com.judgmentday.systems.Arms;
import com.judgmentday.systems.DoorSystem;

import java.util.function.Consumer;

/** What each step of a beat does to the simulation when it begins; every effect also leaves an event. */
public final class StepActions {
    /** Controls held back as a beat hands the player another character, ticks (0.75 s). */
    static final int HANDOVER_TICKS = 45;

    private final Stage stage;
    private final Engine engine;
    private final EntityFactory factory;
    private final MaterialDef material;
    /** Hands the player's control to a character ({@code Simulation.control}). */
    private final Consumer<Entity> control;
    private final EscortOrders orders;

    public StepActions(Stage stage, Engine engine, EntityFactory factory, MaterialDef material, FollowDef follow,
                       Consumer<Entity> control) {
        this.stage = stage;
        this.orders = new EscortOrders(stage, follow);
        this.control = control;
        this.engine = engine;
        this.factory = factory;
        this.material = material;
    }

    void begin(StepDef step) {
        StageState state = stage.state;
        Entity target = stage.target(step);
        switch (step.kind) {
            case SAY:
                stage.events.event(EventType.LINE_SAID).who(GameEvent.NOBODY, step.speaker).what(step.word)
                        .amount(step.ticks / (float) Simulation.TICKS_PER_SECOND).detail(step.text).emit();
                break;
            case CAMERA:
                frame(step, target);
                break;
            case LOCK:
                state.lockTicks = Math.max(state.lockTicks, state.skipping ? 0 : step.ticks);
                stage.events.event(EventType.CONTROLS_LOCKED).amount(step.ticks / (float) Simulation.TICKS_PER_SECOND).emit();
                break;
            case UNLOCK:
                state.lockTicks = 0;
                stage.events.event(EventType.CONTROLS_UNLOCKED).detail("a beat gave them back").emit();
                break;
            case SPAWN:
                spawn(step);
                break;
            case REMOVE:
                if (target != null) {
                    stage.events.event(EventType.ENTITY_REMOVED).who(id(target), name(target)).emit();
                    stage.objects.remove(step.target);
                    engine.removeEntity(target);
                }
                break;
            case OPEN: case CLOSE:
                door(step, target);
                break;
            case CONTROL:
                if (target != null && !Mappers.CONTROL.has(target)) {
                    control.accept(target);
                    stage.handedOver(target);
                    // A moment to see whom they play now before the keys still held move them (a player handed Sarah
                    // mid-run walked her into the pool).
                    if (!state.skipping && state.lockTicks < HANDOVER_TICKS) {
                        state.lockTicks = HANDOVER_TICKS;
                        stage.events.event(EventType.CONTROLS_LOCKED).amount(HANDOVER_TICKS / (float) Simulation.TICKS_PER_SECOND)
                                .detail("handed over").emit();
                    }
                }
                break;
            case OBJECTIVE:
                for (int i = 0; i < stage.objectives.size; i++) {
                    state.shown[i] |= stage.objectives.get(i).id.equals(step.word);
                }
                break;
            case CHECKPOINT: {
                // Who is played as the step runs: a hand-over later in the same tick is not the checkpoint's (G22).
                Entity played = stage.role("controlled");
                stage.events.event(EventType.CHECKPOINT_REACHED).who(GameEvent.NOBODY, step.word).what(step.word)
                        .whom(played == null ? null : Mappers.IDENTITY.get(played)).detail("set by a beat").emit();
                break;
            }
            case MUSIC:
                stage.events.event(EventType.MUSIC_CUE).what(step.word).emit();
                break;
            case IMPULSE:
                if (target != null && Mappers.BODY.has(target)) {
                    Body body = Mappers.BODY.get(target).body;
                    body.applyLinearImpulse(step.x, step.y, body.getWorldCenter().x, body.getWorldCenter().y, true);
                }
                break;
            case EXPOSE: case MEND: case BRACE: case ALARM: case FREEZE:
                StateSteps.apply(step, target, cast(step.role), stage.role("controlled"), material);
                break;
            case FLING: {
                Entity flung = cast(step.role);
                if (StateSteps.fling(flung, t1000(), step.x)) {
                    stage.events.event(EventType.CHARACTER_FLUNG).who(id(flung), name(flung)).amount(step.x).emit();
                }
                break;
            }
            case OVERFLOW: case RUPTURE: {
                HazardComponent hazard = target == null ? null : Mappers.HAZARD.get(target);
                if (hazard != null && step.kind == StepKind.OVERFLOW) {
                    hazard.spilling = true;
                } else if (hazard != null && hazard.intactTank()) {
                    // The tank ruptures as from a blow at its threshold, on the next tick's heat pass.
                    hazard.struckImpulse = Math.max(hazard.struckImpulse, hazard.ruptureImpulse);
                }
                break;
            }
            case DROP: {
                // The load system cuts its chain on the next tick, as it would a shot one.
                LoadComponent load = target == null ? null : Mappers.LOAD.get(target);
                if (load != null) {
                    load.release = true;
                }
                break;
            }
            case CATCH: {
                Entity character = cast(step.role);
                Entity machine = stage.objects.get(step.target);
                if (character != null && machine != null) {
                    Arms.catchArm(character, Mappers.IDENTITY.get(machine).name, stage.events);
                }
                break;
            }
            case SHUTDOWN:
                shutdown(cast(step.role), step.text);
                break;
            case HANG: {
                Entity character = cast(step.role);
                Entity load = stage.objects.get(step.target);
                if (character != null && load != null && Mappers.LOAD.has(load) && Mappers.BODY.has(load)
                        && Mappers.BODY.has(character) && !Mappers.HUNG.has(character)) {
                    HungComponent hung = new HungComponent();
                    hung.load = load;
                    character.add(hung);
                }
                break;
            }
            case HIDE: case CALL: case FOLLOW: case STAY:
                orders.begin(step, cast(step.role));
                break;
            case CUT:
                cut(step.target);
                break;
            case VOLLEY:
                volley(cast(step.role), step.target != 0 ? target : cast(step.text), step.count);
                break;
            case HOLD: {
                Entity held = cast(step.role);
                if (held != null && Mappers.CHARACTER.has(held)) {
                    CharacterComponent body = Mappers.CHARACTER.get(held);
                    body.heldTicks = Math.max(body.heldTicks, step.ticks);
                    stage.events.event(EventType.CHARACTER_HELD).who(id(held), name(held))
                            .amount(step.ticks / (float) Simulation.TICKS_PER_SECOND).emit();
                }
                break;
            }
            case DISGUISE:
                pose(t1000(), cast(step.role), step);
                break;
            case RIDE:
                Rides.mount(stage, cast(step.role), step.target);
                break;
            default:
                break;
        }
    }

    /** Puts a character that shuts down at zero there at once; the health system shuts it down this tick's end. */
    private static void shutdown(Entity character, String cause) {
        HealthComponent health = character == null ? null : Mappers.HEALTH.get(character);
        if (health == null || health.out() || Mappers.CHARACTER.get(character).def.shutdown == null) {
            return;
        }
        health.health = 0f;
        Mappers.DAMAGE.get(character).cause = cause;
    }

    /** The T-1000, even one a spawn step of this tick brought in (the engine adds it after the tick). */
    /**
     * Stops a running beat where it is (the scene it played is overtaken: the fake shown up while the two Sarahs still
     * call): its remaining steps never begin, and it counts as finished.
     */
    private void cut(int beatObject) {
        StageState state = stage.state;
        for (int i = 0; i < stage.level.beats.size; i++) {
            BeatDef beat = stage.level.beats.get(i);
            if (beat.objectId == beatObject && state.step[i] != StageState.NONE) {
                state.step[i] = StageState.NONE;
                state.left[i] = StageState.NONE;
                state.finished[i]++;
                stage.events.event(EventType.BEAT_FINISHED).what(beat.name).detail(beat.name + " (cut)").emit();
            }
        }
    }

    /**
     * Sets a character the player does not control firing at the mark, with the weapons its tuning gives it if it
     * carried none (VolleySystem pulls the trigger).
     */
    private void volley(Entity shooter, Entity mark, int shots) {
        HealthComponent health = shooter == null ? null : Mappers.HEALTH.get(shooter);
        if (shooter == null || mark == null || Mappers.CONTROL.has(shooter) || !Mappers.CHARACTER.has(shooter)
                || health != null && health.out()) {
            return;
        }
        WeaponComponent weapon = Mappers.WEAPON.get(shooter);
        if (weapon == null) {
            weapon = factory.loadout(Mappers.CHARACTER.get(shooter).def.loadout);
            shooter.add(weapon);
        }
        VolleyComponent volley = new VolleyComponent();
        volley.mark = mark;
        volley.shots = shots;
        volley.fired = weapon.shots;
        shooter.add(volley);
        stage.events.event(EventType.VOLLEY_STARTED).who(Mappers.IDENTITY.get(shooter)).whom(Mappers.IDENTITY.get(mark))
                .amount(shots).emit();
    }

    /** The entity a role names, counting a T-1000 a spawn step brought in earlier this tick. */
    private Entity cast(String role) {
        return "t1000".equals(role) ? t1000() : stage.role(role);
    }

    private Entity t1000() {
        Entity t1000 = stage.role("t1000");
        SpawnDef spawn = stage.level.spawn(SpawnDef.Kind.T1000);
        return t1000 != null || spawn == null ? t1000 : stage.objects.get(spawn.objectId);
    }

    /**
     * The T-1000 takes a character's look (their sprite, added to the looks it has sampled, so it thrashes through it
     * as it melts) and stands still in it, its feet fused into the floor; its brain ends the pose (PoseComponent).
     */
    private void pose(Entity t1000, Entity character, StepDef step) {
        if (t1000 == null || character == null || !Mappers.APPEARANCE.has(t1000)) {
            return;
        }
        AppearanceComponent looks = Mappers.APPEARANCE.get(t1000);
        looks.look = Mappers.CHARACTER.get(character).def.sprite;
        looks.disguised = true;
        if (!looks.sampled.contains(looks.look, false)) {
            looks.sampled.add(looks.look);
            looks.lines.add("");
        }
        PoseComponent pose = Mappers.POSE.get(t1000);
        if (pose == null) {
            pose = new PoseComponent();
            t1000.add(pose);
        }
        pose.ticks = step.ticks;
        pose.as = step.role;
        pose.fusedTo = Mappers.CHARACTER.get(t1000).groundMaterial;
        pose.holes = Mappers.LIQUID.get(t1000).holes;
        stage.events.event(EventType.T1000_POSING).who(Mappers.IDENTITY.get(t1000)).whom(Mappers.IDENTITY.get(character))
                .what(looks.look).amount(step.ticks / (float) Simulation.TICKS_PER_SECOND)
                .detail("poses as " + Mappers.IDENTITY.get(character).name).emit();
    }

    /** A skipped beat's end state: the camera back on the player and the controls given back. */
    void release() {
        stage.state.cameraTicks = 0;
        if (stage.state.lockTicks > 0) {
            stage.state.lockTicks = 0;
            stage.events.event(EventType.CONTROLS_UNLOCKED).detail("the beat was skipped").emit();
        }
    }

    private void frame(StepDef step, Entity target) {
        StageState state = stage.state;
        state.cameraZoom = step.zoom;
        state.cameraTicks = state.skipping ? 0 : step.ticks;
        state.cameraEntity = target == null ? StageState.NONE : id(target);
        if (target != null && Mappers.TRANSFORM.has(target)) {
            TransformComponent at = Mappers.TRANSFORM.get(target);
            state.cameraX = at.x;
            state.cameraY = at.y;
        } else if (step.target != 0) {
            // An object that is not an entity (a beat, a spawn point): its place on the map.
            float[] b = stage.level.document.bounds(stage.level.document.object(step.target));
            state.cameraX = (b[0] + b[2]) / 2f;
            state.cameraY = (b[1] + b[3]) / 2f;
        }
        stage.events.event(EventType.CAMERA_FRAMED).who(state.cameraEntity, target == null ? "level" : name(target))
                .amount(step.zoom).at(state.cameraX, state.cameraY).emit();
    }

    private void spawn(StepDef step) {
        if (stage.objects.containsKey(step.target)) {
            return;
        }
        Entity made = null;
        for (PersonDef person : stage.level.people) {
            made = person.objectId == step.target ? factory.person(person) : made;
        }
        for (PickupDef pickup : stage.level.pickups) {
            made = pickup.objectId == step.target ? factory.pickup(pickup) : made;
        }
        for (AreaDef crate : stage.level.crates) {
            made = crate.objectId == step.target ? factory.crate(crate) : made;
        }
        SpawnDef t1000 = stage.level.spawn(SpawnDef.Kind.T1000);
        if (made == null && t1000 != null && t1000.objectId == step.target) {
            Entity john = stage.role("john");
            SpawnDef at = step.place == 0 ? t1000 : placed(t1000, step.place);
            made = factory.t1000(at, t1000.look, john != null ? john : stage.role("controlled"));
            // A T-1000 removed and brought in again (the Galleria's cop) was due only once.
            stage.run.pursuersDue = Math.max(0, stage.run.pursuersDue - 1);
            stage.events.event(EventType.T1000_ARRIVED).who(Mappers.IDENTITY.get(made)).what(t1000.look).at(at.x, at.y)
                    .detail(t1000.look).emit();
        }
        if (made != null) {
            stage.objects.put(step.target, made);
            stage.events.event(EventType.ENTITY_SPAWNED).who(id(made), name(made)).emit();
        }
    }

    /** The spawn as it would be standing at a place of the map (an area's bottom middle, or a point). */
    private SpawnDef placed(SpawnDef spawn, int place) {
        float[] b = stage.level.document.bounds(stage.level.document.object(place));
        SpawnDef at = spawn.copy();
        at.x = (b[0] + b[2]) / 2f;
        at.y = b[1];
        return at;
    }

    private void door(StepDef step, Entity door) {
        WinchComponent winch = door == null ? null : Mappers.WINCH.get(door);
        if (winch != null) {
            // A winch is unlocked (open) or locked (close): it turns only when open.
            winch.locked = step.kind == StepKind.CLOSE;
            return;
        }
        if (door == null || !Mappers.DOOR.has(door)) {
            return;
        }
        DoorSystem doors = engine.getSystem(DoorSystem.class);
        if (step.kind == StepKind.OPEN) {
            doors.open(door, "a beat");
        } else {
            doors.close(door, "a beat");
        }
    }

    private static int id(Entity entity) {
        return Mappers.IDENTITY.get(entity).id;
    }

    private static String name(Entity entity) {
        IdentityComponent identity = Mappers.IDENTITY.get(entity);
        return identity == null ? "" : identity.name;
    }
}
