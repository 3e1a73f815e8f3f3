package com.judgmentday.ai;

import com.judgmentday.components.RouteComponent;
import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavNode;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On every level, 200 random places: the T-1000 either gets there, or its graph proves there is no way
 * (from where it started, or from where it ended up: a stab's lunge can carry it into a pit). A level
 * without a T-1000 gets one at the player spawn. The target is a marker, not a person. Crates are taken
 * out: the graph treats them as clearable, and a crate shoved onto a target's spot would make it a test
 * of crate pushing.
 */
class RandomTargetsTest {
    private static final int TARGETS = 200;
    /** Within striking distance counts as there (it stops to stab), plus a little, metres. */
    private static final float THERE = TestContent.tuning().pursuit(null).stabRange + 0.2f;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"proving-ground", "galleria", "ai-maze", TestContent.T1000_MAZE,
        "src/test/resources/levels/one-way.tmx"})
    void everyTargetIsReachedOrProvedUnreachable(String id) {
        LevelDef level = LevelCatalog.load(id, TestContent.tuning());
        level.crates.clear();
        for (int i = level.placed.size - 1; i >= 0; i--) {
            if (level.placed.get(i).type.name().equals("crate")) {
                level.placed.removeIndex(i);
            }
        }
        if (level.spawn(SpawnDef.Kind.T1000) != null) {
            // Here from the first tick, whatever the level's pacing (a delay, or a beat that brings it in).
            level.spawn(SpawnDef.Kind.T1000).delay = 0f;
            level.heldBack.remove(level.spawn(SpawnDef.Kind.T1000).objectId);
        } else {
            SpawnDef player = level.spawn(SpawnDef.Kind.PLAYER);
            SpawnDef t1000 = new SpawnDef();
            t1000.kind = SpawnDef.Kind.T1000;
            t1000.character = "t1000";
            t1000.look = "police";
            t1000.x = player.x;
            t1000.y = player.y;
            level.spawns.add(t1000);
        }
        Simulation simulation = new Simulation(level, TestContent.tuning(), 3L);
        // The player stands idle, and a T-800 standing still is a wall to the T-1000 (BodyBlockTest): out of its way.
        Mappers.BODY.get(simulation.controlled()).body.setActive(false);
        // A level may open on someone else played (the Galleria opens on John): whoever the first beat hands the player
        // to stands idle too, and out of its way.
        simulation.step(new ActionSet());
        Mappers.BODY.get(simulation.controlled()).body.setActive(false);
        Entity marker = new Entity();
        TransformComponent where = new TransformComponent();
        marker.add(where);
        simulation.engine().addEntity(marker);
        Entity t1000 = simulation.t1000();
        T1000Component mind = Mappers.T1000.get(t1000);
        mind.target = marker;
        NavGraph graph = simulation.navigation().graph;
        PathPlanner proof = new PathPlanner(graph, 20f);
        Random random = new Random(id.hashCode());
        ActionSet nothing = new ActionSet();
        RouteComponent path = new RouteComponent();
        int reached = 0;
        int unreachable = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < TARGETS; i++) {
            NavNode goal = graph.node(random.nextInt(graph.size()));
            TransformComponent at = Mappers.TRANSFORM.get(t1000);
            float feet = at.y - Mappers.CHARACTER.get(t1000).def.height / 2f;
            int from = graph.nearest(at.x, feet);
            // Long.MAX_VALUE: every ban has run out, so "no way" is the level's, not a give-up's.
            if (!proof.plan(from, goal.index, Long.MAX_VALUE, path)) {
                unreachable++;
                continue;
            }
            where.x = where.prevX = goal.x;
            where.y = where.prevY = goal.y;
            mind.knowsTarget = false;
            Mappers.ROUTE.get(simulation.t1000()).path.clear();
            long limit = simulation.tick() + 60 * 60;
            boolean there = false;
            while (simulation.tick() < limit) {
                simulation.step(nothing);
                at = Mappers.TRANSFORM.get(t1000);
                feet = at.y - Mappers.CHARACTER.get(t1000).def.height / 2f;
                if (Math.abs(at.x - goal.x) < THERE && Math.abs(feet - goal.y) < 1f) {
                    there = true;
                    break;
                }
            }
            if (there) {
                reached++;
            } else if (!proof.plan(graph.nearest(at.x, feet), goal.index, Long.MAX_VALUE, path)) {
                unreachable++;
            } else {
                missed.add(String.format(Locale.ROOT, "(%.2f, %.2f) from (%.2f, %.2f)", goal.x, goal.y, at.x, feet));
            }
        }
        simulation.dispose();
        assertThat(missed).as(id + ": reached " + reached + ", proved unreachable " + unreachable).isEmpty();
        assertThat(reached + unreachable).isEqualTo(TARGETS);
    }
}
