package org.chemnet.network.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chemnet.network.calendar.NetworkCalendar;
import org.chemnet.network.event.EventId;
import org.chemnet.network.kernel.NetworkId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a network's events and seminars, or one event, as an iCalendar ({@code .ics}) file. */
@Command(
        name = "calendar",
        mixinStandardHelpOptions = true,
        description = "Writes a network's events and seminars, or one event, as iCalendar (.ics).")
final class CalendarCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--network", paramLabel = "ID", description = "The network whose calendar to write.")
    Optional<String> network;

    @Option(names = "--event", paramLabel = "ID", description = "Only this event.")
    Optional<String> event;

    @Option(names = "--lang", defaultValue = "en", description = "Language of names: en or ja.")
    String lang;

    @Option(
            names = "--uid-domain",
            paramLabel = "DOMAIN",
            description = "The host's domain each UID ends in, such as network.example.org.")
    Optional<String> uidDomain;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write, such as network.ics; standard output if left out.")
    Optional<Path> out;

    @Override
    public Integer call() throws IOException {
        if (!lang.equals("en") && !lang.equals("ja")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang must be ja or en");
        }
        if (network.isEmpty() == event.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "name either --network or --event, not both and not neither");
        }
        try (HikariDataSource dataSource = database.open();
                var runtime = DatabaseOptions.runtime(dataSource)) {
            NetworkCalendar calendar = NetworkCalendar.of(runtime).in(Locale.forLanguageTag(lang));
            if (uidDomain.isPresent()) {
                try {
                    calendar = calendar.withUidDomain(uidDomain.get());
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.ParameterException(
                            spec.commandLine(), "--uid-domain: " + e.getMessage());
                }
            }
            // The whole document first: a network or event that is not stored leaves an existing file as it was.
            StringWriter document = new StringWriter();
            write(calendar, document);
            if (out.isPresent()) {
                Path target = out.get().toAbsolutePath();
                Path temporary = Files.createTempFile(target.getParent(), ".chemnet-", ".ics");
                try {
                    Files.writeString(temporary, document.toString(), UTF_8);
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temporary);
                }
                spec.commandLine().getErr().println("wrote " + target);
            } else {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.write(document.toString());
                stdout.flush();
                if (stdout.checkError()) {
                    throw new IOException("could not write the calendar to standard output");
                }
            }
            return ChemnetCli.OK;
        }
    }

    private void write(NetworkCalendar calendar, Writer writer) {
        if (network.isPresent()) {
            calendar.writeNetwork(NetworkId.of(network.get()), writer);
        } else {
            calendar.writeEvent(EventId.of(event.orElseThrow()), writer);
        }
    }
}
