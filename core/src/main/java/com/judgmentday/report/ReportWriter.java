package com.judgmentday.report;

import com.badlogic.gdx.utils.JsonWriter;
import com.judgmentday.content.AtomicFiles;
import com.judgmentday.events.GameEvent;
import com.judgmentday.sim.Casualty;
import com.judgmentday.sim.Simulation;
import com.judgmentday.sim.StateHasher;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;

/** Writes a {@link RunReport} as JSON (docs/reports.md), atomically. */
public final class ReportWriter {
    private ReportWriter() {
    }

    public static String json(RunReport report) {
        StringWriter text = new StringWriter();
        JsonWriter json = new JsonWriter(text);
        json.setOutputType(JsonWriter.OutputType.json);
        try {
            json.object();
            json.set("version", report.version);
            json.set("level", report.level);
            json.set("input", report.input);
            json.set("checkpoint", report.checkpoint);
            json.set("seed", report.seed);
            json.set("ticks", report.ticks);
            json.set("simSeconds", report.simSeconds);
            json.set("wallSeconds", report.wallSeconds);
            json.set("speed", report.speed);
            json.set("allocatedBytesPerTick", report.allocatedBytesPerTick);
            json.set("allocationWarmupTicks", report.allocationWarmupTicks);
            json.set("outcome", report.outcome.name());
            json.set("reason", report.reason);
            json.set("stateHash", StateHasher.hex(report.stateHash));
            json.array("hashes");
            for (int i = 0; i < report.hashes.size; i++) {
                json.value(StateHasher.hex(report.hashes.get(i)));
            }
            json.pop();
            json.array("trace");
            for (int i = 0; i < report.hashes.size; i++) {
                json.object();
                json.set("tick", (i + 1L) * Simulation.TICKS_PER_SECOND);
                json.set("hash", StateHasher.hex(report.hashes.get(i)));
                place(json, "player", report.positions, i * 6);
                place(json, "john", report.positions, i * 6 + 2);
                place(json, "t1000", report.positions, i * 6 + 4);
                json.pop();
            }
            json.pop();
            json.array("events");
            for (GameEvent event : report.events) {
                json.object();
                json.set("tick", event.tick);
                json.set("type", event.type.id);
                json.set("subject", event.subject);
                json.set("detail", event.detail());
                json.pop();
            }
            json.pop();
            json.array("objectives");
            for (ObjectiveResult objective : report.objectives) {
                json.object();
                json.set("id", objective.id);
                json.set("text", objective.text);
                json.set("status", objective.status.name().toLowerCase(java.util.Locale.ROOT));
                json.pop();
            }
            json.pop();
            json.array("casualties");
            for (Casualty casualty : report.casualties) {
                json.object();
                json.set("tick", casualty.tick);
                json.set("name", casualty.name);
                json.set("role", casualty.role);
                json.set("cause", casualty.cause);
                json.pop();
            }
            json.pop();
            json.object("stats");
            String[] keys = report.stats.keys().toArray().toArray(String.class);
            Arrays.sort(keys);
            for (String key : keys) {
                json.set(key, report.stats.get(key, 0));
            }
            json.pop();
            json.pop();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString() + "\n";
    }

    /** A position as [x, y] rounded to centimetres, or null where there was no one. */
    private static void place(JsonWriter json, String name, com.badlogic.gdx.utils.FloatArray positions, int at)
            throws IOException {
        float x = positions.get(at);
        float y = positions.get(at + 1);
        if (Float.isNaN(x)) {
            json.set(name, null);
            return;
        }
        json.array(name);
        json.value(Math.round(x * 100f) / 100f);
        json.value(Math.round(y * 100f) / 100f);
        json.pop();
    }

    /** Writes beside the target and moves into place, so a crash never leaves half a report. */
    public static void write(RunReport report, Path file) throws IOException {
        AtomicFiles.writeString(file, json(report));
    }
}
