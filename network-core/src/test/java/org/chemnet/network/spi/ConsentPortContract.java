package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.consent.ConsentChannel;
import org.chemnet.network.consent.ConsentEntry;
import org.chemnet.network.consent.ConsentEntryId;
import org.chemnet.network.consent.ConsentPurpose;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ConsentPort}: entries kept whole in the order of their instants, an organization listed by its
 * latest listing entry whoever gave it, a person erased out of the ledger, and sixteen writers on two nodes each
 * appending one entry, all kept.
 *
 * @since 0.6.0
 */
public abstract class ConsentPortContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");

    /** Creates the suite. */
    protected ConsentPortContract() {}

    static ConsentEntry entry(
            String id,
            Optional<PersonId> person,
            Optional<OrganizationId> organization,
            ConsentPurpose purpose,
            boolean given,
            Instant at) {
        return new ConsentEntry(
                ConsentEntryId.of(id),
                TestData.NETWORK,
                person,
                organization,
                Optional.empty(),
                purpose,
                purpose == ConsentPurpose.NEWSLETTER ? Optional.of(TestData.NEWSLETTER) : Optional.empty(),
                given,
                ConsentChannel.WEB_FORM,
                LocalizedText.jaEn("掲載に同意します。", "I agree to be listed."),
                "2026-03",
                at,
                "application form",
                "SYSTEM test");
    }

    private static ConsentEntry listing(String id, OrganizationId organization, boolean given, Instant at) {
        return entry(id, Optional.empty(), Optional.of(organization), ConsentPurpose.DIRECTORY_LISTING, given, at);
    }

    private java.util.Set<OrganizationId> listedIn(org.chemnet.network.kernel.NetworkId network) {
        return read(tx -> tx.consents().listedAmong(network, List.of(TestData.MEMBER, TestData.HOST)));
    }

    @Test
    void keepsEntriesWholeInTheOrderOfTheirInstantsAndRefusesAnIdentifierTwice() {
        importTestGraph();
        ConsentEntry later = entry(
                "later",
                Optional.of(TestData.CHAIR_PERSON),
                Optional.empty(),
                ConsentPurpose.NEWSLETTER,
                false,
                T0.plusSeconds(5));
        ConsentEntry first = entry(
                "first",
                Optional.of(TestData.CHAIR_PERSON),
                Optional.of(TestData.MEMBER),
                ConsentPurpose.NOTICES,
                true,
                T0);
        write(tx -> {
            tx.consents().append(later);
            tx.consents().append(first);
        });

        assertThat(listed(tx -> tx.consents().entriesOf(TestData.CHAIR_PERSON))).containsExactly(first, later);
        assertThat(listed(tx -> tx.consents().entriesOf(TestData.MEMBER))).containsExactly(first);
        assertThat(found(tx -> tx.consents().find(ConsentEntryId.of("later")))).contains(later);
        assertThatThrownBy(() -> write(tx -> tx.consents().append(first)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void listsAnOrganizationByItsLatestListingEntryInTheNetwork() {
        importTestGraph();
        write(tx -> {
            tx.consents().append(listing("m-1", TestData.MEMBER, true, T0));
            tx.consents().append(listing("h-1", TestData.HOST, true, T0));
            tx.consents().append(listing("h-2", TestData.HOST, false, T0.plusSeconds(60)));
            tx.consents().append(listing("m-2", TestData.MEMBER, false, T0.plusSeconds(1)));
            tx.consents().append(listing("m-3", TestData.MEMBER, true, T0.plusSeconds(1)));
        });

        assertThat(listedIn(TestData.NETWORK)).containsExactly(TestData.MEMBER);
        assertThat(listedIn(org.chemnet.network.kernel.NetworkId.of("other"))).isEmpty();
    }

    @Test
    void erasingAPersonDeletesTheirOwnEntriesAndKeepsThoseForAnOrganizationWithoutThem() {
        importTestGraph();
        write(tx -> {
            tx.consents()
                    .append(entry(
                            "own",
                            Optional.of(TestData.CHAIR_PERSON),
                            Optional.empty(),
                            ConsentPurpose.NEWSLETTER,
                            true,
                            T0));
            tx.consents()
                    .append(entry(
                            "for-org",
                            Optional.of(TestData.CHAIR_PERSON),
                            Optional.of(TestData.MEMBER),
                            ConsentPurpose.DIRECTORY_LISTING,
                            true,
                            T0));
        });

        ConsentEntry byThemselves = entry(
                        "by-themselves",
                        Optional.of(TestData.CHAIR_PERSON),
                        Optional.of(TestData.HOST),
                        ConsentPurpose.NOTICES,
                        true,
                        T0)
                .recordedBy("PERSON " + TestData.CHAIR_PERSON.value());
        write(tx -> tx.consents().append(byThemselves));

        assertThat(writeLong(tx -> tx.consents().erase(TestData.CHAIR_PERSON))).isEqualTo(3);
        assertThat(listed(tx -> tx.consents().entriesOf(TestData.HOST)))
                .singleElement()
                .satisfies(e -> assertThat(e.recordedBy()).isEqualTo(ConsentEntry.ERASED_RECORDER));

        assertThat(listed(tx -> tx.consents().entriesOf(TestData.CHAIR_PERSON))).isEmpty();
        assertThat(listed(tx -> tx.consents().entriesOf(TestData.MEMBER)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.person()).isEmpty();
                    assertThat(e.given()).isTrue();
                });
        assertThat(listedIn(TestData.NETWORK)).containsExactly(TestData.MEMBER);
    }

    @Test
    void sixteenWritersOnTwoNodesAppendSixteenEntriesAndOneIdentifierOnce() throws Exception {
        importTestGraph();
        NetworkStore second = secondNode();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            NetworkStore node = node(i, second);
            ConsentEntry own = listing("own-" + i, TestData.MEMBER, i % 2 == 0, T0.plusSeconds(i));
            ConsentEntry same = listing("same", TestData.HOST, true, T0);
            tasks.add(() -> {
                node.inTransaction(tx -> {
                    tx.consents().append(own);
                    return null;
                });
                try {
                    node.inTransaction(tx -> {
                        tx.consents().append(same);
                        return null;
                    });
                    return true;
                } catch (ConcurrentUpdateException e) {
                    return false;
                }
            });
        }

        assertThat(race(tasks)).containsOnlyOnce(true);
        assertThat(listed(tx -> tx.consents().entriesOf(TestData.MEMBER))).hasSize(16);
        assertThat(listedIn(TestData.NETWORK))
                .as("the latest of the member's is own-15, a withdrawal")
                .containsExactly(TestData.HOST);
    }
}
