package com.judgmentday.support;

import com.judgmentday.level.AreaDef;
import com.judgmentday.level.ElevatorDef;
import com.judgmentday.level.HazardDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SolidDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.objects.ObjectTypes;

/** Small levels made in code for integration tests: {@code TestLevels.flat(40).crate(10, 1).build()}. */
public final class TestLevels {
    /** Objects are placed through their types, as the level builder places them, so the population step sees them. */
    private final ObjectTypes types = ObjectTypes.standard();
    private final LevelDef level = new LevelDef();
    private int nextId = 1;

    private TestLevels(float width) {
        level.id = "test-flat";
        level.source = "test-flat (made in code)";
        level.title = "Test";
        level.width = width;
        level.height = 20f;
        com.judgmentday.content.Lines lines = com.judgmentday.content.Lines.standard();
        level.protests.addAll(lines.numbered(com.judgmentday.content.Lines.PROTESTS));
        level.thrownProtest = lines.words(com.judgmentday.content.Lines.THROWN);
        box(0f, 0f, width, 1f);
    }

    /** Flat ground 1 m thick (its top at y = 1), the player at x = 2. */
    public static TestLevels flat(float width) {
        return new TestLevels(width).player(2f);
    }

    public TestLevels player(float x) {
        level.spawns.removeValue(level.spawn(SpawnDef.Kind.PLAYER), true);
        level.spawns.add(spawn(SpawnDef.Kind.PLAYER, "t800", x));
        return this;
    }

    /** The player plays this character (a tuning name: "sarah") instead of the T-800. */
    public TestLevels playerAs(String character) {
        level.spawn(SpawnDef.Kind.PLAYER).character = character;
        return this;
    }

    public TestLevels john(float x) {
        level.spawns.add(spawn(SpawnDef.Kind.JOHN, "john", x));
        return this;
    }

    /** The T-1000, arriving as a police officer. */
    public TestLevels t1000(float x) {
        SpawnDef spawn = spawn(SpawnDef.Kind.T1000, "t1000", x);
        spawn.look = "police";
        level.spawns.add(spawn);
        return this;
    }

    /** A person standing at x. */
    public TestLevels person(float x, String role) {
        com.judgmentday.level.PersonDef person = new com.judgmentday.level.PersonDef();
        person.objectId = nextId++;
        person.role = role;
        person.line = "";
        person.x = x;
        person.y = 1f;
        level.people.add(person);
        return this;
    }

    /** A 2 m wide, 0.1 m thick lift car running between two heights at x (its bottom centre), 2 m/s. */
    public TestLevels elevator(float x, float bottom, float top, boolean moving) {
        com.judgmentday.level.ElevatorDef lift = new com.judgmentday.level.ElevatorDef();
        lift.objectId = nextId++;
        lift.name = "lift";
        lift.width = 2f;
        lift.height = 0.1f;
        lift.path = new float[] {x, bottom, x, top};
        lift.start = 0;
        lift.speed = 2f;
        lift.moving = moving;
        types.<ElevatorDef>named("elevator").place(lift, level);
        return this;
    }

    /** Flat ground made of a given material (for the T-1000's pattern tell). */
    public TestLevels groundMaterial(String material) {
        level.solids.first().material = material;
        return this;
    }

    /** The level's height (20 m unless told), metres. */
    public TestLevels height(float metres) {
        level.height = metres;
        return this;
    }

    /** A solid box from (x0, y0) to (x1, y1), metres. */
    public TestLevels solid(float x0, float y0, float x1, float y1) {
        box(x0, y0, x1, y1);
        return this;
    }

    /** A ladder from (x, y), w x h metres. */
    public TestLevels ladder(float x, float y, float w, float h) {
        types.<AreaDef>named("ladder").place(area("ladder#" + nextId, x, y, w, h), level);
        return this;
    }

    /** A 1 m crate standing on the ground with its left side at x. */
    public TestLevels crate(float x) {
        types.<AreaDef>named("crate").place(area("crate#" + nextId, x, 1f, 1f, 1f), level);
        return this;
    }

    public TestLevels exit(float x, float width) {
        types.<AreaDef>named("exit").place(area("exit", x, 1f, width, 3f), level);
        return this;
    }

    /** A 1 m wide wall from the ground up, its left side at x. */
    public TestLevels wall(float x) {
        box(x, 1f, x + 1f, 6f);
        return this;
    }

    /** A pool of molten steel 0.3 m deep on the ground from x, width wide. */
    public TestLevels molten(float x, float width) {
        hazard(HazardDef.Kind.MOLTEN, "molten", x, width, 0.3f, 1500f);
        return this;
    }

    /** Molten steel pouring out at x onto the ground from the start, running along it until it sets. */
    public TestLevels moltenOverflow(float x, float litres) {
        HazardDef overflow = hazard(HazardDef.Kind.MOLTEN, "overflow", x, 0f, 0f, 1500f);
        overflow.litres = litres;
        overflow.spillsAtStart = true;
        return this;
    }

    /** Flames 1.5 m high on the ground from x, width wide. */
    public TestLevels fire(float x, float width) {
        hazard(HazardDef.Kind.FIRE, "fire", x, width, 1.5f, 800f);
        return this;
    }

    /** A vat: molten steel between two 4 m walls too high to jump, from x, width wide. */
    public TestLevels vat(float x, float width) {
        molten(x, width);
        box(x - 0.5f, 1f, x, 5f);
        box(x + width, 1f, x + width + 0.5f, 5f);
        return this;
    }

    /** A pipe 2 m above the ground at x that spills this many litres of liquid nitrogen from the start. */
    public TestLevels nitrogenPipe(float x, float litres) {
        HazardDef pipe = new HazardDef();
        pipe.objectId = nextId++;
        pipe.name = "pipe";
        pipe.kind = HazardDef.Kind.NITROGEN;
        pipe.x = x;
        pipe.y = 3f;
        pipe.litres = litres;
        pipe.spillsAtStart = true;
        types.<HazardDef>named("nitrogen-source").place(pipe, level);
        return this;
    }

    /** A nitrogen tank standing on the ground at x (its centre), 1.5 m wide and 2.5 m tall. */
    public TestLevels nitrogenTank(float x, float litres, float ruptureImpulse) {
        HazardDef tank = hazard(HazardDef.Kind.NITROGEN, "tank", x, 0f, 0f, 0f);
        tank.tankWidth = 1.5f;
        tank.tankHeight = 2.5f;
        tank.litres = litres;
        tank.ruptureImpulse = ruptureImpulse;
        return this;
    }

    /** Something to pick up on the ground at x. */
    public TestLevels pickup(float x, String item, int amount) {
        return pickup(x, item, amount, com.judgmentday.level.PickupDef.IN_HAND);
    }

    /** Ammunition for one weapon ({@code forWeapon}) on the ground at x. */
    public TestLevels pickup(float x, String item, int amount, String forWeapon) {
        com.judgmentday.level.PickupDef pickup = new com.judgmentday.level.PickupDef();
        pickup.forWeapon = forWeapon;
        pickup.objectId = nextId++;
        pickup.item = item;
        pickup.amount = amount;
        pickup.x = x - 0.3f;
        pickup.y = 1f;
        pickup.width = 0.6f;
        pickup.height = 0.6f;
        types.<com.judgmentday.level.PickupDef>named("pickup").place(pickup, level);
        return this;
    }

    /** The weapons the T-800 starts with, in switching order. */
    public TestLevels loadout(String... weapons) {
        level.loadout = weapons;
        return this;
    }

    /** A camera zone from (x, y), w x h metres, at a zoom. */
    public TestLevels cameraZone(float x, float y, float w, float h, float zoom) {
        AreaDef zone = area("camera-zone", x, y, w, h);
        zone.zoom = zoom;
        level.cameraZones.add(zone);
        return this;
    }

    /** A hazard on the ground (y = 1) from x. */
    private HazardDef hazard(HazardDef.Kind kind, String name, float x, float width, float height, float celsius) {
        HazardDef hazard = new HazardDef();
        hazard.objectId = nextId++;
        hazard.name = name;
        hazard.kind = kind;
        hazard.x = x;
        hazard.y = 1f;
        hazard.width = width;
        hazard.height = height;
        hazard.celsius = celsius;
        types.<HazardDef>named(hazard.kind == HazardDef.Kind.MOLTEN ? "molten-steel"
                : hazard.kind == HazardDef.Kind.FIRE ? "fire" : "nitrogen-source").place(hazard, level);
        return hazard;
    }

    public LevelDef build() {
        return level;
    }

    /** A solid box from (x0, y0) to (x1, y1). */
    private void box(float x0, float y0, float x1, float y1) {
        SolidDef solid = new SolidDef();
        solid.objectId = nextId++;
        solid.vertices = new float[] {x0, y0, x1, y0, x1, y1, x0, y1};
        solid.closed = true;
        solid.box = true;
        types.<SolidDef>named("solid").place(solid, level);
    }

    private SpawnDef spawn(SpawnDef.Kind kind, String character, float x) {
        SpawnDef spawn = new SpawnDef();
        spawn.objectId = nextId++;
        spawn.kind = kind;
        spawn.character = character;
        spawn.x = x;
        spawn.y = 1f;
        return spawn;
    }

    private AreaDef area(String name, float x, float y, float w, float h) {
        AreaDef area = new AreaDef();
        area.objectId = nextId++;
        area.name = name;
        area.x = x;
        area.y = y;
        area.width = w;
        area.height = h;
        return area;
    }
}
