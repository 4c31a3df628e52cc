package org.chemnet.network.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.chemnet.network.kernel.NetworkException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The chemnet command-line program: {@code demo}, the main job, and the commands that validate, import, export,
 * list participants and send newsletters. Exit codes: 0 when all went well, 1 for invalid input (a bad file, a
 * refused change, a failed store), 2 for a usage error.
 *
 * @since 0.1.0
 */
@Command(
        name = "chemnet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs networks of organizations for international chemical management.",
        subcommands = {
            DemoCommand.class,
            ValidateCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            MembersCommand.class,
            RegistrationsCommand.class,
            CalendarCommand.class,
            NewsletterCommand.class,
            DirectoryCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ChemnetCli implements Runnable {
    /** Everything went well. */
    public static final int OK = 0;

    /** The input was invalid: a bad file, a refused change, a failed store. */
    public static final int INVALID_INPUT = 1;

    /** The command line was wrong. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the program.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; send it to SLF4J, whose level the program sets.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the program with given output streams, for tests and for hosts that embed it.
     *
     * @param out where results go
     * @param err where errors and progress go
     * @param args the command line
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new ChemnetCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof NetworkException
                    || e instanceof java.io.IOException
                    || e instanceof IllegalArgumentException
                    || e instanceof java.io.UncheckedIOException) {
                cmd.getErr().println("chemnet: " + e.getMessage());
                return INVALID_INPUT;
            }
            throw e;
        });
        return commandLine.execute(args);
    }
}
