package com.judgmentday.desktop;

import com.judgmentday.certificates.CertificateException;
import com.judgmentday.content.ContentException;
import com.judgmentday.content.UserText;
import com.judgmentday.input.InputScriptException;
import com.judgmentday.level.LevelException;
import com.judgmentday.level.LevelProblemsException;
import picocli.CommandLine;

/**
 * Turns the errors a user can fix (a bad level, script or data file, no display) into one line and
 * exit code 2; anything else is a bug and keeps its stack trace (exit 1).
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {
    /** The window could not be opened. */
    static final class WindowException extends RuntimeException {
        WindowException(String message) {
            super(message);
        }
    }

    /** A bad level, script or data file: its message says what to fix. */
    static boolean fixableByUser(Throwable ex) {
        return ex instanceof LevelException || ex instanceof LevelProblemsException || ex instanceof ContentException
                || ex instanceof InputScriptException || ex instanceof CertificateException;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        if (fixableByUser(ex) || ex instanceof WindowException) {
            commandLine.getErr().println("judgment-day: " + UserText.line(ex.getMessage()));
            return 2;
        }
        if (ex instanceof CommandLine.ParameterException) {
            commandLine.getErr().println("judgment-day: " + UserText.line(ex.getMessage()) + " (see --help)");
            return 2;
        }
        throw ex;
    }
}
