package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link MembershipPort}: memberships stored at version 1, replaced only with the version they
 * carry, at most one open membership per organization, network and role, and the participants of a day. Its race:
 * sixteen updates of one membership with the version they read, over two nodes, of which exactly one wins.
 *
 * @since 0.2.0
 */
public abstract class MembershipPortContract extends StoreContract {
    private static final MembershipId M1 = MembershipId.of("m1");

    /** Creates the suite. */
    protected MembershipPortContract() {}

    private static Membership application(String id, OrganizationId organization, MembershipRole role, LocalDate day) {
        return Membership.application(MembershipId.of(id), TestData.NETWORK, organization, role, Optional.empty(), day);
    }

    private Membership stored(MembershipId id) {
        return read(tx -> tx.memberships().membership(id)).orElseThrow();
    }

    @Test
    void findsNothingInAnEmptyStore() {
        assertThat(found(tx -> tx.memberships().membership(M1))).isEmpty();
        assertThat(listed(tx -> tx.memberships().memberships(TestData.NETWORK))).isEmpty();
        assertThat(listed(tx -> tx.memberships().membershipsOf(TestData.MEMBER)))
                .isEmpty();
        assertThat(listed(tx -> tx.memberships().participants(ParticipantQuery.of(TestData.NETWORK, TestData.DAY))))
                .isEmpty();
        assertThat(counted(
                        tx -> tx.memberships().countParticipants(ParticipantQuery.of(TestData.NETWORK, TestData.DAY))))
                .isZero();
    }

    @Test
    void insertGivesVersionOneWhateverVersionTheMembershipCarries() {
        importTestGraph();
        Membership host = application("host-1", TestData.HOST, MembershipRole.PARTICIPANT, day(0))
                .withVersion(7);

        Membership inserted = store.inTransaction(tx -> tx.memberships().insert(host));

        assertThat(inserted).isEqualTo(host.withVersion(1));
        assertThat(stored(host.id())).isEqualTo(host.withVersion(1));
    }

    @Test
    void importedMembershipsAreAtVersionOne() {
        importTestGraph();

        assertThat(stored(M1)).isEqualTo(TestData.activeMembership().withVersion(1));
    }

    @Test
    void updateWithTheVersionReadStoresTheMembershipAtTheNextVersion() {
        importTestGraph();
        Membership read = stored(M1);
        assertThat(read.version()).isEqualTo(1);

        Membership suspended = read.moveTo(StatusChange.of(MembershipStatus.SUSPENDED, LocalDate.of(2020, 5, 1)));
        Membership updated = store.inTransaction(tx -> tx.memberships().update(suspended));

        assertThat(updated).isEqualTo(suspended.withVersion(2));
        assertThat(stored(M1)).isEqualTo(updated);
        Membership reinstated = store.inTransaction(tx -> tx.memberships()
                .update(updated.moveTo(StatusChange.of(MembershipStatus.ACTIVE, LocalDate.of(2020, 6, 1)))));
        assertThat(reinstated.version()).isEqualTo(3);
        assertThat(stored(M1).history()).hasSize(5);
    }

    @Test
    void updateWithAStaleVersionIsRefusedAndTheTransactionStoresNothing() {
        importTestGraph();
        Membership read = stored(M1);
        Membership updated = store.inTransaction(tx -> tx.memberships()
                .update(read.moveTo(StatusChange.of(MembershipStatus.SUSPENDED, LocalDate.of(2020, 5, 1)))));
        Membership host = application("host-1", TestData.HOST, MembershipRole.PARTICIPANT, day(0));

        Membership stale = read.moveTo(StatusChange.of(MembershipStatus.WITHDRAWN, LocalDate.of(2020, 5, 1)));
        assertThatThrownBy(() -> write(tx -> {
                    tx.memberships().insert(host);
                    tx.memberships().update(stale);
                }))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("m1");

        assertThat(stored(M1)).isEqualTo(updated);
        assertThat(found(tx -> tx.memberships().membership(host.id()))).isEmpty();
    }

    @Test
    void updateOfAnAbsentMembershipThrowsNotFound() {
        importTestGraph();
        Membership absent = application("absent", TestData.HOST, MembershipRole.PARTICIPANT, day(0))
                .withVersion(1);

        assertThatThrownBy(() -> write(tx -> tx.memberships().update(absent))).isInstanceOf(NotFoundException.class);

        assertThat(found(tx -> tx.memberships().membership(absent.id()))).isEmpty();
    }

    @Test
    void insertOfAStoredMembershipIsRefused() {
        importTestGraph();

        assertThatThrownBy(() -> write(tx -> tx.memberships().insert(TestData.activeMembership())))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(stored(M1)).isEqualTo(TestData.activeMembership().withVersion(1));
    }

    @Test
    void insertOfASecondOpenMembershipInOneNetworkAndRoleIsRefused() {
        importTestGraph();
        Membership again = application("m2", TestData.MEMBER, MembershipRole.PARTICIPANT, LocalDate.of(2020, 1, 1));

        assertThatThrownBy(() -> write(tx -> tx.memberships().insert(again)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.memberships().membership(again.id()))).isEmpty();
    }

    @Test
    void anOrganizationMayHoldOpenMembershipsInOtherRolesAndNetworks() {
        importTestGraph();
        NetworkId otherNetwork = NetworkId.of("other");
        Membership observer = application("m2", TestData.MEMBER, MembershipRole.OBSERVER, LocalDate.of(2020, 1, 1));
        Membership elsewhere = Membership.application(
                MembershipId.of("m3"),
                otherNetwork,
                TestData.MEMBER,
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                LocalDate.of(2020, 1, 1));

        write(tx -> {
            tx.networks().insert(network(otherNetwork));
            tx.memberships().insert(observer);
            tx.memberships().insert(elsewhere);
        });

        assertThat(listed(tx -> tx.memberships().membershipsOf(TestData.MEMBER)))
                .extracting(Membership::id)
                .containsExactlyInAnyOrder(M1, observer.id(), elsewhere.id());
        assertThat(listed(tx -> tx.memberships().memberships(otherNetwork))).containsExactly(elsewhere.withVersion(1));
    }

    @Test
    void anOrganizationMayApplyAgainOnceItsMembershipEnded() {
        importTestGraph();
        Membership read = stored(M1);
        write(tx -> tx.memberships()
                .update(read.moveTo(StatusChange.of(MembershipStatus.WITHDRAWN, LocalDate.of(2020, 5, 1)))));
        Membership again = application("m2", TestData.MEMBER, MembershipRole.PARTICIPANT, LocalDate.of(2021, 1, 1));

        write(tx -> tx.memberships().insert(again));

        assertThat(stored(again.id())).isEqualTo(again.withVersion(1));
    }

    @Test
    void listsTheMembershipsOfANetworkByIdentifier() {
        importTestGraph();
        Membership z = application("z-host", TestData.HOST, MembershipRole.PARTICIPANT, day(0));
        Membership a = application("a-host", TestData.HOST, MembershipRole.OBSERVER, day(1));
        write(tx -> {
            tx.memberships().insert(z);
            tx.memberships().insert(a);
        });

        assertThat(listed(tx -> tx.memberships().memberships(TestData.NETWORK)))
                .containsExactly(a.withVersion(1), TestData.activeMembership().withVersion(1), z.withVersion(1));
        assertThat(listed(tx -> tx.memberships().memberships(NetworkId.of("other"))))
                .isEmpty();
    }

    @Test
    void answersAnOrganizationsHistoryOldestFirst() {
        importTestGraph();
        Membership second = application("a-second", TestData.MEMBER, MembershipRole.OBSERVER, LocalDate.of(2022, 1, 1));
        write(tx -> tx.memberships().insert(second));

        assertThat(listed(tx -> tx.memberships().membershipsOf(TestData.MEMBER)))
                .extracting(Membership::id)
                .containsExactly(M1, second.id());
        assertThat(listed(tx -> tx.memberships().membershipsOf(OrganizationId.of("nobody"))))
                .isEmpty();
    }

    @Test
    void answersParticipantsOfADayWithFilters() {
        importTestGraph();
        Organization large = Organization.builder(
                        OrganizationId.of("large"), LocalizedText.en("Large Co."), OrganizationType.ENTERPRISE)
                .country("DE")
                .size(EnterpriseSize.LARGE)
                .build();
        Membership later = new Membership(
                MembershipId.of("m-large"),
                TestData.NETWORK,
                large.id(),
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                List.of(
                        StatusChange.of(MembershipStatus.APPLIED, LocalDate.of(2020, 1, 1)),
                        StatusChange.of(MembershipStatus.APPROVED, LocalDate.of(2020, 1, 2)),
                        StatusChange.of(MembershipStatus.ACTIVE, LocalDate.of(2020, 3, 10))),
                0);
        write(tx -> {
            tx.organizations().insert(large);
            tx.memberships().insert(later);
        });

        ParticipantQuery onCountDay = ParticipantQuery.of(TestData.NETWORK, LocalDate.of(2020, 3, 9));
        ParticipantQuery dayAfter = ParticipantQuery.of(TestData.NETWORK, LocalDate.of(2020, 3, 10));
        assertThat(listed(tx -> tx.memberships().participants(onCountDay)))
                .extracting(p -> p.organization().id())
                .containsExactly(TestData.MEMBER);
        assertThat(counted(tx -> tx.memberships().countParticipants(onCountDay)))
                .isEqualTo(1L);
        assertThat(listed(tx -> tx.memberships().participants(dayAfter)))
                .extracting(p -> p.organization().id())
                .containsExactly(large.id(), TestData.MEMBER);
        assertThat(counted(tx -> tx.memberships().countParticipants(dayAfter))).isEqualTo(2L);
        assertThat(counted(tx -> tx.memberships().countParticipants(dayAfter.countries("DE"))))
                .isEqualTo(1L);
        assertThat(counted(tx -> tx.memberships().countParticipants(dayAfter.sizes(EnterpriseSize.SME))))
                .isEqualTo(1L);
        assertThat(counted(tx -> tx.memberships().countParticipants(dayAfter.types(OrganizationType.NGO))))
                .isEqualTo(0L);
        assertThat(counted(tx -> tx.memberships().countParticipants(dayAfter.role(MembershipRole.OBSERVER))))
                .isEqualTo(0L);
        assertThat(counted(tx ->
                        tx.memberships().countParticipants(ParticipantQuery.of(NetworkId.of("other"), LocalDate.MAX))))
                .isEqualTo(0L);
        List<Participant> participants = read(tx -> tx.memberships().participants(dayAfter));
        assertThat(participants.get(0).organization()).isEqualTo(large);
        assertThat(participants.get(0).membership()).isEqualTo(later.withVersion(1));
    }

    @Test
    void insertAllStoresEveryMembershipAtVersionOne() {
        importTestGraph();
        Membership a = application("a-host", TestData.HOST, MembershipRole.PARTICIPANT, day(0))
                .withVersion(4);
        Membership b = application("b-member", TestData.MEMBER, MembershipRole.OBSERVER, day(1));

        write(tx -> tx.memberships().insertAll(List.of(a, b)));

        assertThat(stored(a.id())).isEqualTo(a.withVersion(1));
        assertThat(stored(b.id())).isEqualTo(b.withVersion(1));
    }

    @Test
    void insertAllWithAStoredMembershipIsRefusedAndStoresNoneOfThem() {
        importTestGraph();
        Membership a = application("a-host", TestData.HOST, MembershipRole.PARTICIPANT, day(0));

        assertThatThrownBy(() -> write(tx -> tx.memberships().insertAll(List.of(a, TestData.activeMembership()))))
                .isInstanceOf(NetworkStorageException.class);

        assertThat(found(tx -> tx.memberships().membership(a.id()))).isEmpty();
        assertThat(listed(tx -> tx.memberships().memberships(TestData.NETWORK))).hasSize(1);
    }

    @Test
    void racingUpdatesOfOneMembershipOverTwoNodesGiveExactlyOneWinner() throws Exception {
        importTestGraph();
        NetworkStore second = secondNode();
        Membership read = stored(M1);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            NetworkStore node = node(i, second);
            Membership change = read.moveTo(StatusChange.of(MembershipStatus.SUSPENDED, day(i)));
            attempts.add(() -> {
                try {
                    node.inTransaction(tx -> tx.memberships().update(change));
                    return true;
                } catch (ConcurrentUpdateException e) {
                    return false;
                }
            });
        }

        List<Boolean> won = race(attempts);

        assertThat(won).containsOnlyOnce(true);
        Membership after = stored(M1);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.history()).hasSize(4);
        int winner = won.indexOf(true);
        assertThat(after.latest()).isEqualTo(StatusChange.of(MembershipStatus.SUSPENDED, day(winner)));
    }

    // ---------------------------------------------------------------- pages (0.3.0)

    /** The status the ith paged membership ends in: five kinds in turn. */
    private static final List<MembershipStatus> PAGED_STATUSES = List.of(
            MembershipStatus.APPLIED,
            MembershipStatus.ACTIVE,
            MembershipStatus.SUSPENDED,
            MembershipStatus.WITHDRAWN,
            MembershipStatus.REJECTED);

    /** A membership {@code pm-0000} and so on, of an organization of its own, ending in a status by turn. */
    private static Membership paged(int i, NetworkId network) {
        String key = String.format(java.util.Locale.ROOT, "%04d", i);
        Membership m = Membership.application(
                MembershipId.of(network.value() + "-pm-" + key),
                network,
                OrganizationId.of("po-" + key),
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                day(0));
        LocalDate d = day(1);
        return switch (PAGED_STATUSES.get(i % PAGED_STATUSES.size())) {
            case APPLIED -> m;
            case ACTIVE ->
                m.moveTo(StatusChange.of(MembershipStatus.APPROVED, d))
                        .moveTo(StatusChange.of(MembershipStatus.ACTIVE, d));
            case SUSPENDED ->
                m.moveTo(StatusChange.of(MembershipStatus.APPROVED, d))
                        .moveTo(StatusChange.of(MembershipStatus.ACTIVE, d))
                        .moveTo(StatusChange.of(MembershipStatus.SUSPENDED, day(2)));
            case WITHDRAWN -> m.moveTo(StatusChange.of(MembershipStatus.WITHDRAWN, d));
            default -> m.moveTo(StatusChange.of(MembershipStatus.REJECTED, d));
        };
    }

    /**
     * The test graph, 2,500 paged memberships of its network, each of an organization of its own, and ten of another
     * network.
     */
    private List<Membership> withPagedMemberships() {
        importTestGraph();
        NetworkId other = NetworkId.of("other-network");
        List<Organization> organizations = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            organizations.add(Organization.builder(
                            OrganizationId.of(String.format(java.util.Locale.ROOT, "po-%04d", i)),
                            LocalizedText.en("Paged " + i),
                            OrganizationType.NGO)
                    .build());
            memberships.add(paged(i, TestData.NETWORK));
        }
        List<Membership> others = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            others.add(paged(i, other));
        }
        write(tx -> {
            tx.networks().insert(network(other));
            tx.organizations().insertOrganizations(organizations);
            tx.memberships().insertAll(memberships);
            tx.memberships().insertAll(others);
        });
        List<Membership> all = new ArrayList<>(memberships);
        all.add(TestData.activeMembership());
        return all.stream()
                .map(m -> m.withVersion(1))
                .sorted(java.util.Comparator.comparing(Membership::id))
                .toList();
    }

    /** Every page of a network's memberships of a status, a thousand a page, until one is short. */
    private List<List<Membership>> pages(Optional<MembershipStatus> status) {
        List<List<Membership>> pages = new ArrayList<>();
        Optional<MembershipId> after = Optional.empty();
        while (true) {
            Optional<MembershipId> from = after;
            List<Membership> page =
                    read(tx -> tx.memberships().membershipsAfter(TestData.NETWORK, status, from, 1_000));
            pages.add(page);
            if (page.size() < 1_000) {
                return pages;
            }
            after = Optional.of(page.get(page.size() - 1).id());
        }
    }

    @Test
    void pagesOfAThousandGiveEveryMembershipOfTheNetworkOnceInOrderWithItsWholeHistory() {
        List<Membership> all = withPagedMemberships();

        List<List<Membership>> pages = pages(Optional.empty());

        assertThat(pages).extracting(List::size).containsExactly(1_000, 1_000, 501);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(all);
    }

    @Test
    void pagesOfOneCurrentStatusGiveOnlyTheMembershipsWhoseLatestStatusItIs() {
        List<Membership> all = withPagedMemberships();

        for (MembershipStatus status : MembershipStatus.values()) {
            List<Membership> expected =
                    all.stream().filter(m -> m.status() == status).toList();
            List<Membership> found =
                    pages(Optional.of(status)).stream().flatMap(List::stream).toList();
            assertThat(found).as("memberships %s", status).isEqualTo(expected);
        }
        assertThat(all.stream().filter(m -> m.status() == MembershipStatus.ACTIVE))
                .hasSize(501);
    }

    @Test
    void aMembershipChangesPagesOfStatusWhenItsStatusChanges() {
        importTestGraph();
        Membership stored = stored(M1);
        Membership suspended = stored.moveTo(StatusChange.of(MembershipStatus.SUSPENDED, LocalDate.of(2020, 5, 1)));

        write(tx -> tx.memberships().update(suspended));

        List<Membership> active = read(tx -> tx.memberships()
                .membershipsAfter(TestData.NETWORK, Optional.of(MembershipStatus.ACTIVE), Optional.empty(), 10));
        List<Membership> nowSuspended = read(tx -> tx.memberships()
                .membershipsAfter(TestData.NETWORK, Optional.of(MembershipStatus.SUSPENDED), Optional.empty(), 10));
        assertThat(active).isEmpty();
        assertThat(nowSuspended).containsExactly(suspended.withVersion(2));
    }

    @Test
    void aPageOfAnotherOrAnUnknownNetworkHoldsOnlyItsOwn() {
        withPagedMemberships();

        List<Membership> other = read(tx -> tx.memberships()
                .membershipsAfter(NetworkId.of("other-network"), Optional.empty(), Optional.empty(), 1_000));
        List<Membership> unknown = read(tx ->
                tx.memberships().membershipsAfter(NetworkId.of("unknown"), Optional.empty(), Optional.empty(), 1_000));
        List<Membership> afterSome = read(tx -> tx.memberships()
                .membershipsAfter(
                        NetworkId.of("other-network"),
                        Optional.of(MembershipStatus.APPLIED),
                        Optional.of(MembershipId.of("other-network-pm-0000")),
                        1_000));

        assertThat(other).hasSize(10).allMatch(m -> m.network().value().equals("other-network"));
        assertThat(unknown).isEmpty();
        assertThat(afterSome).extracting(m -> m.id().value()).containsExactly("other-network-pm-0005");
    }
}
