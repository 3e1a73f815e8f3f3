package com.judgmentday.sim;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.ashley.core.Entity;
import com.judgmentday.ai.PathPlanner;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.RouteComponent;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.nav.NavGraphBuilder;

/**
 * Keeps the T-1000's and John's navigation in step with the level's openings (doors opened, breakables broken):
 * between ticks, when there are new ones, their graphs are built again without them and every route over the old
 * graphs is dropped, to be planned again.
 */
final class OpeningsFollower {
    private final LevelDef level;
    private final TuningDef tuning;
    /** The T-1000's planner and John's, or null where the level has none. */
    private final PathPlanner pursuit;
    private final ObjectMap<CharacterDef, PathPlanner> escorts;
    private final ImmutableArray<Entity> routed;
    /** How many openings the graphs leave out now. */
    private int followed;

    OpeningsFollower(LevelDef level, TuningDef tuning, PathPlanner pursuit, ObjectMap<CharacterDef, PathPlanner> escorts,
                     Engine engine) {
        this.level = level;
        this.tuning = tuning;
        this.pursuit = pursuit;
        this.escorts = escorts;
        this.routed = engine.getEntitiesFor(Family.all(RouteComponent.class).get());
    }

    void follow(RunState state) {
        if (state.openings.size == followed) {
            return;
        }
        followed = state.openings.size;
        if (pursuit != null) {
            pursuit.use(NavGraphBuilder.build(level, tuning.character("t1000"), tuning, true, state.openings));
        }
        for (ObjectMap.Entry<CharacterDef, PathPlanner> escort : escorts) {
            escort.value.use(NavGraphBuilder.build(level, escort.key, tuning, false, state.openings));
        }
        for (int i = 0; i < routed.size(); i++) {
            RouteComponent route = Mappers.ROUTE.get(routed.get(i));
            route.path.clear();
            route.pathIndex = 0;
            route.goalNode = -1;
            route.replanTicks = 0;
            route.bannedEdges.clear();
            route.bannedUntil.clear();
        }
    }
}
