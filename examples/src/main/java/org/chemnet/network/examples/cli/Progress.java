package org.chemnet.network.examples.cli;

import java.io.PrintWriter;

/** A progress bar on the error stream, drawn only when it is a terminal. */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final String label;
    private int lastPercent = -1;

    Progress(PrintWriter err, String label) {
        this.err = err;
        this.terminal = isTerminal();
        this.label = label;
    }

    /**
     * Tells whether the program talks to a terminal. On JDK 17 to 21 {@code System.console()} is null exactly when it
     * does not; from JDK 22 it is never null, and {@code Console.isTerminal()} (looked up by name, as 17 lacks it)
     * answers.
     */
    @SuppressWarnings("SystemConsoleNull") // handled: the null check is for 17 to 21, isTerminal() for 22 and later
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Shows how far the work is, as a part of the whole. */
    void show(long done, long total) {
        if (!terminal || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
        err.flush();
    }

    /** Ends the bar's line. */
    void done() {
        if (terminal && lastPercent >= 0) {
            err.println();
        }
    }
}
