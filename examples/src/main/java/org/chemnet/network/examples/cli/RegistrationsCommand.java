package org.chemnet.network.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.event.EventId;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Registrant;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.registration.RegistrationStatus;
import org.chemnet.network.registration.Turnout;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the registrations for an event or a seminar, in the order they were made, and what they count. */
@Command(
        name = "registrations",
        mixinStandardHelpOptions = true,
        description = "The registrations for an event or a seminar, in the order they were made.")
final class RegistrationsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--event", required = true, paramLabel = "ID", description = "The event's identifier.")
        String event;

        @Option(names = "--seminar", required = true, paramLabel = "ID", description = "The seminar's identifier.")
        String seminar;

        Occasion occasion() {
            return event != null ? Occasion.event(EventId.of(event)) : Occasion.seminar(ActivityId.of(seminar));
        }
    }

    @Option(names = "--lang", defaultValue = "en", description = "Language of names: en or ja.")
    String lang;

    @Override
    public Integer call() {
        if (!lang.equals("en") && !lang.equals("ja")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang must be ja or en");
        }
        Occasion occasion = target.occasion();
        PrintWriter out = spec.commandLine().getOut();
        try (HikariDataSource dataSource = database.open();
                var runtime = DatabaseOptions.runtime(dataSource)) {
            RegistrationRules rules = runtime.registrations()
                    .rules(occasion)
                    .orElseThrow(() -> new NetworkException(
                            "registration for " + occasion.kind().name().toLowerCase(Locale.ROOT) + " '" + occasion.id()
                                    + "' is not open (or it is not stored)"));
            List<Registration> registrations = runtime.registrations().registrations(occasion);
            Map<RegistrationStatus, Integer> counts = new EnumMap<>(RegistrationStatus.class);
            for (Registration r : registrations) {
                counts.merge(r.status(), 1, Integer::sum);
                out.println(r.sequence() + "\t" + r.status() + "\t"
                        + r.attendance().map(Enum::name).orElse("") + "\t"
                        + registrant(runtime, r, Locale.forLanguageTag(lang)) + "\t" + r.registeredAt());
            }
            out.println(summary(rules, counts, runtime.registrations().turnout(occasion)));
            return ChemnetCli.OK;
        }
    }

    private static String registrant(NetworkRuntime runtime, Registration registration, Locale locale) {
        Registrant registrant = registration.registrant();
        List<String> parts = new ArrayList<>();
        registrant
                .organization()
                .ifPresent(o -> parts.add(runtime.organizations()
                        .nameOn(
                                o,
                                registration
                                        .registeredAt()
                                        .atZone(java.time.ZoneOffset.UTC)
                                        .toLocalDate())
                        .map(name -> o + " (" + name.resolve(locale) + ")")
                        .orElse(o.toString())));
        registrant.person().ifPresent(p -> parts.add("person " + p));
        return String.join(", ", parts);
    }

    private static String summary(RegistrationRules rules, Map<RegistrationStatus, Integer> counts, Turnout turnout) {
        StringBuilder line = new StringBuilder();
        line.append(counts.getOrDefault(RegistrationStatus.CONFIRMED, 0)).append(" confirmed");
        rules.capacity().ifPresent(c -> line.append(" of ").append(c).append(" places"));
        line.append(", ")
                .append(counts.getOrDefault(RegistrationStatus.WAITLISTED, 0))
                .append(" waitlisted, ")
                .append(counts.getOrDefault(RegistrationStatus.CANCELLED, 0))
                .append(" cancelled; ")
                .append(rules.eligibility().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append(" may register");
        turnout.participants().ifPresent(p -> line.append("; turnout ")
                .append(p)
                .append(" participants")
                .append(turnout.countries()
                        .map(c -> " from " + c + (c == 1 ? " country" : " countries"))
                        .orElse(""))
                .append(" (")
                .append(turnout.source().name().toLowerCase(Locale.ROOT))
                .append(')'));
        return line.toString();
    }
}
