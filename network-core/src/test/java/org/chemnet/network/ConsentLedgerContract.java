package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemnet.network.Races.THREADS;
import static org.chemnet.network.Races.race;
import static org.chemnet.network.Races.successes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.access.AccessDeniedException;
import org.chemnet.network.access.Actor;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.consent.ConsentChannel;
import org.chemnet.network.consent.ConsentEntry;
import org.chemnet.network.consent.ConsentEntryId;
import org.chemnet.network.consent.ConsentPurpose;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.NetworkValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consent ledger through the use cases of two runtimes over one store: entries appended once, withdrawals as
 * entries, the directory's listing by the latest entry, a person's export with their entries, and clear refusals.
 *
 * @since 0.6.0
 */
public abstract class ConsentLedgerContract extends TwoNodes {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @BeforeEach
    void storeTheNetwork() {
        first.networks().register(TestData.graph());
    }

    private static ConsentEntry entry(
            String id, Optional<PersonId> person, Optional<OrganizationId> organization, boolean given, Instant at) {
        return new ConsentEntry(
                ConsentEntryId.of(id),
                TestData.NETWORK,
                person,
                organization,
                Optional.empty(),
                ConsentPurpose.DIRECTORY_LISTING,
                Optional.empty(),
                given,
                ConsentChannel.WEB_FORM,
                LocalizedText.en("We agree that our name and website are shown in the directory."),
                "2026-03",
                at,
                "application form",
                "");
    }

    @Test
    void aConsentAndItsWithdrawalAreBothKeptAndTheLatestDecidesTheListing() {
        ConsentEntry given =
                first.consents().record(entry("g", Optional.empty(), Optional.of(TestData.MEMBER), true, T0));
        assertThat(given.recordedBy()).isEqualTo("SYSTEM host");
        assertThat(second.consents().listedAmong(TestData.NETWORK, List.of(TestData.MEMBER, TestData.HOST)))
                .containsExactly(TestData.MEMBER);

        second.consents()
                .record(entry(
                        "w",
                        Optional.of(TestData.CHAIR_PERSON),
                        Optional.of(TestData.MEMBER),
                        false,
                        T0.plusSeconds(60)));

        assertThat(first.consents().listedAmong(TestData.NETWORK, List.of(TestData.MEMBER, TestData.HOST)))
                .isEmpty();
        assertThat(first.consents().entriesOf(TestData.MEMBER))
                .extracting(ConsentEntry::id, ConsentEntry::given)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConsentEntryId.of("g"), true),
                        org.assertj.core.groups.Tuple.tuple(ConsentEntryId.of("w"), false));
        assertThat(first.personalData().export(TestData.CHAIR_PERSON).consents())
                .extracting(ConsentEntry::id)
                .containsExactly(ConsentEntryId.of("w"));
    }

    @Test
    void sixteenNodesRecordingOneEntryKeepItOnceAndSixteenEntriesAllOfThem() throws Exception {
        ConsentEntry same = entry("same", Optional.empty(), Optional.of(TestData.HOST), true, T0);
        List<Races.Outcome<ConsentEntry>> once =
                race(first, second, (runtime, i) -> runtime.consents().record(same));
        List<Races.Outcome<ConsentEntry>> each = race(first, second, (runtime, i) -> runtime.consents()
                .record(entry(
                        "e-" + i, Optional.empty(), Optional.of(TestData.MEMBER), i % 2 == 1, T0.plusSeconds(i))));

        assertThat(successes(once)).hasSize(THREADS).allSatisfy(e -> assertThat(e.id().value())
                .isEqualTo("same"));
        assertThat(successes(each)).hasSize(THREADS);
        assertThat(first.consents().entriesOf(TestData.HOST)).hasSize(1);
        assertThat(first.consents().entriesOf(TestData.MEMBER)).hasSize(THREADS);
        assertThat(first.consents().listedAmong(TestData.NETWORK, List.of(TestData.MEMBER, TestData.HOST)))
                .containsExactlyInAnyOrder(TestData.HOST, TestData.MEMBER);
    }

    @Test
    void aBadEntryIsRefusedNamingTheFieldAndTheRuleAndNothingIsStored() {
        ConsentEntry blank = new ConsentEntry(
                ConsentEntryId.of("bad"),
                TestData.NETWORK,
                Optional.empty(),
                Optional.of(TestData.MEMBER),
                Optional.empty(),
                ConsentPurpose.DIRECTORY_LISTING,
                Optional.empty(),
                true,
                ConsentChannel.WEB_FORM,
                LocalizedText.en("Listed.\nWith our website."),
                " ",
                T0,
                "form",
                "");
        assertThatThrownBy(() -> first.consents().record(blank))
                .isInstanceOfSatisfying(
                        NetworkValidationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.path()).isEqualTo("textVersion");
                            assertThat(v.rule()).isEqualTo("PlainText");
                        }));
        first.consents().record(entry("taken", Optional.empty(), Optional.of(TestData.MEMBER), true, T0));
        assertThatThrownBy(() -> first.consents()
                        .record(entry("taken", Optional.empty(), Optional.of(TestData.MEMBER), false, T0)))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                        .singleElement()
                        .satisfies(v -> assertThat(v.rule()).isEqualTo("RecordedAlready")));
        assertThatThrownBy(() -> first.consents()
                        .record(entry("nobody", Optional.empty(), Optional.of(OrganizationId.of("nobody")), true, T0)))
                .isInstanceOf(NotFoundException.class);
        assertThat(first.consents().entriesOf(TestData.MEMBER)).hasSize(1);
    }

    @Test
    void aPersonRecordsTheirOwnConsentButNotAnothersOrAnOrganizations() {
        NetworkRuntime chair = NetworkRuntime.builder()
                .validator(validator)
                .store(store)
                .actor(Actor.person(TestData.CHAIR_PERSON))
                .build();
        try {
            ConsentEntry own = chair.consents()
                    .record(entry("own", Optional.of(TestData.CHAIR_PERSON), Optional.empty(), true, T0));
            assertThat(own.recordedBy()).isEqualTo("PERSON chair-person");
            assertThatThrownBy(() -> chair.consents()
                            .record(entry("org", Optional.empty(), Optional.of(TestData.MEMBER), true, T0)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> chair.consents()
                            .record(entry(
                                    "for-org",
                                    Optional.of(TestData.CHAIR_PERSON),
                                    Optional.of(TestData.MEMBER),
                                    false,
                                    T0)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(first.consents().listedAmong(TestData.NETWORK, List.of(TestData.MEMBER, TestData.HOST)))
                    .isEmpty();
        } finally {
            chair.close();
        }
    }
}
