package com.judgmentday.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one list of object drawers, in drawing order; a new object type that shows adds its drawer here. Types
 * without a drawer of their own are named in {@link #UNDRAWN} with what shows them.
 */
final class ObjectDrawers {
    /**
     * Types with nothing of their own to draw: spawns and bystanders are drawn as characters, solids are the
     * ground layer (tiles, or shapes), and paths, cover points, triggers, beats, checkpoints and camera zones are invisible
     * (a cover point is what it stands behind: a car, a counter).
     */
    static final Set<String> UNDRAWN = Set.of("player-spawn", "john-spawn", "t1000-spawn", "character", "npc", "solid", "path",
            "cover", "trigger", "beat", "checkpoint", "camera-zone");

    private ObjectDrawers() {
    }

    static List<ObjectDrawer> standard(ObjectScene scene) {
        List<ObjectDrawer> drawers = new ArrayList<>();
        drawers.add(new SetDressingDrawer(scene));
        drawers.add(new SetDressingDrawer(scene, "prop", "prop-"));
        drawers.add(new ConveyorDrawer(scene));
        drawers.add(new CrusherDrawer(scene));
        drawers.add(new LightDrawer(scene));
        drawers.add(new OneWayDrawer(scene));
        drawers.add(new DoorDrawer());
        drawers.add(new SwitchDrawer());
        drawers.add(new BreakableDrawer());
        drawers.add(new BarsDrawer());
        drawers.add(HazardKindDrawer.moltenSteel(scene));
        drawers.add(HazardKindDrawer.fire());
        drawers.add(HazardKindDrawer.nitrogen());
        drawers.add(new SteamDrawer());
        drawers.add(new LadderDrawer(scene));
        drawers.add(new ElevatorDrawer());
        drawers.add(new ExitDrawer());
        drawers.add(new CrateDrawer());
        drawers.add(new LoadDrawer());
        drawers.add(new WinchDrawer());
        drawers.add(new PickupDrawer());
        return drawers;
    }
}
