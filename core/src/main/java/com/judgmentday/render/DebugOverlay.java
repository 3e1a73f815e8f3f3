package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Matrix4;
import com.badlogic.gdx.physics.box2d.Box2DDebugRenderer;
import com.badlogic.gdx.utils.Align;
import com.badlogic.gdx.utils.Disposable;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.nav.NavEdge;
import com.judgmentday.nav.NavEdgeKind;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavNode;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.sim.Simulation;

import java.util.Locale;

/**
 * The designer's and programmer's views over the game, each on its own key (docs/levels.md): physics
 * bodies, AI intents, temperatures and timings. Reads the simulation; never changes it.
 */
public final class DebugOverlay implements Disposable {
    /** The views, in key order (F1 to F4). */
    public enum View {
        PHYSICS,
        AI,
        TEMPERATURE,
        TIMINGS
    }

    private final boolean[] shown = new boolean[View.values().length];
    private final Box2DDebugRenderer bodies = new Box2DDebugRenderer(true, true, false, true, false, true);
    private final ShapeRenderer shapes = new ShapeRenderer();
    private final SpriteBatch batch = new SpriteBatch();
    private final BitmapFont font;
    private final Matrix4 screen = new Matrix4();
    private final StringBuilder text = new StringBuilder();
    private final GlyphLayout layout = new GlyphLayout();
    private final TemperatureView temperatures = new TemperatureView();

    /** {@code fonts}: the game's, which outlive the overlay. */
    public DebugOverlay(Fonts fonts) {
        this.font = fonts.text;
    }

    public void toggle(View view) {
        shown[view.ordinal()] = !shown[view.ordinal()];
    }

    public boolean shows(View view) {
        return shown[view.ordinal()];
    }

    /** Draws the world-space views (physics, AI). */
    public void renderWorld(OrthographicCamera camera, Simulation simulation, float alpha) {
        if (shows(View.PHYSICS)) {
            bodies.render(simulation.world(), camera.combined);
        }
        if (shows(View.AI)) {
            if (simulation.navigation() != null) {
                drawNavigation(camera, simulation);
            }
            drawIntents(camera, simulation, alpha);
        }
        if (shows(View.TEMPERATURE)) {
            temperatures.draw(shapes, camera, simulation, alpha);
        }
    }

    /** The T-1000's graph (edges coloured by kind) and its current route. */
    private void drawNavigation(OrthographicCamera camera, Simulation simulation) {
        NavGraph graph = simulation.navigation().graph;
        shapes.setProjectionMatrix(camera.combined);
        shapes.begin(ShapeRenderer.ShapeType.Line);
        float left = camera.position.x - camera.viewportWidth;
        float right = camera.position.x + camera.viewportWidth;
        for (int i = 0; i < graph.size(); i++) {
            NavNode node = graph.node(i);
            if (node.x < left || node.x > right) {
                continue;
            }
            Array<NavEdge> edges = graph.edges(node);
            for (int e = 0; e < edges.size; e++) {
                NavEdge edge = edges.items[e];
                shapes.setColor(edgeColour(edge.kind));
                shapes.line(node.x, node.y + 0.05f, edge.to.x, edge.to.y + 0.05f);
            }
        }
        Entity t1000 = simulation.t1000();
        if (t1000 != null) {
            RouteComponent route = Mappers.ROUTE.get(t1000);
            shapes.setColor(Color.MAGENTA);
            for (int i = Math.max(1, route.pathIndex); i < route.path.size; i++) {
                NavNode a = graph.node(route.path.get(i - 1));
                NavNode b = graph.node(route.path.get(i));
                shapes.rectLine(a.x, a.y + 0.1f, b.x, b.y + 0.1f, 0.08f);
            }
        }
        shapes.end();
        if (t1000 != null) {
            shapes.begin(ShapeRenderer.ShapeType.Filled);
            RouteComponent route = Mappers.ROUTE.get(t1000);
            shapes.setColor(Color.MAGENTA);
            for (int i = route.pathIndex; i < route.path.size; i++) {
                NavNode node = graph.node(route.path.get(i));
                shapes.circle(node.x, node.y + 0.1f, 0.07f, 8);
            }
            shapes.end();
        }
    }

    private static final Color WALK = new Color(0.7f, 0.7f, 0.7f, 0.5f);
    private static final Color JUMP = new Color(1f, 0.9f, 0.2f, 0.35f);
    private static final Color DROP = new Color(1f, 0.55f, 0.1f, 0.35f);
    private static final Color CLIMB = new Color(0.3f, 1f, 0.4f, 0.7f);
    private static final Color POUR = new Color(0.2f, 0.9f, 1f, 0.8f);
    private static final Color RIDE = new Color(1f, 1f, 1f, 0.9f);

    /** Exhaustive: a new edge kind does not compile until it has a colour. */
    private static Color edgeColour(NavEdgeKind kind) {
        return switch (kind) {
            case WALK -> WALK;
            case JUMP -> JUMP;
            case DROP -> DROP;
            case CLIMB -> CLIMB;
            case POUR -> POUR;
            case ELEVATOR -> RIDE;
        };
    }

    private void drawIntents(OrthographicCamera camera, Simulation simulation, float alpha) {
        ImmutableArray<Entity> movers = simulation.engine().getEntitiesFor(
                Family.all(MoveIntentComponent.class, TransformComponent.class).get());
        shapes.setProjectionMatrix(camera.combined);
        shapes.begin(ShapeRenderer.ShapeType.Line);
        for (int i = 0; i < movers.size(); i++) {
            Entity entity = movers.get(i);
            TransformComponent t = Mappers.TRANSFORM.get(entity);
            MoveIntentComponent intent = Mappers.INTENT.get(entity);
            float x = WorldRenderer.lerpX(t, alpha);
            float y = WorldRenderer.lerpY(t, alpha);
            shapes.setColor(Color.CYAN);
            shapes.line(x, y, x + intent.moveX * 2f, y);
            if (intent.jump) {
                shapes.setColor(Color.YELLOW);
                shapes.line(x, y, x, y + 1.5f);
            }
            FollowComponent follow = Mappers.FOLLOW.get(entity);
            if (follow != null && follow.leader != null) {
                TransformComponent leader = Mappers.TRANSFORM.get(follow.leader);
                shapes.setColor(Color.MAGENTA);
                shapes.line(x, y, WorldRenderer.lerpX(leader, alpha), WorldRenderer.lerpY(leader, alpha));
                shapes.setColor(0.6f, 0.3f, 0.6f, 1f);
                shapes.circle(WorldRenderer.lerpX(leader, alpha), WorldRenderer.lerpY(leader, alpha), follow.def.distance, 32);
                shapes.circle(WorldRenderer.lerpX(leader, alpha), WorldRenderer.lerpY(leader, alpha), follow.def.runDistance, 48);
            }
        }
        shapes.end();
    }

    /**
     * Draws the text views in virtual pixels, in the band between the HUD's status rows and its subtitles
     * ({@link HudLayout}), cut to the lines that fit; {@code width} and {@code height} are the window's back
     * buffer in pixels, {@code stepMicros} and {@code reloadMillis} come from the screen.
     */
    public void renderText(Simulation simulation, int width, int height, int fps, float frameMillis, float stepMicros,
                           long reloadMillis, boolean frozen) {
        text.setLength(0);
        if (frozen) {
            text.append("FROZEN  (P resumes, N steps one tick)\n");
        }
        if (shows(View.TIMINGS)) {
            text.append(String.format(Locale.ROOT, "tick %d   step %.1f us   frame %.1f ms   %d fps", simulation.tick(),
                    stepMicros, frameMillis, fps));
            text.append(String.format(Locale.ROOT, "\nbodies %d   entities %d   last load %d ms",
                    simulation.world().getBodyCount(), simulation.engine().getEntities().size(), reloadMillis)).append('\n');
        }
        if (shows(View.AI)) {
            text.append("AI: cyan = move intent, yellow = jump, magenta = John's leader and follow/run distances\n");
            Entity t1000 = simulation.t1000();
            if (t1000 != null) {
                T1000Component mind = Mappers.T1000.get(t1000);
                RouteComponent route = Mappers.ROUTE.get(t1000);
                LiquidComponent liquid = Mappers.LIQUID.get(t1000);
                AppearanceComponent looks = Mappers.APPEARANCE.get(t1000);
                text.append("T-1000: ").append(mind.state).append(" (task ").append(mind.task).append(")  route ")
                        .append(route.pathIndex).append('/').append(route.path.size).append("  wind-up ").append(mind.windupTicks)
                        .append("  holes ").append(liquid.holes).append("  look ").append(looks.look)
                        .append(looks.pattern.isEmpty() ? "" : " + " + looks.pattern).append('\n');
                text.append("graph: grey walk, yellow jump, orange drop, green climb, cyan pour, white lift ride;"
                        + " magenta = route\n");
            }
        }
        if (shows(View.TEMPERATURE)) {
            temperatures.describe(simulation, text);
        }
        if (text.length() == 0) {
            return;
        }
        HudLayout.fit(text, HudLayout.debugLines());
        batch.setProjectionMatrix(PixelScreen.project(screen, width, height));
        batch.begin();
        layout.setText(font, text, Color.WHITE, 0f, Align.left, false);
        Lettering.draw(batch, font, layout, HudLayout.MARGIN, HudLayout.debugTop());
        batch.end();
    }

    @Override
    public void dispose() {
        bodies.dispose();
        shapes.dispose();
        batch.dispose();
    }
}
