package org.chemnet.network.examples.cli;

import static org.chemnet.network.registration.RegistrationStatus.CONFIRMED;
import static org.chemnet.network.registration.RegistrationStatus.WAITLISTED;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.access.Actor;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.calendar.NetworkCalendar;
import org.chemnet.network.change.AuditQuery;
import org.chemnet.network.change.RecordedChange;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.Tally;
import org.chemnet.network.decision.VoteOption;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.examples.directory.DirectoryPage;
import org.chemnet.network.examples.seed.IccssNetwork;
import org.chemnet.network.examples.seed.JapanNetwork;
import org.chemnet.network.examples.seed.SeedNetworks;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.Sitting;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.jdbc.JdbcPlugin;
import org.chemnet.network.json.JsonPlugin;
import org.chemnet.network.mail.MailConfig;
import org.chemnet.network.mail.MailPlugin;
import org.chemnet.network.membership.Applicant;
import org.chemnet.network.membership.Application;
import org.chemnet.network.membership.ApplicationRefusedException;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.membership.RosterChange;
import org.chemnet.network.membership.StakeholderBalance;
import org.chemnet.network.newsletter.DispatchReport;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.NewsletterIssue;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.registration.Attendance;
import org.chemnet.network.registration.Eligibility;
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Registrant;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationStatus;
import org.chemnet.network.registration.Turnout;
import org.chemnet.network.spi.NetworkCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The main job, on embedded defaults: builds the three seed networks, runs the Japanese network's participation
 * flow, stores everything in an embedded H2 database file, prints the participants as of 2020-03-09, the board and
 * the ICCSS declarations with their endorsers, exports JSON, and sends a newsletter issue to an SMTP server it starts
 * on 127.0.0.1.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Runs the whole library on embedded defaults (H2 file, in-process SMTP on 127.0.0.1) with the"
                + " three seed networks.")
final class DemoCommand implements Callable<Integer> {
    private static final LocalDate APPLIED = LocalDate.of(2020, 4, 1);
    private static final LocalDate ISSUE_DAY = LocalDate.of(2020, 6, 30);

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--out",
            defaultValue = "chemnet-demo",
            paramLabel = "DIR",
            description = "Where to write the database and the exports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Files.createDirectories(out);
        Path database = out.toAbsolutePath().resolve("chemnet");
        Files.deleteIfExists(Path.of(database + ".mv.db"));
        Files.deleteIfExists(Path.of(database + ".trace.db"));
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        MailConfig mail = MailConfig.builder("127.0.0.1", port, "secretariat@network.example.org")
                .senderName("化学物質国際対応ネットワーク 事務局")
                .unsubscribeUrl("https://network.example.org/unsubscribe")
                .build();
        try (HikariDataSource dataSource =
                        Databases.open("jdbc:h2:file:" + database, Optional.empty(), Optional.empty());
                NetworkRuntime runtime = NetworkRuntime.builder()
                        .plugin(new JdbcPlugin(dataSource))
                        .plugin(new JsonPlugin())
                        .plugin(new MailPlugin(mail))
                        .unsubscribeSecret(secret)
                        .build()) {
            o.println("chemnet demo: embedded H2 database at " + database + ".mv.db, SMTP on 127.0.0.1:" + port);
            o.println();
            register(runtime, o);
            participationFlow(runtime, o);
            participants(runtime, o);
            board(runtime, o);
            declarations(runtime, o);
            List<Path> exports = export(runtime);
            exports.add(directory(runtime));
            newsletter(runtime, smtp, o);
            seminar(dataSource, o);
            exports.addAll(calendars(runtime));
            exports.sort(Comparator.naturalOrder());
            o.println();
            o.println("Files written in " + out.toAbsolutePath() + ":");
            o.println("  " + database + ".mv.db (the H2 database; open it with: java -jar examples/target/chemnet.jar"
                    + " members --db jdbc:h2:file:" + database + " --network " + JapanNetwork.ID
                    + " --as-of 2020-03-09 --count)");
            o.println("  and list the seminar's registrations with: java -jar examples/target/chemnet.jar"
                    + " registrations --db jdbc:h2:file:" + database + " --seminar " + JapanNetwork.SEMINAR);
            exports.forEach(p -> o.println("  " + p));
            return ChemnetCli.OK;
        } finally {
            smtp.stop();
        }
    }

    private static void register(NetworkRuntime runtime, PrintWriter o) {
        o.println("1. The three seed networks, validated and stored:");
        for (NetworkGraph graph : SeedNetworks.all()) {
            runtime.networks().register(graph);
            org.chemnet.network.examples.seed.ListingConsents.of(graph, java.time.Instant.parse("2026-03-01T00:00:00Z"))
                    .forEach(runtime.consents()::record);
            o.printf(
                    "   %-70s %5d organizations, %4d memberships, %2d activities, %d events, %d declarations%n",
                    graph.network().name().resolve(Locale.ENGLISH),
                    graph.organizations().size(),
                    graph.memberships().size(),
                    graph.activities().size(),
                    graph.events().size(),
                    graph.declarations().size());
        }
        o.println();
    }

    private static void participationFlow(NetworkRuntime runtime, PrintWriter o) {
        o.println("2. Participation in the Japanese network (only organizations may apply; the secretariat approves):");
        try {
            runtime.participation().apply(Application.of(JapanNetwork.ID, JapanNetwork.MOE, Optional.empty(), APPLIED));
        } catch (ApplicationRefusedException e) {
            o.println("   refused (" + e.reason() + "): " + e.getMessage());
        }
        PersonId yamadaId = PersonId.of("demo-contact-yamada");
        runtime.networks()
                .save(new Person(
                        yamadaId,
                        "山田 花子",
                        Optional.of("環境安全部長"),
                        Optional.of("yamada@demo-coatings.example"),
                        Optional.of("ja")));
        try {
            runtime.participation()
                    .apply(new Application(
                            JapanNetwork.ID,
                            Applicant.person(yamadaId),
                            MembershipRole.PARTICIPANT,
                            true,
                            Optional.empty(),
                            APPLIED));
        } catch (ApplicationRefusedException e) {
            o.println("   refused (" + e.reason() + "): " + e.getMessage());
        }
        OrganizationId applicant = OrganizationId.of("demo-coatings");
        runtime.networks()
                .save(Organization.builder(
                                applicant,
                                LocalizedText.jaEn("デモ塗料株式会社", "Demo Coatings Co., Ltd."),
                                OrganizationType.ENTERPRISE)
                        .country("JP")
                        .size(EnterpriseSize.SME)
                        .website("https://www.demo-coatings.example")
                        .build());
        // The contact applies; the secretariat, which registers participants in this network, approves.
        Membership applied = runtime.as(Actor.person(yamadaId))
                .participation()
                .apply(Application.of(JapanNetwork.ID, applicant, Optional.of(yamadaId), APPLIED));
        Actor secretariat = Actor.secretariatStaff(PersonId.of("oecc-secretariat"), JapanNetwork.ID);
        Membership approved = runtime.as(secretariat).participation().approve(applied.id(), APPLIED.plusDays(7));
        o.println("   approved: Demo Coatings Co., Ltd. applied on " + APPLIED + ", approved and active from "
                + approved.latest().date() + " (membership " + approved.id() + ", status " + approved.status() + ")");
        for (RecordedChange change :
                runtime.changes().audit(AuditQuery.all().of(EntityRef.of(EntityKind.MEMBERSHIP, applied.id())))) {
            o.println("   audit log #" + change.sequence() + ": " + change.kind() + " by " + change.actor());
        }
        o.println();
    }

    private static void participants(NetworkRuntime runtime, PrintWriter o) {
        ParticipantQuery query = ParticipantQuery.of(JapanNetwork.ID, JapanNetwork.COUNTED_ON);
        StakeholderBalance balance = runtime.participation().balanceOn(JapanNetwork.ID, JapanNetwork.COUNTED_ON);
        o.println("3. Participating organizations as of " + JapanNetwork.COUNTED_ON + ": "
                + runtime.participation().countOn(query) + "  (the document says 317)");
        balance.types()
                .counts()
                .forEach((type, n) -> o.printf(
                        "   %-26s %4d  %5.1f %%%n",
                        type, n, 100 * balance.types().share(type)));
        o.println("   SMEs among them: " + balance.sizes().count(EnterpriseSize.SME));
        LocalDate later = APPLIED.plusDays(7);
        RosterChange roster = runtime.participation().rosterChange(JapanNetwork.ID, JapanNetwork.COUNTED_ON, later);
        o.println("   as of " + later + ": "
                + runtime.participation().countOn(ParticipantQuery.of(JapanNetwork.ID, later)) + " (joined since: "
                + roster.joined().stream()
                        .map(org -> org.name().resolve(Locale.ENGLISH))
                        .collect(Collectors.joining(", "))
                + "; left: " + roster.left().size() + ")");
        o.println();
    }

    private static void board(NetworkRuntime runtime, PrintWriter o) {
        Board board = runtime.governance().boardOn(JapanNetwork.ID, JapanNetwork.COUNTED_ON);
        o.println("4. " + board.name().resolve(Locale.ENGLISH) + " as of " + JapanNetwork.COUNTED_ON + ":");
        for (BoardSeat seat : board.seats()) {
            String name = runtime.directory()
                    .organization(seat.organization())
                    .map(org -> org.name().resolve(Locale.ENGLISH))
                    .orElse(seat.organization().value());
            o.printf(
                    "   %s%-40s term %s to %s%n",
                    seat.chair() ? "Chair: " : "       ",
                    name,
                    seat.term().start(),
                    seat.term().end().map(LocalDate::toString).orElse("open"));
        }
        decision(runtime, o);
        o.println();
    }

    /**
     * A board decision on the newsletter: the seats sitting on the day vote (generated: the seed documents record no
     * votes), and the outcome is recorded by the activity.
     */
    private static void decision(NetworkRuntime runtime, PrintWriter o) {
        LocalDate day = JapanNetwork.COUNTED_ON;
        Motion motion = runtime.decisions()
                .propose(
                        JapanNetwork.ID,
                        LocalizedText.jaEn("メールマガジンの年間計画を採択する", "Adopt the mail magazine's programme for the year"),
                        Optional.of(JapanNetwork.NEWSLETTER),
                        day);
        List<Sitting> sitting = runtime.governance().sittingOn(JapanNetwork.ID, day);
        int n = 0;
        for (Sitting s : sitting) {
            if (s.person().isPresent()) {
                VoteOption option = n++ == 1 ? VoteOption.ABSTAIN : VoteOption.YES;
                runtime.decisions()
                        .vote(JapanNetwork.ID, motion.id(), s.person().get(), option);
            }
        }
        Tally tally = runtime.decisions().tally(motion.id());
        Motion decided = runtime.decisions().decide(JapanNetwork.ID, motion.id(), day);
        o.println("   Motion \"" + motion.text().resolve(Locale.ENGLISH) + "\": " + tally.of(VoteOption.YES) + " yes, "
                + tally.of(VoteOption.NO) + " no, " + tally.of(VoteOption.ABSTAIN) + " abstaining of "
                + tally.sitting() + " seats sitting; "
                + decided.decision()
                        .map(d -> d.result() + " on " + d.decidedOn())
                        .orElse("no outcome")
                + " (recorded by the activity " + JapanNetwork.NEWSLETTER + ": "
                + runtime.decisions().about(JapanNetwork.NEWSLETTER).size() + " decision)");
    }

    private static void declarations(NetworkRuntime runtime, PrintWriter o) {
        EventSeries chemss = IccssNetwork.storeChemssSeries(runtime.events());
        o.println("5. The " + chemss.acronym().orElse("") + " series of the ICCSS Global Network, edition by edition:");
        for (Event edition : runtime.events().editions(chemss.id())) {
            o.println("   " + edition.acronym().orElse(edition.id().value()) + ", "
                    + edition.dates().start() + " in "
                    + edition.place().city() + ": organized by " + names(runtime, edition.organizers())
                    + (edition.coOrganizers().isEmpty()
                            ? ""
                            : "; co-organized by " + names(runtime, edition.coOrganizers())));
        }
        o.println("   Declarations of the ICCSS Global Network and their endorsers:");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        for (Declaration d : runtime.declarations().declarations(IccssNetwork.ID)) {
            String event = runtime.events()
                    .event(d.adoptedAt())
                    .map(e -> e.acronym().orElse(e.name().resolve(Locale.ENGLISH)))
                    .orElse(d.adoptedAt().value());
            o.println("     " + d.title().resolve(Locale.ENGLISH) + " (adopted at " + event + " on " + d.adoptedOn()
                    + ")");
            for (Endorsement e : runtime.declarations().endorsementsOn(d.id(), today)) {
                String name = runtime.directory()
                        .organization(e.organization())
                        .map(org -> org.name().resolve(Locale.ENGLISH))
                        .orElse(e.organization().value());
                o.println("       endorsed by " + name + " since " + e.endorsedOn());
            }
        }
        o.println();
    }

    private static String names(NetworkRuntime runtime, List<OrganizationId> organizations) {
        return organizations.stream()
                .map(id -> runtime.directory()
                        .organization(id)
                        .map(org -> org.name().resolve(Locale.ENGLISH))
                        .orElse(id.value()))
                .collect(Collectors.joining(", "));
    }

    private List<Path> export(NetworkRuntime runtime) throws IOException {
        NetworkCodec json = runtime.codec("json").orElseThrow();
        NetworkCodec popolo = runtime.codec("popolo").orElseThrow();
        List<Path> written = new java.util.ArrayList<>();
        for (var id : runtime.networks().ids()) {
            Path file = out.toAbsolutePath().resolve(id + ".json");
            try (OutputStream stream = Files.newOutputStream(file)) {
                runtime.networks().export(id, json.writer(stream));
            }
            written.add(file);
            Path popoloFile = out.toAbsolutePath().resolve(id + ".popolo.json");
            try (OutputStream stream = Files.newOutputStream(popoloFile)) {
                runtime.networks().export(id, popolo.writer(stream));
            }
            written.add(popoloFile);
        }
        written.sort(Comparator.naturalOrder());
        return written;
    }

    private Path directory(NetworkRuntime runtime) throws IOException {
        Path file = out.toAbsolutePath().resolve(JapanNetwork.ID + "-" + JapanNetwork.COUNTED_ON + ".ja.html");
        Files.writeString(
                file,
                new DirectoryPage(runtime).render(JapanNetwork.ID, JapanNetwork.COUNTED_ON, "ja"),
                java.nio.charset.StandardCharsets.UTF_8);
        return file;
    }

    private static void newsletter(NetworkRuntime runtime, GreenMail smtp, PrintWriter o) {
        NewsletterIssue issue = new NewsletterIssue(
                MessageId.of("jp-mail-magazine-106"),
                JapanNetwork.NEWSLETTER,
                106,
                ISSUE_DAY,
                Set.of(),
                LocalizedText.jaEn(
                        "化学物質国際対応ネットワーク メールマガジン 第106号",
                        "Network for Strategic Response on International Chemical Management: newsletter No. 106"),
                LocalizedText.jaEn(
                        "欧州、ロシア、中国、韓国、台湾、ベトナム、タイの化学物質管理の最新動向をお届けします。",
                        "The latest on chemicals management in Europe, Russia, China, Korea, Taiwan, Vietnam and"
                                + " Thailand."));
        int recipients = runtime.newsletters().issue(issue);
        DispatchReport report = runtime.newsletters().deliverPending();
        o.println("6. Newsletter No. 106 of " + ISSUE_DAY + " issued to " + recipients
                + " active subscribers, sent through the outbox with the notices of step 2:");
        o.println("   delivered " + report.sent() + ", failed " + report.failed() + ", waiting to retry "
                + report.retrying() + "; the SMTP server on 127.0.0.1 received " + smtp.getReceivedMessages().length
                + " messages");
    }

    /**
     * Registration for the Japanese network's free seminar, as it went in the weeks before it: a runtime on a clock of
     * that time over the same database, so the rules of the day (registration closes when the seminar is over,
     * attendance is recorded from its first day) hold as they would have.
     */
    private static void seminar(HikariDataSource dataSource, PrintWriter o) {
        Occasion seminar = Occasion.seminar(JapanNetwork.SEMINAR);
        int places = 120;
        List<OrganizationId> participants;
        try (NetworkRuntime before = atTime(dataSource, "2020-01-20T01:00:00Z")) {
            before.registrations().open(JapanNetwork.ID, seminar, Optional.of(places), Eligibility.PARTICIPANTS);
            participants =
                    before
                            .participation()
                            .participantsOn(ParticipantQuery.of(JapanNetwork.ID, LocalDate.of(2020, 1, 20)))
                            .stream()
                            .map(p -> p.organization().id())
                            .limit(places + 4)
                            .toList();
            for (OrganizationId organization : participants) {
                before.registrations().register(seminar, Registrant.organization(organization));
            }
            List<Registration> made = before.registrations().registrations(seminar);
            o.println();
            o.println("7. Registration for the free seminar of 2020-02-14 (" + places + " places, participants only):");
            o.println("   " + participants.size() + " organizations registered: " + count(made, CONFIRMED)
                    + " confirmed, " + count(made, WAITLISTED) + " waitlisted");
            for (Registration r : made.subList(0, 3)) {
                before.registrations().cancel(r.id());
            }
            List<Registration> after = before.registrations().registrations(seminar);
            o.println("   3 cancelled; promoted in order from the waitlist: "
                    + after.stream()
                            .filter(r -> r.promotedAt().isPresent())
                            .map(r -> "#" + r.sequence())
                            .collect(Collectors.joining(", "))
                    + "; still waitlisted: " + count(after, WAITLISTED));
        }
        try (NetworkRuntime onTheDay = atTime(dataSource, "2020-02-14T09:00:00Z")) {
            List<Registration> confirmed = onTheDay.registrations().registrations(seminar).stream()
                    .filter(r -> r.status() == CONFIRMED)
                    .toList();
            for (int i = 0; i < confirmed.size(); i++) {
                // Generated: one in twelve registered organizations did not come.
                onTheDay.registrations()
                        .recordAttendance(
                                confirmed.get(i).id(), i % 12 == 11 ? Attendance.NO_SHOW : Attendance.PRESENT);
            }
            Turnout turnout = onTheDay.registrations().turnout(seminar);
            int countries = turnout.countries().orElse(0);
            o.println("   on the day: turnout " + turnout.participants().orElse(0) + " organizations from " + countries
                    + (countries == 1 ? " country" : " countries") + " (" + turnout.source() + ": counted from "
                    + (turnout.source() == Turnout.Source.ATTENDED ? "attendance" : "registrations") + ")");
        }
    }

    private static NetworkRuntime atTime(HikariDataSource dataSource, String instant) {
        return NetworkRuntime.builder()
                .plugin(new JdbcPlugin(dataSource))
                .clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC))
                .build();
    }

    private static long count(List<Registration> registrations, RegistrationStatus status) {
        return registrations.stream().filter(r -> r.status() == status).count();
    }

    /** Each network's events and seminars as an iCalendar file, in English and, for the Japanese network, Japanese. */
    private List<Path> calendars(NetworkRuntime runtime) throws IOException {
        List<Path> written = new java.util.ArrayList<>();
        for (var id : runtime.networks().ids()) {
            Locale language = id.equals(JapanNetwork.ID) ? Locale.JAPANESE : Locale.ENGLISH;
            Path file = out.toAbsolutePath().resolve(id + ".ics");
            try (java.io.Writer writer = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
                NetworkCalendar.of(runtime).in(language).writeNetwork(id, writer);
            }
            written.add(file);
        }
        return written;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
