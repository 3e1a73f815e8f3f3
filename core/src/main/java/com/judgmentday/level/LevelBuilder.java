package com.judgmentday.level;

import com.judgmentday.content.Lines;
import com.judgmentday.nav.NavGraphCache;
import com.judgmentday.stage.BeatDef;
import com.judgmentday.stage.StepDef;
import com.judgmentday.stage.StepKind;
import com.judgmentday.objects.ObjectReading;
import com.judgmentday.objects.ObjectType;
import com.judgmentday.objects.ObjectTypes;

import java.util.Set;

/**
 * Turns a validated map into the plain level data the simulation builds from, in metres with y up: the map's
 * own properties here, each object by its type ({@link ObjectTypes}).
 */
final class LevelBuilder {
    private LevelBuilder() {
    }

    /** The whole level, its beats' lines from {@code lines}. */
    static LevelDef build(TmxDocument document, Lines lines, NavGraphCache graphs) {
        LevelDef level = build(document, Set.of(), graphs);
        level.lines = lines;
        StageReader.build(document, lines, level);
        level.protests.addAll(lines.numbered(Lines.PROTESTS));
        level.thrownProtest = lines.words(Lines.THROWN);
        for (BeatDef beat : level.beats) {
            for (StepDef step : beat.steps) {
                for (HazardDef hazard : level.hazards) {
                    // An overflow a beat starts waits for it.
                    hazard.spillsAtStart &= step.kind != StepKind.OVERFLOW || hazard.objectId != step.target;
                }
            }
        }
        return level;
    }

    /**
     * The level with only the objects of the given types (none given: all), so the validator can build the
     * ground it searches from a map whose other objects still have mistakes.
     */
    static LevelDef build(TmxDocument document, Set<String> only) {
        return build(document, only, new NavGraphCache());
    }

    private static LevelDef build(TmxDocument document, Set<String> only, NavGraphCache graphs) {
        LevelDef level = new LevelDef(graphs);
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
        level.before.oneArmed = StorySoFar.names(document.properties.get(StorySoFar.ONE_ARMED, ""));
        level.before.rebooted = StorySoFar.names(document.properties.get(StorySoFar.REBOOTED, ""));
        ObjectTypes types = ObjectTypes.standard();
        for (MapObject object : document.objects) {
            if (!only.isEmpty() && !only.contains(object.type)) {
                continue;
            }
            ObjectType<?> type = types.type(object.type);
            if (type != null) {
                place(type, new ObjectReading(object, document, type.schema()), level);
            }
        }
        return level;
    }

    private static <D> void place(ObjectType<D> type, ObjectReading in, LevelDef level) {
        D def = type.read(in);
        if (def != null) {
            type.place(def, level, in.object.id);
        }
    }
}
