package org.chemnet.network.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chemnet.network.examples.seed.JapanNetwork;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.json.NetworkJson;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    private static NetworkValidator validator;
    private static NetworkJson json;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    /** What a run printed and how it ended. */
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ChemnetCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(NetworkGraph graph, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            json.write(graph, out);
        }
        return file;
    }

    private String h2() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "demo",
                "validate",
                "import",
                "export",
                "members",
                "registrations",
                "calendar",
                "newsletter",
                "directory"
            })
    void everyCommandHasHelp(String command) {
        Run run = run(command, "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: chemnet " + command);
    }

    @Test
    void printsHelpAndVersion() {
        assertThat(run("--help").out()).contains("demo", "validate", "import", "export", "members", "newsletter");
        assertThat(run("--version").out()).startsWith("chemnet ");
        assertThat(run("newsletter", "send", "--help").exit()).isZero();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("no-such-command").exit()).isEqualTo(2);
        assertThat(run("members", "--network", "x").exit()).as("missing --db").isEqualTo(2);
        assertThat(run("members", "--db", "jdbc:h2:mem:x", "--network", "x", "--as-of", "yesterday")
                        .exit())
                .isEqualTo(2);
        assertThat(run("validate").err()).contains("Missing required parameter: 'FILE'");
        assertThat(run("validate", "x.json", "--lang", "fr").exit()).isEqualTo(2);
    }

    @Test
    void demoRunsTheMainJob() throws IOException {
        Run run = run("demo", "--out", dir.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Participating organizations as of 2020-03-09: 317")
                .contains("refused (INELIGIBLE_TYPE)")
                .contains("refused (APPLICANT_IS_A_PERSON)")
                .contains("approved: Demo Coatings Co., Ltd.")
                .containsPattern("audit log #\\d+: ApplicationReceived by PERSON ")
                .containsPattern("audit log #\\d+: ParticipationApproved by SECRETARIAT_STAFF oecc-secretariat of ")
                .contains("Chair: ")
                .containsPattern("Motion \"Adopt the mail magazine's programme for the year\": \\d+ yes, 0 no, 1"
                        + " abstaining of \\d+ seats sitting; pass on 2020-03-09 \\(recorded by the activity"
                        + " jp-newsletter: 1 decision\\)")
                .contains("5. The CHEMSS series of the ICCSS Global Network, edition by edition:")
                .contains("   CHEMSS2016, 2016-04-18 in Kielce: organized by International Centre for Chemical Safety"
                        + " and Security; co-organized by Targi Kielce")
                .contains("   CHEMSS2017, 2017-09-19 in Shanghai: organized by China Petroleum and Chemical Industry"
                        + " Federation, International Centre for Chemical Safety and Security")
                .contains("2016 Summit Declaration (adopted at CHEMSS2016 on 2016-04-20)")
                .contains("endorsed by China Petroleum and Chemical Industry Federation since 2017-09-20")
                .contains("delivered 217, failed 0, waiting to retry 0; the SMTP server on 127.0.0.1 received 217")
                .contains("Files written in " + dir.toAbsolutePath());
        assertThat(dir.resolve("jp-strategic-response-2020-03-09.ja.html")).exists();
        assertThat(dir.resolve("chemnet.mv.db")).exists();
        assertThat(dir.resolve("jp-strategic-response.json")).exists();
        assertThat(dir.resolve("iccss-global.popolo.json")).exists();
        assertThat(run.out())
                .contains("124 organizations registered: 120 confirmed, 4 waitlisted")
                .contains("3 cancelled; promoted in order from the waitlist: #121, #122, #123; still waitlisted: 1")
                .contains("on the day: turnout 110 organizations from 1 country (ATTENDED: counted from attendance)");
        assertThat(dir.resolve("iccss-global.ics")).content().contains("UID:chemnet-event-chemss2016");
        registrationsAndCalendarsOfTheDemo(
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("chemnet"));
        theDemosNetworksComeBackWholeFromTheirExports(
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("chemnet"));
        assertThat(run("demo", "--out", dir.toString()).exit())
                .as("a second run starts afresh")
                .isZero();
    }

    /**
     * The demo's networks exported as JSON and imported into a new database hold the same registrations, motions,
     * votes and series, and export the same sections again.
     */
    private void theDemosNetworksComeBackWholeFromTheirExports(String db) throws IOException {
        String fresh = "jdbc:h2:file:" + dir.resolve("again").toAbsolutePath();
        try (NetworkValidator validator = NetworkValidator.create()) {
            NetworkJson json = NetworkJson.create(validator);
            for (String network : List.of("jp-strategic-response", "iccss-global")) {
                Path exported = dir.resolve(network + "-exported.json");
                Run export = run("export", "--db", db, "--network", network, "--out", exported.toString());
                assertThat(export.exit()).as(export.err()).isZero();
                Run imported = run("import", exported.toString(), "--db", fresh);
                assertThat(imported.exit()).as(imported.err()).isZero();
                Path again = dir.resolve(network + "-again.json");
                assertThat(run("export", "--db", fresh, "--network", network, "--out", again.toString())
                                .exit())
                        .isZero();

                NetworkGraph before = read(json, exported);
                NetworkGraph after = read(json, again);
                assertThat(after.affiliations()).isEqualTo(before.affiliations());
                assertThat(after.eventSeries()).isEqualTo(before.eventSeries());
                assertThat(after.registrationRules()).isEqualTo(before.registrationRules());
                assertThat(after.registrations()).isEqualTo(before.registrations());
                assertThat(after.boardRules()).isEqualTo(before.boardRules());
                assertThat(after.motions()).isEqualTo(before.motions());
                assertThat(after.votes()).isEqualTo(before.votes());
                assertThat(after.board()).isEqualTo(before.board());
            }
            NetworkGraph japan = read(json, dir.resolve("jp-strategic-response-exported.json"));
            assertThat(japan.registrations()).hasSize(124);
            assertThat(japan.motions()).singleElement().satisfies(m -> assertThat(m.decision())
                    .isPresent());
            assertThat(japan.votes()).isNotEmpty();
            assertThat(read(json, dir.resolve("iccss-global-exported.json")).eventSeries())
                    .singleElement()
                    .satisfies(series -> assertThat(series.editions()).hasSize(2));
        }
        assertThat(run("registrations", "--db", fresh, "--seminar", "gen-jp-seminar")
                        .out())
                .isEqualTo(run("registrations", "--db", db, "--seminar", "gen-jp-seminar")
                        .out());
    }

    private static NetworkGraph read(NetworkJson json, Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return json.read(in);
        }
    }

    private void registrationsAndCalendarsOfTheDemo(String db) throws IOException {
        Run listed = run("registrations", "--db", db, "--seminar", "gen-jp-seminar");
        assertThat(listed.exit()).as(listed.err()).isZero();
        List<String> lines = listed.out().lines().toList();
        assertThat(lines).hasSize(125);
        assertThat(lines.get(0)).startsWith("1\tCANCELLED\t\t").endsWith("\t2020-01-20T01:00:00Z");
        assertThat(lines.get(120)).startsWith("121\tCONFIRMED\tPRESENT\t");
        assertThat(lines.get(123)).startsWith("124\tWAITLISTED\t\t");
        assertThat(lines.get(124))
                .isEqualTo("120 confirmed of 120 places, 1 waitlisted, 3 cancelled; participants may register;"
                        + " turnout 110 participants from 1 country (attended)");
        Run notOpen = run("registrations", "--db", db, "--event", "chemss2016");
        assertThat(notOpen.err()).contains("registration for event 'chemss2016' is not open");
        assertThat(notOpen.exit()).isEqualTo(1);
        assertThat(run("registrations", "--db", db, "--event", "a", "--seminar", "b")
                        .exit())
                .as("both")
                .isEqualTo(2);
        assertThat(run("registrations", "--db", db).exit())
                .as("neither --event nor --seminar")
                .isEqualTo(2);

        Path ics = dir.resolve("out.ics");
        Run written = run(
                "calendar", "--db", db, "--network", "jp-strategic-response", "--lang", "ja", "--out", ics.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(Files.readString(ics, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("UID:chemnet-seminar-gen-jp-seminar\r\n", "DTSTART;VALUE=DATE:20200214\r\n");
        Run one = run("calendar", "--db", db, "--event", "chemss2016");
        assertThat(one.out()).contains("UID:chemnet-event-chemss2016").doesNotContain("chemss2017");
        assertThat(run("calendar", "--db", db, "--event", "nope", "--out", ics.toString())
                        .exit())
                .isEqualTo(1);
        assertThat(Files.readString(ics, java.nio.charset.StandardCharsets.UTF_8))
                .as("a failed run leaves the file as it was")
                .contains("UID:chemnet-seminar-gen-jp-seminar");
        assertThat(run("calendar", "--db", db).exit())
                .as("neither --network nor --event")
                .isEqualTo(2);
    }

    @Test
    void validatesFilesAndPrintsEveryProblem() throws IOException {
        Path good = write(JapanNetwork.graph(), "good.json");
        Run valid = run("validate", good.toString());
        assertThat(valid.exit()).isZero();
        assertThat(valid.out()).isEqualTo(good + ": valid\n");

        String text = Files.readString(good, StandardCharsets.UTF_8)
                .replace("\"country\":\"JP\",\"website\":\"http://www.oecc.or.jp\"", "\"country\":\"jp\"")
                .replace("\"scope\":\"NATIONAL\"", "\"scope\":\"NATIONAL\",\"unknown\":1");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text, StandardCharsets.UTF_8);
        Run invalid = run("validate", bad.toString());
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.out())
                .contains("/network/unknown")
                .contains("[UnknownProperty]")
                .contains("1 problem");

        Files.writeString(bad, text.replace(",\"unknown\":1", ""), StandardCharsets.UTF_8);
        Run japanese = run("validate", bad.toString(), "--lang", "ja");
        assertThat(japanese.exit()).isEqualTo(1);
        assertThat(japanese.out())
                .contains("/organizations/0/country")
                .contains("ISO 3166-1 alpha-2 の大文字の国コード（例: JP）でなければなりません [CountryCode]");

        Run missing = run("validate", dir.resolve("missing.json").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("missing.json");
    }

    @Test
    void importsExportsAndListsMembersOnH2() throws IOException {
        Path file = write(JapanNetwork.graph(), "jp.json");

        Run imported = run("import", file.toString(), "--db", h2());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("imported network jp-strategic-response: ");

        Run count =
                run("members", "--db", h2(), "--network", "jp-strategic-response", "--as-of", "2020-03-09", "--count");
        assertThat(count.out().strip()).isEqualTo("317");
        Run smes = run(
                "members",
                "--db",
                h2(),
                "--network",
                "jp-strategic-response",
                "--as-of",
                "2020-03-09",
                "--type",
                "NGO",
                "--country",
                "JP",
                "--lang",
                "ja");
        assertThat(smes.exit()).isZero();
        assertThat(smes.out()).contains("環境フォーラム").endsWith("7 participants as of 2020-03-09\n");

        Run exported = run("export", "--db", h2(), "--network", "jp-strategic-response");
        assertThat(exported.exit()).isZero();
        assertThat(exported.out()).startsWith("{\"format\":\"chemnet-network\",\"version\":1,");
        Path popolo = dir.resolve("jp.popolo.json");
        Run popoloRun = run(
                "export",
                "--db",
                h2(),
                "--network",
                "jp-strategic-response",
                "--format",
                "popolo",
                "--out",
                popolo.toString());
        assertThat(popoloRun.exit()).isZero();
        assertThat(Files.readString(popolo, StandardCharsets.UTF_8)).startsWith("{\"organizations\":[");
        assertThat(run("export", "--db", h2(), "--network", "jp-strategic-response", "--format", "xml")
                        .exit())
                .isEqualTo(2);
        assertThat(run("export", "--db", h2(), "--network", "nope").exit()).isEqualTo(1);
    }

    @Test
    void writesTheDirectoryPage() throws IOException {
        Path file = write(JapanNetwork.graph(), "jp.json");
        assertThat(run("import", file.toString(), "--db", h2()).exit()).isZero();

        Run run = run(
                "directory",
                "--db",
                h2(),
                "--network",
                "jp-strategic-response",
                "--as-of",
                "2020-03-09",
                "--lang",
                "ja",
                "--out",
                dir.resolve("pages").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Path page = dir.resolve("pages").resolve("jp-strategic-response-2020-03-09.ja.html");
        assertThat(run.out().strip()).isEqualTo("wrote " + page.toAbsolutePath());
        assertThat(Files.readString(page, StandardCharsets.UTF_8))
                .contains("<strong id=\"count\">317</strong>")
                .contains("化学物質国際対応ネットワーク");
        assertThat(run(
                                "directory",
                                "--db",
                                h2(),
                                "--network",
                                "jp-strategic-response",
                                "--lang",
                                "de",
                                "--out",
                                dir.toString())
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void aBadImportStoresNothingAndExitsWithOne() throws IOException {
        Path file = write(JapanNetwork.graph(), "jp.json");
        String broken =
                Files.readString(file, StandardCharsets.UTF_8).replace("\"type\":\"ENTERPRISE\"", "\"type\":\"X\"");
        Files.writeString(file, broken, StandardCharsets.UTF_8);

        Run run = run("import", file.toString(), "--db", h2());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("[Format]");
        assertThat(run("members", "--db", h2(), "--network", "jp-strategic-response", "--count")
                        .out()
                        .strip())
                .isEqualTo("0");
        assertThat(run("members", "--db", "jdbc:mysql://x", "--network", "x").exit())
                .isEqualTo(1);
    }

    @Test
    void worksOnAPostgresqlUrlToo() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Path file = write(JapanNetwork.graph(), "jp.json");
            assertThat(run("import", file.toString(), "--db", url, "--db-user", "postgres")
                            .exit())
                    .isZero();
            Run count = run(
                    "members",
                    "--db",
                    url,
                    "--db-user",
                    "postgres",
                    "--network",
                    "jp-strategic-response",
                    "--as-of",
                    "2020-03-09",
                    "--count");
            assertThat(count.out().strip()).isEqualTo("317");
            assertThat(run("export", "--db", url, "--db-user", "postgres", "--network", "jp-strategic-response")
                            .out())
                    .contains("\"id\":\"oecc\"");
        }
    }

    private Run send(int port, String number, String subject, Path body, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "newsletter",
                "send",
                "--db",
                h2(),
                "--network",
                "jp-strategic-response",
                "--smtp",
                "127.0.0.1:" + port,
                "--smtp-security",
                "NONE",
                "--from",
                "news@network.example.org",
                "--number",
                number,
                "--subject",
                subject,
                "--body",
                body.toString(),
                "--lang",
                "ja"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private Run sendUnsubscribable(int port, String number, String subject, Path body) throws IOException {
        Path secret = dir.resolve("unsubscribe.secret");
        if (!Files.exists(secret)) {
            Files.write(secret, "a secret of thirty-two bytes or more".getBytes(StandardCharsets.US_ASCII));
        }
        return send(
                port,
                number,
                subject,
                body,
                "--unsubscribe-url",
                "https://network.example.org/unsubscribe",
                "--unsubscribe-secret-file",
                secret.toString());
    }

    @Test
    void sendsANewsletterThroughTheOutbox() throws Exception {
        Path file = write(JapanNetwork.graph(), "jp.json");
        assertThat(run("import", file.toString(), "--db", h2()).exit()).isZero();
        Path body = dir.resolve("body.txt");
        Files.writeString(body, "欧州の最新動向。", StandardCharsets.UTF_8);
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Run bare = send(port, "107", "メールマガジン 第107号", body);
            assertThat(bare.exit()).isEqualTo(2);
            assertThat(bare.err()).contains("--unsubscribe-url", "--without-unsubscribe");
            assertThat(smtp.getReceivedMessages()).isEmpty();

            Run run = sendUnsubscribable(port, "107", "メールマガジン 第107号", body);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("issue 107 to 215 subscribers: 215 delivered, 0 failed, 0 pending\n");
            assertThat(smtp.getReceivedMessages()).hasSize(215);
            for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
                assertThat(m.getHeader("List-Unsubscribe")[0])
                        .startsWith("<https://network.example.org/unsubscribe?token=");
            }

            Run again = sendUnsubscribable(port, "107", "メールマガジン 第107号", body);
            assertThat(again.exit())
                    .as("sent again, the issue is resumed: " + again.err())
                    .isZero();
            assertThat(again.out()).isEqualTo("issue 107 to 215 subscribers: 0 delivered, 0 failed, 0 pending\n");
            assertThat(smtp.getReceivedMessages()).hasSize(215);

            Run twoLines = sendUnsubscribable(port, "108", "第108号\r\nBcc: everyone@example.org", body);
            assertThat(twoLines.exit()).isEqualTo(1);
            assertThat(twoLines.err()).contains("subject", "one line", "(TextBounds)");
            Run changed = sendUnsubscribable(port, "107", "another subject", body);
            assertThat(changed.exit()).isEqualTo(1);
            assertThat(changed.err()).contains("is issued already", "(IssuedAlready)");

            Path magazine = dir.resolve("magazine.txt");
            Files.writeString(magazine, "欧州の最新動向。\n".repeat(12_000), StandardCharsets.UTF_8);
            Run longOne = sendUnsubscribable(port, "108", "メールマガジン 第108号", magazine);
            assertThat(longOne.exit()).as(longOne.err()).isZero();
            assertThat(longOne.out()).isEqualTo("issue 108 to 215 subscribers: 215 delivered, 0 failed, 0 pending\n");
            assertThat(smtp.getReceivedMessages()).hasSize(430);
            // an issue first sent on an earlier day is resumed, not refused for its day
            try (com.zaxxer.hikari.HikariDataSource db =
                            Databases.open(h2(), java.util.Optional.empty(), java.util.Optional.empty());
                    org.chemnet.network.NetworkRuntime runtime = org.chemnet.network.NetworkRuntime.builder()
                            .plugin(new org.chemnet.network.jdbc.JdbcPlugin(db))
                            .build()) {
                runtime.newsletters()
                        .issue(new org.chemnet.network.newsletter.NewsletterIssue(
                                org.chemnet.network.newsletter.MessageId.of("jp-strategic-response-newsletter-110"),
                                JapanNetwork.NEWSLETTER,
                                110,
                                java.time.LocalDate.of(2020, 1, 1),
                                java.util.Set.of(),
                                org.chemnet.network.common.LocalizedText.of("ja", "第110号"),
                                org.chemnet.network.common.LocalizedText.of(
                                        "ja", Files.readString(body, StandardCharsets.UTF_8))));
            }
            Run earlier = sendUnsubscribable(port, "110", "第110号", body);
            assertThat(earlier.exit()).as(earlier.err()).isZero();
            assertThat(earlier.out()).isEqualTo("issue 110 to 215 subscribers: 215 delivered, 0 failed, 0 pending\n");

            Run status =
                    run("newsletter", "status", "--db", h2(), "--network", "jp-strategic-response", "--number", "108");
            assertThat(status.exit()).as(status.err()).isZero();
            assertThat(status.out()).isEqualTo("issue 108 of jp-strategic-response: 215 sent, 0 failed, 0 pending\n");
        } finally {
            smtp.stop();
        }
        Run down = sendUnsubscribable(port, "109", "メールマガジン 第109号", body);
        assertThat(down.exit()).as("the server is down").isEqualTo(1);
        assertThat(down.out())
                .startsWith(
                        "issue 109 to 215 subscribers: 0 delivered, 0 failed, 215 pending\n  215\tpending, will retry: ");
        assertThat(run("newsletter", "status", "--db", h2(), "--network", "jp-strategic-response", "--number", "109")
                        .out())
                .startsWith(
                        "issue 109 of jp-strategic-response: 0 sent, 0 failed, 215 pending\n  215\tpending, will retry: ");
        Run none = run("newsletter", "status", "--db", h2(), "--network", "jp-strategic-response", "--number", "999");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("issue 999 of network");
        assertThat(run(
                                "newsletter",
                                "send",
                                "--db",
                                h2(),
                                "--network",
                                "jp-strategic-response",
                                "--smtp",
                                "nohost",
                                "--from",
                                "a@example.org",
                                "--number",
                                "1",
                                "--subject",
                                "s",
                                "--body",
                                body.toString())
                        .exit())
                .isEqualTo(2);
    }
}
