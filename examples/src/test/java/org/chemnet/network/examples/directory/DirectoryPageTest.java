package org.chemnet.network.examples.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.consent.ConsentChannel;
import org.chemnet.network.consent.ConsentEntry;
import org.chemnet.network.consent.ConsentEntryId;
import org.chemnet.network.consent.ConsentPurpose;
import org.chemnet.network.examples.seed.JapanNetwork;
import org.chemnet.network.examples.seed.ListingConsents;
import org.chemnet.network.examples.seed.SeedNetworks;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.membership.Application;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DirectoryPageTest {
    private static final Path OUT = Path.of("target", "directory");
    private static final LocalDate DAY = JapanNetwork.COUNTED_ON;
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final java.time.Instant CONSENTED = java.time.Instant.parse("2026-03-01T00:00:00Z");
    private static NetworkRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = NetworkRuntime.builder().build();
        for (NetworkGraph graph : SeedNetworks.all()) {
            runtime.networks().register(graph);
            ListingConsents.of(graph, CONSENTED).forEach(runtime.consents()::record);
        }
        OrganizationId hostile = OrganizationId.of("hostile");
        runtime.networks()
                .save(Organization.builder(hostile, LocalizedText.jaEn(HOSTILE, HOSTILE), OrganizationType.NGO)
                        .website("https://hostile.example/?a=1&b=2")
                        .build());
        var m = runtime.participation()
                .apply(Application.of(JapanNetwork.ID, hostile, Optional.empty(), LocalDate.of(2020, 1, 6)));
        runtime.participation().approve(m.id(), LocalDate.of(2020, 1, 6));
        runtime.consents()
                .record(new ConsentEntry(
                        ConsentEntryId.of("hostile-listing"),
                        JapanNetwork.ID,
                        Optional.empty(),
                        Optional.of(hostile),
                        Optional.empty(),
                        ConsentPurpose.DIRECTORY_LISTING,
                        Optional.empty(),
                        true,
                        ConsentChannel.WEB_FORM,
                        ListingConsents.TEXT,
                        "2026-03",
                        CONSENTED,
                        "application form",
                        ""));
    }

    @Test
    void namesOnlyTheParticipantsThatConsentedAndCountsThemAll() {
        try (NetworkRuntime own = NetworkRuntime.builder().build()) {
            NetworkGraph japan = JapanNetwork.graph();
            own.networks().register(japan);
            ListingConsents.of(japan, CONSENTED).forEach(own.consents()::record);
            namesOnlyTheParticipantsThatConsented(own);
        }
    }

    private static void namesOnlyTheParticipantsThatConsented(NetworkRuntime runtime) {
        List<Participant> all = runtime.participation().participantsOn(ParticipantQuery.of(JapanNetwork.ID, DAY));
        java.util.Set<OrganizationId> listed = runtime.consents()
                .listedAmong(
                        JapanNetwork.ID,
                        all.stream().map(p -> p.organization().id()).toList());
        List<Participant> unlisted = all.stream()
                .filter(p -> !listed.contains(p.organization().id()))
                .toList();
        assertThat(unlisted).isNotEmpty();

        String html = new DirectoryPage(runtime).render(JapanNetwork.ID, DAY, "en");

        assertThat(html)
                .contains("<strong id=\"count\">" + all.size() + "</strong>")
                .contains(unlisted.size() + " more participants are not listed by name, as they have not consented"
                        + " to be listed.");
        java.util.Set<String> shown = new java.util.HashSet<>();
        all.stream()
                .filter(p -> listed.contains(p.organization().id()))
                .forEach(p -> shown.add(p.organization().name().resolve(java.util.Locale.ENGLISH)));
        runtime.governance().boardOn(JapanNetwork.ID, DAY).seats().forEach(seat -> runtime.directory()
                .organization(seat.organization())
                .ifPresent(o -> shown.add(o.name().resolve(java.util.Locale.ENGLISH))));
        runtime.directory()
                .secretariat(JapanNetwork.ID)
                .flatMap(sec -> runtime.directory().organization(sec.host()))
                .ifPresent(o -> shown.add(o.name().resolve(java.util.Locale.ENGLISH)));
        List<Participant> hiddenOnly = unlisted.stream()
                .filter(p -> !shown.contains(p.organization().name().resolve(java.util.Locale.ENGLISH)))
                .toList();
        assertThat(hiddenOnly)
                .as("unlisted participants whose names nothing else shows")
                .isNotEmpty();
        for (Participant hidden : hiddenOnly) {
            String name = DirectoryPage.esc(hidden.organization().name().resolve(java.util.Locale.ENGLISH));
            assertThat(html).as("the unlisted %s", name).doesNotContain(">" + name + "<", "\"" + name + "\"");
        }
        runtime.consents()
                .record(new ConsentEntry(
                        ConsentEntryId.of(
                                "withdrawn-" + unlisted.get(0).organization().id()),
                        JapanNetwork.ID,
                        Optional.empty(),
                        Optional.of(listed.iterator().next()),
                        Optional.empty(),
                        ConsentPurpose.DIRECTORY_LISTING,
                        Optional.empty(),
                        false,
                        ConsentChannel.EMAIL,
                        ListingConsents.TEXT,
                        "2026-03",
                        CONSENTED.plusSeconds(60),
                        "mail to the secretariat",
                        ""));
        assertThat(new DirectoryPage(runtime).render(JapanNetwork.ID, DAY, "ja"))
                .contains("このほか" + (unlisted.size() + 1) + "団体が参加しています");
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    static Stream<Arguments> pages() {
        List<Arguments> pages = new ArrayList<>();
        for (NetworkGraph graph : SeedNetworks.all()) {
            for (String language : List.of("ja", "en")) {
                pages.add(Arguments.of(graph.network().id().value(), language));
            }
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pages")
    void rendersEverySeedNetworkInBothLanguages(String network, String language) throws IOException {
        String html =
                new DirectoryPage(runtime).render(org.chemnet.network.kernel.NetworkId.of(network), DAY, language);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(network + "." + language + ".html"), html, StandardCharsets.UTF_8);

        assertThat(html)
                .startsWith("<!DOCTYPE html>\n<html lang=\"" + language + "\">")
                .contains("<svg id=\"chart\" role=\"img\"")
                .contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"")
                .doesNotContain("<link", "src=\"http", "@import", "<script src");
    }

    @Test
    void escapesEveryTextAndCountsTheDay() {
        String html = new DirectoryPage(runtime).render(JapanNetwork.ID, DAY, "ja");

        assertThat(html)
                .contains("<strong id=\"count\">318</strong>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("href=\"https://hostile.example/?a=1&amp;b=2\"")
                .doesNotContain(HOSTILE)
                .contains("\\u003cscript>alert(1)\\u003c/script>")
                .contains("2020-03-09 現在の参加団体数:")
                .contains("<a href=\"http://www.oecc.or.jp\" rel=\"noopener\">海外環境協力センター</a>");
        assertThatThrownBy(() -> new DirectoryPage(runtime).render(JapanNetwork.ID, DAY, "fr"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPersonSeesTheCountANamedLinkTheChartAndTheHostileNameAsTextInChromium() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(
                Files.isExecutable(chromium),
                "Chromium is not installed: install Debian's chromium (apt-get install chromium) to run this test;"
                        + " .ci/run does");
        String html = new DirectoryPage(runtime).render(JapanNetwork.ID, DAY, "en");
        Files.createDirectories(OUT);
        Path page = OUT.resolve("browser.en.html").toAbsolutePath();
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Participant known = runtime.participation()
                .participantsOn(ParticipantQuery.of(JapanNetwork.ID, DAY))
                .get(0);
        String knownName = known.organization().name().resolve(java.util.Locale.ENGLISH);
        String knownSite = known.organization().website().orElseThrow();

        String dom = chromium(chromium, "--dump-dom", page.toUri().toString());
        Path screenshot = OUT.resolve("directory.png").toAbsolutePath();
        chromium(
                chromium,
                "--screenshot=" + screenshot,
                "--window-size=1200,1600",
                page.toUri().toString());

        assertThat(dom).contains("<strong id=\"count\">318</strong>");
        assertThat(dom).contains("<a href=\"" + knownSite + "\" rel=\"noopener\">" + knownName + "</a>");
        assertThat(dom).contains("<svg id=\"chart\"").contains("<polyline class=\"line\" points=\"");
        assertThat(dom).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(HOSTILE);
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private static String chromium(Path chromium, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("chromium finished")
                .isTrue();
        assertThat(process.exitValue()).as("chromium's exit code").isZero();
        return out;
    }
}
