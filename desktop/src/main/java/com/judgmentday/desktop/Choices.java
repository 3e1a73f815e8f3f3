package com.judgmentday.desktop;

import com.judgmentday.bot.BotDef;
import com.judgmentday.bot.BotLoader;
import com.judgmentday.content.TuningDef;
import picocli.CommandLine;

/** The command line's named choices, checked against the data that defines them and refused in one line. */
final class Choices {
    private Choices() {
    }

    /** Refuses a difficulty tuning.json lacks; null (tuning's default) passes. */
    static void difficulty(CommandLine.Model.CommandSpec spec, TuningDef tuning, String name) {
        if (name != null && !tuning.pursuit.containsKey(name)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--difficulty '" + name + "' is not one of "
                    + tuning.pursuit.keys().toArray().toString(", ") + " (data/tuning.json)");
        }
    }

    /** Refuses a skill bot.json lacks, naming the {@code option} it came with; returns the bot's figures. */
    static BotDef skill(CommandLine.Model.CommandSpec spec, String option, String name) {
        BotDef bot = BotLoader.load();
        if (!bot.skills.containsKey(name)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " '" + name + "' is not one of "
                    + bot.skills.keys().toArray().toString(", ") + " (" + BotLoader.FILE + ")");
        }
        return bot;
    }
}
