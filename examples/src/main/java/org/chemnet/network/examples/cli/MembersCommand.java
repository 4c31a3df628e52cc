package org.chemnet.network.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.organization.OrganizationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists or counts a network's participants on a day. */
@Command(name = "members", mixinStandardHelpOptions = true, description = "The participants of a network on a day.")
final class MembersCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--network", required = true, paramLabel = "ID", description = "The network's identifier.")
    String network;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day, such as 2020-03-09; today if left out.")
    LocalDate asOf;

    @Option(names = "--count", description = "Print only how many.")
    boolean count;

    @Option(names = "--type", paramLabel = "T", description = "Only this organization type, such as ENTERPRISE.")
    List<OrganizationType> types = List.of();

    @Option(names = "--country", paramLabel = "CC", description = "Only this ISO 3166-1 country, such as JP.")
    List<String> countries = List.of();

    @Option(names = "--lang", defaultValue = "en", description = "Language of names: en or ja.")
    String lang;

    @Override
    public Integer call() {
        LocalDate day = asOf == null ? LocalDate.now(java.time.ZoneOffset.UTC) : asOf;
        ParticipantQuery query = ParticipantQuery.of(NetworkId.of(network), day)
                .types(types.toArray(OrganizationType[]::new))
                .countries(countries.toArray(String[]::new));
        try (HikariDataSource dataSource = database.open();
                var runtime = DatabaseOptions.runtime(dataSource)) {
            if (count) {
                spec.commandLine().getOut().println(runtime.participation().countOn(query));
                return ChemnetCli.OK;
            }
            Locale locale = Locale.forLanguageTag(lang);
            List<Participant> participants = runtime.participation().participantsOn(query);
            for (Participant p : participants) {
                spec.commandLine()
                        .getOut()
                        .println(p.organization().id() + "\t"
                                + p.organization().name().resolve(locale)
                                + "\t" + p.organization().type() + "\t"
                                + p.organization().country().orElse("")
                                + "\t" + p.organization().website().orElse(""));
            }
            spec.commandLine().getOut().println(participants.size() + " participants as of " + day);
            return ChemnetCli.OK;
        }
    }
}
