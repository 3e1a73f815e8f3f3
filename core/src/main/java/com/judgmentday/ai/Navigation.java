package com.judgmentday.ai;

import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.PursuitDef;
import com.judgmentday.content.TuningDef;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.PersonDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.stage.BeatDef;
import com.judgmentday.stage.StepDef;
import com.judgmentday.stage.StepKind;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavGraphBuilder;

/** What a level's T-1000 finds its way with: its navigation graph and a planner over it; and its tree's file. */
public final class Navigation {
    /** The behaviour tree, on the classpath (assets/ai). */
    public static final String TREE = "ai/t1000.tree";

    public final NavGraph graph;
    public final PathPlanner planner;
    /** How long building the graph took, microseconds (for the report). */
    public final long buildMicros;

    private Navigation(NavGraph graph, PathPlanner planner, long buildMicros) {
        this.graph = graph;
        this.planner = planner;
        this.buildMicros = buildMicros;
    }

    public static Navigation build(LevelDef level, TuningDef tuning, PursuitDef pursuit) {
        long start = System.nanoTime();
        CharacterDef body = tuning.character("t1000");
        NavGraph graph = NavGraphBuilder.build(level, body, tuning, true);
        long micros = (System.nanoTime() - start) / 1000;
        float fastest = Math.max(body.runSpeed * pursuit.speedScale, body.jumpSpeed);
        return new Navigation(graph, new PathPlanner(graph, fastest), micros);
    }

    /** A planner over a graph built for a body that walks, climbs and rides but neither pours nor flattens (an escort). */
    public static PathPlanner walker(LevelDef level, CharacterDef body, TuningDef tuning) {
        NavGraph graph = NavGraphBuilder.build(level, body, tuning, false);
        return new PathPlanner(graph, Math.max(body.runSpeed, body.jumpSpeed));
    }

    /**
     * A planner for each body that may walk its own routes in the level, over that body's own graph: John's when the map
     * has him, each character a beat's steps give orders (follow, stay, hide, call), and a person's when one acts. Built as the run starts (the
     * graphs are the level's, built once for all its runs), so no tick builds one.
     */
    public static ObjectMap<CharacterDef, PathPlanner> escortWalkers(LevelDef level, TuningDef tuning) {
        ObjectMap<CharacterDef, PathPlanner> walkers = new ObjectMap<>();
        if (level.spawn(SpawnDef.Kind.JOHN) != null) {
            walkers.put(tuning.character("john"), walker(level, tuning.character("john"), tuning));
        }
        for (PersonDef person : level.people) {
            // A person who acts routes over its body's graph: built here too, not in the tick it is first frightened.
            CharacterDef body = tuning.roles.containsKey(person.role) ? tuning.character("person") : null;
            if (body != null && !walkers.containsKey(body)) {
                walkers.put(body, walker(level, body, tuning));
            }
        }
        for (BeatDef beat : level.beats) {
            for (StepDef step : beat.steps) {
                boolean orders = step.kind == StepKind.FOLLOW || step.kind == StepKind.STAY || step.kind == StepKind.HIDE
                        || step.kind == StepKind.CALL;
                CharacterDef body = orders ? tuning.characters.get(step.role) : null;
                if (body != null && !walkers.containsKey(body)) {
                    walkers.put(body, walker(level, body, tuning));
                }
            }
        }
        return walkers;
    }

    /** Edges in the graph. */
    public int edgeCount() {
        int edges = 0;
        for (int i = 0; i < graph.size(); i++) {
            edges += graph.edges(graph.node(i)).size;
        }
        return edges;
    }
}
