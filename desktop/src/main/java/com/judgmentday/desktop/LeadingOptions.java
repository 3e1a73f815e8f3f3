package com.judgmentday.desktop;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Options written before a subcommand ({@code --user-dir /tmp/x replay run.txt}) belong to it: each is handed
 * to the subcommand's option of the same name, or refused when the subcommand has none or is given it again,
 * so no option is ever silently ignored whatever its position.
 */
final class LeadingOptions {
    private LeadingOptions() {
    }

    /** Hands the top command's options to the subcommand chosen, if any; throws a ParameterException to refuse. */
    static void handOver(ParseResult top) {
        if (!top.hasSubcommand()) {
            return;
        }
        ParseResult sub = top.subcommand();
        CommandSpec spec = sub.commandSpec();
        for (OptionSpec given : top.matchedOptions()) {
            if (given.usageHelp() || given.versionHelp()) {
                continue;
            }
            String name = given.longestName();
            OptionSpec own = spec.findOption(name);
            if (own == null || !boxed(own.type()).equals(boxed(given.type()))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "'" + spec.name() + "' has no " + name
                        + " option (it was given before '" + spec.name() + "')");
            }
            if (sub.hasMatchedOption(own)) {
                throw new CommandLine.ParameterException(spec.commandLine(), name + " is given twice, before and after '"
                        + spec.name() + "'; give it once");
            }
            own.setValue(given.getValue());
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == long.class) {
            return Long.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        return type;
    }
}
