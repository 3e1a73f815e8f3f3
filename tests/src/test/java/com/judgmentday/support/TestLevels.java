package com.judgmentday.support;

import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SolidDef;
import com.judgmentday.level.SpawnDef;

/** Small levels made in code for integration tests: {@code TestLevels.flat(40).crate(10, 1).build()}. */
public final class TestLevels {
    private final LevelDef level = new LevelDef();
    private int nextId = 1;

    private TestLevels(float width) {
        level.id = "test-flat";
        level.source = "test-flat (made in code)";
        level.title = "Test";
        level.width = width;
        level.height = 20f;
        SolidDef ground = new SolidDef();
        ground.objectId = nextId++;
        ground.vertices = new float[] {0f, 0f, width, 0f, width, 1f, 0f, 1f};
        ground.closed = true;
        ground.box = true;
        level.solids.add(ground);
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
        person.behaviour = "idle";
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
        level.elevators.add(lift);
        return this;
    }

    /** Flat ground made of a given material (for the T-1000's pattern tell). */
    public TestLevels groundMaterial(String material) {
        level.solids.first().material = material;
        return this;
    }

    /** A 1 m crate standing on the ground with its left side at x. */
    public TestLevels crate(float x) {
        level.crates.add(area("crate#" + nextId, x, 1f, 1f, 1f));
        return this;
    }

    public TestLevels exit(float x, float width) {
        level.exits.add(area("exit", x, 1f, width, 3f));
        return this;
    }

    public LevelDef build() {
        return level;
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
