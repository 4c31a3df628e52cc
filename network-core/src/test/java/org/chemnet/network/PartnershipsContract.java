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
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.membership.PartnershipRefusedException;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Partnerships through {@code runtime.partnerships()}: allied, ended, allied again, the partners of a day, the
 * refusals (storing nothing), the change events, and races of {@value Races#THREADS} threads over two runtimes on one
 * store: of sixteen allying one organization or ending one partnership at once, exactly one succeeds.
 *
 * <p>A store's test extends this class and says how to make a fresh store and a second node over the same data.
 */
public abstract class PartnershipsContract extends TwoNodes {
    private static final LocalDate START = LocalDate.of(2021, 2, 1);
    /** A partner of the registered network whose period is not known, as the ICCSS seed's partners are. */
    private static final Partner UNDATED =
            new Partner(TestData.MEMBER, Optional.of(LocalizedText.en("co-organizer")), Optional.empty());

    @BeforeEach
    void startingPoint() {
        List<Organization> allies = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            allies.add(Organization.builder(ally(i), LocalizedText.en("Ally " + i), OrganizationType.NGO)
                    .country("PL")
                    .build());
        }
        first.networks()
                .register(TestData.graph().toBuilder()
                        .organizations(allies)
                        .partners(UNDATED)
                        .build());
        listener.clear();
    }

    private static OrganizationId ally(int i) {
        return OrganizationId.of("ally-" + i);
    }

    private static Partner partner(int i, Period period) {
        return new Partner(ally(i), Optional.of(LocalizedText.en("memorandum of understanding")), Optional.of(period));
    }

    private List<Partner> stored() {
        return second.directory().partners(TestData.NETWORK);
    }

    private void graphStillValidates() {
        validator.check(first.networks().graph(TestData.NETWORK).orElseThrow());
    }

    @Test
    void alliesAnOrganizationAndListsItOnTheDaysOfItsPeriod() {
        Partner partner = partner(0, Period.from(START));

        assertThat(first.partnerships().ally(TestData.NETWORK, partner)).isEqualTo(partner);

        assertThat(stored()).containsExactly(partner, UNDATED);
        assertThat(second.partnerships().partnersOn(TestData.NETWORK, START.minusDays(1)))
                .containsExactly(UNDATED);
        assertThat(second.partnerships().partnersOn(TestData.NETWORK, START)).containsExactly(partner, UNDATED);
        assertThat(listener.events()).containsExactly(new ChangeEvent.PartnerAllied(TestData.NETWORK, partner));
        graphStillValidates();
    }

    @Test
    void refusesAPartnerWithoutAPeriodOfAnUnknownNetworkOrOrganization() {
        Partner undated = new Partner(ally(0), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> first.partnerships().ally(TestData.NETWORK, undated))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("period"));
        assertThatThrownBy(() -> first.partnerships().ally(NetworkId.of("unknown"), partner(0, Period.from(START))))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("network"));
        Partner stranger = new Partner(OrganizationId.of("nobody"), Optional.empty(), Optional.of(Period.from(START)));
        assertThatThrownBy(() -> first.partnerships().ally(TestData.NETWORK, stranger))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("organization"));
        assertThatThrownBy(
                        () -> first.partnerships().endPartnership(TestData.NETWORK, OrganizationId.of("nobody"), START))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> first.partnerships()
                        .ally(TestData.NETWORK, partner(0, new Period(START, Optional.of(START.minusDays(1))))))
                .isInstanceOf(NetworkValidationException.class);

        assertThat(stored()).containsExactly(UNDATED);
        assertThat(listener.events()).isEmpty();
    }

    @Test
    void refusesToAllyAPartnerAgainUntilItsPartnershipEndsThenReplacesTheEndedOne() {
        first.partnerships().ally(TestData.NETWORK, partner(0, Period.from(START)));

        assertThatThrownBy(
                        () -> second.partnerships().ally(TestData.NETWORK, partner(0, Period.from(START.plusYears(1)))))
                .isInstanceOf(PartnershipRefusedException.class)
                .hasMessageContaining("'ally-0' is a partner of network '" + TestData.NETWORK + "' already")
                .hasMessageContaining("since " + START);
        LocalDate lastDay = START.plusYears(1);
        first.partnerships().endPartnership(TestData.NETWORK, ally(0), lastDay);
        assertThatThrownBy(() -> second.partnerships().ally(TestData.NETWORK, partner(0, Period.from(lastDay))))
                .isInstanceOf(PartnershipRefusedException.class)
                .hasMessageContaining("until " + lastDay);
        Partner member = new Partner(TestData.MEMBER, Optional.empty(), Optional.of(Period.from(START)));
        assertThatThrownBy(() -> second.partnerships().ally(TestData.NETWORK, member))
                .as("a partner of unknown period counts as open")
                .isInstanceOf(PartnershipRefusedException.class)
                .hasMessageContaining("since a day not known");

        Partner again = partner(0, Period.from(lastDay.plusDays(1)));
        assertThat(second.partnerships().ally(TestData.NETWORK, again)).isEqualTo(again);
        assertThat(stored()).containsExactly(again, UNDATED);
        graphStillValidates();
    }

    @Test
    void endsAPartnershipOnceAndTellsIt() {
        first.partnerships().ally(TestData.NETWORK, partner(0, Period.from(START)));
        listener.clear();
        LocalDate lastDay = START.plusMonths(6);

        Partner ended = first.partnerships().endPartnership(TestData.NETWORK, ally(0), lastDay);

        assertThat(ended).isEqualTo(partner(0, Period.of(START, lastDay)));
        assertThat(stored()).containsExactly(ended, UNDATED);
        assertThat(second.partnerships().partnersOn(TestData.NETWORK, lastDay)).containsExactly(ended, UNDATED);
        assertThat(second.partnerships().partnersOn(TestData.NETWORK, lastDay.plusDays(1)))
                .containsExactly(UNDATED);
        assertThatThrownBy(() -> second.partnerships().endPartnership(TestData.NETWORK, ally(0), lastDay))
                .isInstanceOf(PartnershipRefusedException.class)
                .hasMessageContaining("ended already on " + lastDay);
        assertThat(listener.events()).containsExactly(new ChangeEvent.PartnershipEnded(TestData.NETWORK, ended));
        graphStillValidates();
    }

    @Test
    void refusesToEndWhatIsNoPartnershipOneOfUnknownStartOrBeforeItsStart() {
        first.partnerships().ally(TestData.NETWORK, partner(0, Period.from(START)));
        listener.clear();

        assertThatThrownBy(() -> first.partnerships().endPartnership(TestData.NETWORK, ally(1), START))
                .isInstanceOf(PartnershipRefusedException.class)
                .hasMessageContaining("'ally-1' is not a partner");
        assertThatThrownBy(() -> first.partnerships().endPartnership(TestData.NETWORK, TestData.MEMBER, START))
                .isInstanceOf(PartnershipRefusedException.class)
                .hasMessageContaining("no known first day");
        assertThatThrownBy(() -> first.partnerships().endPartnership(TestData.NETWORK, ally(0), START.minusDays(1)))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("lastDay"));
        assertThatThrownBy(() -> first.partnerships().endPartnership(NetworkId.of("unknown"), ally(0), START))
                .isInstanceOf(NotFoundException.class);

        assertThat(stored()).containsExactly(partner(0, Period.from(START)), UNDATED);
        assertThat(listener.events()).isEmpty();
    }

    @Test
    void alliesOneOfSixteenAlliancesOfOneOrganizationAndSixteenOfSixteen() throws Exception {
        var same = race(first, second, (runtime, i) -> runtime.partnerships()
                .ally(TestData.NETWORK, partner(0, Period.from(START.plusDays(i)))));
        var each = race(first, second, (runtime, i) -> runtime.partnerships()
                .ally(TestData.NETWORK, partner(i, Period.from(START))));

        assertThat(successes(same)).hasSize(1);
        losersGotClearErrors(same, PartnershipRefusedException.class, ConcurrentUpdateException.class);
        assertThat(stored()).contains(successes(same).get(0));
        assertThat(each.stream().filter(o -> o.thread() != 0))
                .allMatch(o -> o.value().isPresent());
        assertThat(each.get(0).error()).containsInstanceOf(PartnershipRefusedException.class);
        assertThat(stored()).hasSize(THREADS + 1);
        graphStillValidates();
    }

    @Test
    void endsOnceOfSixteenEndsOfOnePartnershipAndAlliesItAgainOnce() throws Exception {
        first.partnerships().ally(TestData.NETWORK, partner(0, Period.from(START)));

        var ends = race(first, second, (runtime, i) -> runtime.partnerships()
                .endPartnership(TestData.NETWORK, ally(0), START.plusDays(10 + i)));

        assertThat(successes(ends)).hasSize(1);
        losersGotClearErrors(ends, PartnershipRefusedException.class, ConcurrentUpdateException.class);
        assertThat(ends.stream().flatMap(o -> o.error().stream()))
                .allSatisfy(e -> assertThat(e).hasMessageContaining("ended already"));
        Partner ended = successes(ends).get(0);
        assertThat(stored()).containsExactly(ended, UNDATED);
        LocalDate lastDay = ended.period().orElseThrow().end().orElseThrow();

        var allies = race(first, second, (runtime, i) -> runtime.partnerships()
                .ally(TestData.NETWORK, partner(0, Period.from(lastDay.plusDays(1 + i)))));

        assertThat(successes(allies)).hasSize(1);
        losersGotClearErrors(allies, PartnershipRefusedException.class, ConcurrentUpdateException.class);
        assertThat(stored()).containsExactly(successes(allies).get(0), UNDATED);
        graphStillValidates();
    }
}
