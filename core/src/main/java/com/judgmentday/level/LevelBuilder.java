package com.judgmentday.level;

import com.judgmentday.content.Lines;
import com.judgmentday.physics.Units;

import java.util.Locale;
import java.util.Set;

/** Turns a validated map into the plain level data the simulation builds from, in metres with y up. */
final class LevelBuilder {
    private LevelBuilder() {
    }

    /** The whole level, its beats' lines from {@code lines}. */
    static LevelDef build(TmxDocument document, Lines lines) {
        LevelDef level = build(document, Set.of());
        StageReader.build(document, lines, level);
        for (HazardDef hazard : level.hazards) {
            // An overflow a beat starts waits for it.
            hazard.spillsAtStart &= !level.heldBack.contains(hazard.objectId);
        }
        return level;
    }

    /**
     * The level with only the objects of the given types (none given: all), so the validator can build the
     * ground it searches from a map whose other objects still have mistakes.
     */
    static LevelDef build(TmxDocument document, Set<String> only) {
        LevelDef level = new LevelDef();
        level.id = document.id;
        level.source = document.file;
        level.document = document;
        level.width = document.widthMetres();
        level.height = document.heightMetres();
        String title = document.properties.get("title", "");
        level.title = title.isBlank() ? document.id : title;
        level.briefing = document.properties.get("briefing", "").trim();
        String backdrop = document.properties.get("backdrop", "city").trim();
        level.backdrop = backdrop.equals("none") ? "" : backdrop;
        String loadout = document.properties.get("loadout", "").trim();
        level.loadout = loadout.isEmpty() ? null : loadout.split("\\s*,\\s*");
        for (MapObject object : document.objects) {
            if (!only.isEmpty() && !only.contains(object.type)) {
                continue;
            }
            switch (object.type) {
                case "solid":
                    SolidDef ground = solid(document, object);
                    ground.material = object.properties.get("material", "earth");
                    level.solids.add(ground);
                    break;
                case "ladder":
                    level.ladders.add(area(document, object, object.properties.get("kind", "ladder") + "#" + object.id));
                    break;
                case "elevator":
                    level.elevators.add(elevator(document, object));
                    break;
                case "npc":
                    level.people.add(person(document, object));
                    break;
                case "door":
                    SolidDef door = solid(document, object);
                    door.door = true;
                    door.material = "wood";
                    level.solids.add(door);
                    break;
                case "bars":
                    SolidDef bars = solid(document, object);
                    bars.bars = true;
                    level.solids.add(bars);
                    break;
                case "player-spawn": {
                    SpawnDef player = spawn(document, object, SpawnDef.Kind.PLAYER,
                            object.properties.get("character", "t800").toLowerCase(Locale.ROOT));
                    player.facing = "left".equals(object.properties.get("facing", "right")) ? -1 : 1;
                    level.spawns.add(player);
                    break;
                }
                case "john-spawn":
                    level.spawns.add(spawn(document, object, SpawnDef.Kind.JOHN, "john"));
                    break;
                case "t1000-spawn":
                    SpawnDef t1000 = spawn(document, object, SpawnDef.Kind.T1000, "t1000");
                    t1000.look = object.properties.get("disguise", "police");
                    t1000.delay = Float.parseFloat(object.properties.get("delay", "0"));
                    level.spawns.add(t1000);
                    break;
                case "crate":
                    level.crates.add(area(document, object, "crate#" + object.id));
                    break;
                case "exit": {
                    AreaDef exit = area(document, object, object.name.isEmpty() ? "exit" : object.name);
                    exit.next = object.properties.get("next", "").trim();
                    exit.opensWhenPursuerGone = "t1000-gone".equals(object.properties.get("opens", "always"));
                    level.exits.add(exit);
                    break;
                }
                case "molten-steel":
                    level.hazards.add(molten(document, object));
                    break;
                case "fire":
                    level.hazards.add(fire(document, object));
                    break;
                case "nitrogen-source":
                    level.hazards.add(nitrogen(document, object));
                    break;
                case "pickup":
                    level.pickups.add(pickup(document, object));
                    break;
                case "camera-zone": {
                    AreaDef zone = area(document, object, object.name.isEmpty() ? "camera-zone#" + object.id : object.name);
                    zone.zoom = Float.parseFloat(object.properties.get("zoom", "1"));
                    level.cameraZones.add(zone);
                    break;
                }
                case "checkpoint":
                    level.checkpoints.add(area(document, object, object.name));
                    break;
                default:
                    break;
            }
        }
        return level;
    }

    private static ElevatorDef elevator(TmxDocument document, MapObject object) {
        ElevatorDef elevator = new ElevatorDef();
        elevator.objectId = object.id;
        elevator.name = object.name.isEmpty() ? "elevator#" + object.id : object.name;
        float[] b = document.bounds(object);
        elevator.width = b[2] - b[0];
        elevator.height = b[3] - b[1];
        MapObject path = document.object(Integer.parseInt(object.properties.get("path").trim()));
        elevator.path = document.outline(path);
        float bestDistance = Float.MAX_VALUE;
        for (int i = 0; i < elevator.path.length / 2; i++) {
            float d = Math.abs(elevator.path[i * 2] - (b[0] + b[2]) / 2f) + Math.abs(elevator.path[i * 2 + 1] - b[1]);
            if (d < bestDistance) {
                bestDistance = d;
                elevator.start = i;
            }
        }
        elevator.speed = Float.parseFloat(object.properties.get("speed", "1.5"));
        elevator.moving = Boolean.parseBoolean(object.properties.get("moving", "false"));
        return elevator;
    }

    private static HazardDef molten(TmxDocument document, MapObject object) {
        float[] b = document.bounds(object);
        HazardDef hazard = hazard(object, HazardDef.Kind.MOLTEN, "molten-steel");
        hazard.x = b[0];
        hazard.y = b[1];
        hazard.width = b[2] - b[0];
        hazard.height = b[3] - b[1];
        hazard.celsius = Float.parseFloat(object.properties.get("temperature", "1500"));
        if ("overflow".equals(object.properties.get("kind", "pool"))) {
            // An overflow pours from its area's bottom centre and runs along the floor while it lasts.
            hazard.x = (b[0] + b[2]) / 2f;
            hazard.width = 0f;
            hazard.height = 0f;
            hazard.litres = Float.parseFloat(object.properties.get("volume", "300"));
            hazard.spillsAtStart = true;
        }
        return hazard;
    }

    private static HazardDef fire(TmxDocument document, MapObject object) {
        float[] b = document.bounds(object);
        HazardDef hazard = hazard(object, HazardDef.Kind.FIRE, "fire");
        hazard.x = b[0];
        hazard.y = b[1];
        hazard.width = b[2] - b[0];
        hazard.height = b[3] - b[1];
        hazard.celsius = Float.parseFloat(object.properties.get("temperature", "800"));
        return hazard;
    }

    /** A nitrogen source spills from its point, or from a tank's bottom centre. */
    private static HazardDef nitrogen(TmxDocument document, MapObject object) {
        float[] b = document.bounds(object);
        HazardDef hazard = hazard(object, HazardDef.Kind.NITROGEN, "nitrogen");
        hazard.x = (b[0] + b[2]) / 2f;
        hazard.y = b[1];
        hazard.litres = Float.parseFloat(object.properties.get("volume", "2000"));
        hazard.spillsAtStart = "pipe".equals(object.properties.get("kind", "tank"));
        hazard.ruptureImpulse = Float.parseFloat(object.properties.get("ruptureImpulse", "200"));
        hazard.tankWidth = b[2] - b[0];
        hazard.tankHeight = b[3] - b[1];
        return hazard;
    }

    private static PickupDef pickup(TmxDocument document, MapObject object) {
        PickupDef pickup = new PickupDef();
        pickup.objectId = object.id;
        pickup.item = object.properties.get("item", "ammo");
        pickup.amount = Integer.parseInt(object.properties.get("amount", "1").trim());
        float[] b = document.bounds(object);
        // A point pickup is a small box standing on the point.
        float width = Math.max(b[2] - b[0], PickupDef.POINT_SIZE);
        float height = Math.max(b[3] - b[1], PickupDef.POINT_SIZE);
        pickup.x = (b[0] + b[2]) / 2f - width / 2f;
        pickup.y = b[1];
        pickup.width = width;
        pickup.height = height;
        return pickup;
    }

    private static HazardDef hazard(MapObject object, HazardDef.Kind kind, String fallbackName) {
        HazardDef hazard = new HazardDef();
        hazard.objectId = object.id;
        hazard.kind = kind;
        hazard.name = object.name.isEmpty() ? fallbackName + "#" + object.id : object.name;
        return hazard;
    }

    private static PersonDef person(TmxDocument document, MapObject object) {
        PersonDef person = new PersonDef();
        person.objectId = object.id;
        person.role = object.properties.get("role", "civilian");
        person.behaviour = object.properties.get("behaviour", "idle");
        person.line = object.properties.get("line", "");
        person.x = Units.metres(object.x + object.width / 2f);
        person.y = document.metresY(object.y + object.height);
        return person;
    }

    private static SolidDef solid(TmxDocument document, MapObject object) {
        SolidDef solid = new SolidDef();
        solid.objectId = object.id;
        solid.vertices = document.outline(object);
        solid.closed = object.shape != ObjectShape.POLYLINE;
        solid.box = object.shape == ObjectShape.RECTANGLE;
        return solid;
    }

    private static SpawnDef spawn(TmxDocument document, MapObject object, SpawnDef.Kind kind, String character) {
        SpawnDef spawn = new SpawnDef();
        spawn.objectId = object.id;
        spawn.kind = kind;
        spawn.character = character;
        // A point stands for the feet; a rectangle's feet are at its bottom centre.
        spawn.x = Units.metres(object.x + object.width / 2f);
        spawn.y = document.metresY(object.y + object.height);
        return spawn;
    }

    private static AreaDef area(TmxDocument document, MapObject object, String name) {
        float[] b = document.bounds(object);
        AreaDef area = new AreaDef();
        area.objectId = object.id;
        area.name = name;
        area.x = b[0];
        area.y = b[1];
        area.width = b[2] - b[0];
        area.height = b[3] - b[1];
        return area;
    }
}
