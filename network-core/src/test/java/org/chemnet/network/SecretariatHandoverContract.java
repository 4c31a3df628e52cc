package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemnet.network.Races.THREADS;
import static org.chemnet.network.Races.losersGotClearErrors;
import static org.chemnet.network.Races.race;
import static org.chemnet.network.Races.successes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The secretariat handed over through {@code runtime.governance()}, its history kept: the secretariat of a day, the
 * history oldest first, the refusals (storing nothing), the change event, and races of {@value Races#THREADS}
 * threads over two runtimes on one store: no former secretariat lost or doubled.
 *
 * <p>A store's test extends this class and says how to make a fresh store and a second node over the same data.
 */
public abstract class SecretariatHandoverContract extends TwoNodes {
    /** The test network's secretariat: hosted by {@link TestData#HOST} since this day. */
    private static final LocalDate HOSTED = LocalDate.of(2007, 1, 1);

    private static final LocalDate FROM = LocalDate.of(2020, 4, 1);

    @BeforeEach
    void startingPoint() {
        List<Organization> hosts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            hosts.add(Organization.builder(host(i), LocalizedText.en("Host " + i), OrganizationType.NPO)
                    .country("JP")
                    .build());
        }
        first.networks()
                .register(TestData.graph().toBuilder().organizations(hosts).build());
        listener.clear();
    }

    private static OrganizationId host(int i) {
        return OrganizationId.of("host-" + i);
    }

    private static Secretariat original() {
        return TestData.graph().secretariat().orElseThrow();
    }

    private static Secretariat hosted(Secretariat s, OrganizationId host, Period period) {
        return new Secretariat(s.name(), host, s.responsibilities(), Optional.of(period));
    }

    /** The history is a chain: each period ends the day before the next one starts, and none is there twice. */
    private static void chained(List<Secretariat> history) {
        assertThat(history).doesNotHaveDuplicates();
        for (int i = 0; i + 1 < history.size(); i++) {
            Period period = history.get(i).period().orElseThrow();
            Period next = history.get(i + 1).period().orElseThrow();
            assertThat(period.end()).contains(next.start().minusDays(1));
        }
        assertThat(history.get(history.size() - 1).period().orElseThrow().end()).isEmpty();
    }

    private void graphStillValidates() {
        validator.check(first.networks().graph(TestData.NETWORK).orElseThrow());
    }

    @Test
    void handsOverKeepingNameAndResponsibilitiesAndTheOneBeforeInTheHistory() {
        Secretariat handedOver = first.governance().handOverSecretariat(TestData.NETWORK, TestData.MEMBER, FROM);

        Secretariat before = hosted(original(), TestData.HOST, Period.of(HOSTED, FROM.minusDays(1)));
        assertThat(handedOver).isEqualTo(hosted(original(), TestData.MEMBER, Period.from(FROM)));
        assertThat(second.governance().secretariats(TestData.NETWORK)).containsExactly(before, handedOver);
        assertThat(second.governance().secretariatOn(TestData.NETWORK, FROM.minusDays(1)))
                .contains(before);
        assertThat(second.governance().secretariatOn(TestData.NETWORK, FROM)).contains(handedOver);
        assertThat(second.governance().secretariatOn(TestData.NETWORK, HOSTED.minusDays(1)))
                .isEmpty();
        assertThat(second.directory().secretariat(TestData.NETWORK)).contains(handedOver);
        assertThat(first.networks().graph(TestData.NETWORK).orElseThrow().secretariat())
                .as("the exchange format carries the current secretariat only")
                .contains(handedOver);
        List<NetworkGraph> exported = new ArrayList<>();
        second.networks().export(TestData.NETWORK, NetworkGraph.collecting(exported::add));
        assertThat(exported.get(0).secretariat()).contains(handedOver);
        assertThat(listener.events())
                .containsExactly(new ChangeEvent.SecretariatHandedOver(TestData.NETWORK, before, handedOver));
        graphStillValidates();
    }

    @Test
    void handsOverAWholeSecretariatAndKeepsEveryOneBeforeOldestFirst() {
        Secretariat renamed = new Secretariat(
                LocalizedText.jaEn("事務局", "Network office"),
                host(0),
                List.of(LocalizedText.en("Registers participants"), LocalizedText.en("Sends the newsletter")),
                Optional.of(Period.from(FROM)));

        assertThat(first.governance().handOverSecretariat(TestData.NETWORK, renamed))
                .isEqualTo(renamed);
        LocalDate later = FROM.plusYears(2);
        Secretariat last = second.governance().handOverSecretariat(TestData.NETWORK, host(1), later);

        List<Secretariat> history = first.governance().secretariats(TestData.NETWORK);
        assertThat(history)
                .containsExactly(
                        hosted(original(), TestData.HOST, Period.of(HOSTED, FROM.minusDays(1))),
                        new Secretariat(
                                renamed.name(),
                                host(0),
                                renamed.responsibilities(),
                                Optional.of(Period.of(FROM, later.minusDays(1)))),
                        last);
        assertThat(last.name()).isEqualTo(renamed.name());
        assertThat(first.governance()
                        .secretariatOn(TestData.NETWORK, later.minusDays(1))
                        .map(Secretariat::host))
                .contains(host(0));
        chained(history);
        graphStillValidates();
    }

    @Test
    void refusesAHandOverBackInTimeAndStoresNothing() {
        assertThatThrownBy(() -> first.governance().handOverSecretariat(TestData.NETWORK, TestData.MEMBER, HOSTED))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("from"));
        assertThatThrownBy(() ->
                        first.governance().handOverSecretariat(TestData.NETWORK, TestData.MEMBER, HOSTED.minusYears(1)))
                .isInstanceOf(NetworkValidationException.class)
                .hasMessageContaining("must be after the first day of the current secretariat (" + HOSTED);

        assertThat(second.governance().secretariats(TestData.NETWORK)).containsExactly(original());
        assertThat(listener.events()).isEmpty();
    }

    @Test
    void refusesAnUnknownNetworkHostOrASecretariatWithoutPeriod() {
        assertThatThrownBy(() -> first.governance().handOverSecretariat(NetworkId.of("unknown"), TestData.MEMBER, FROM))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("network"));
        assertThatThrownBy(() ->
                        first.governance().handOverSecretariat(TestData.NETWORK, OrganizationId.of("nobody"), FROM))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("organization"));
        Secretariat undated = new Secretariat(original().name(), host(0), List.of(), Optional.empty());
        assertThatThrownBy(() -> first.governance().handOverSecretariat(TestData.NETWORK, undated))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("period"));
        assertThat(second.governance().secretariats(TestData.NETWORK)).containsExactly(original());

        first.governance().hostSecretariat(TestData.NETWORK, undated);
        assertThatThrownBy(() -> first.governance().handOverSecretariat(TestData.NETWORK, TestData.MEMBER, FROM))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("no known period");
        assertThat(second.governance().secretariats(TestData.NETWORK))
                .as("hosting replaces the secretariat without keeping it")
                .containsExactly(undated);
        assertThat(second.governance().secretariatOn(TestData.NETWORK, FROM)).isEmpty();
    }

    @Test
    void handsOverOnceOfSixteenHandOversFromOneDay() throws Exception {
        var outcomes = race(first, second, (runtime, i) -> runtime.governance()
                .handOverSecretariat(TestData.NETWORK, host(i), FROM));

        assertThat(successes(outcomes)).hasSize(1);
        losersGotClearErrors(outcomes, NetworkValidationException.class, ConcurrentUpdateException.class);
        Secretariat winner = successes(outcomes).get(0);
        List<Secretariat> history = second.governance().secretariats(TestData.NETWORK);
        assertThat(history)
                .containsExactly(hosted(original(), TestData.HOST, Period.of(HOSTED, FROM.minusDays(1))), winner);
        assertThat(first.directory().secretariat(TestData.NETWORK)).contains(winner);
        graphStillValidates();
    }

    @Test
    void keepsEveryHandOverOfSixteenFromDifferentDaysInOneChain() throws Exception {
        var outcomes = race(first, second, (runtime, i) -> runtime.governance()
                .handOverSecretariat(TestData.NETWORK, host(i), FROM.plusMonths(i)));

        losersGotClearErrors(outcomes, NetworkValidationException.class, ConcurrentUpdateException.class);
        List<Secretariat> winners = successes(outcomes);
        assertThat(winners).isNotEmpty();
        List<Secretariat> history = second.governance().secretariats(TestData.NETWORK);
        assertThat(history).hasSize(1 + winners.size());
        assertThat(history.get(0).host()).isEqualTo(TestData.HOST);
        chained(history);
        assertThat(history.subList(1, history.size()))
                .extracting(Secretariat::host)
                .containsExactlyInAnyOrderElementsOf(
                        winners.stream().map(Secretariat::host).toList());
        assertThat(history.get(history.size() - 1)).isIn(winners);
        graphStillValidates();
    }
}
