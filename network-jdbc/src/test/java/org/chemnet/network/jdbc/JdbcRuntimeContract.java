package org.chemnet.network.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.jdbc.testing.CountingDataSource;
import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.membership.Application;
import org.chemnet.network.membership.ApplicationRefusedException;
import org.chemnet.network.membership.IllegalMembershipTransitionException;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.spi.NetworkStorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The use cases on a JDBC store: races between many threads, rollback, SQLState. Run on H2 and PostgreSQL. */
abstract class JdbcRuntimeContract {
    private static final OrganizationId APPLICANT = OrganizationId.of("applicant");
    private static final LocalDate DAY = LocalDate.of(2021, 4, 1);

    abstract JdbcStoreExtension db();

    /** The SQLState of a foreign key violation on this database. */
    abstract String foreignKeyViolation();

    private NetworkRuntime runtime;
    private JdbcNetworkStore store;

    @BeforeEach
    void start() {
        store = JdbcNetworkStore.create(db().newDataSource(), db().newConfig());
        runtime = NetworkRuntime.builder().store(store).build();
        runtime.networks().register(TestData.graph());
        runtime.networks()
                .save(Organization.builder(APPLICANT, LocalizedText.en("Applicant"), OrganizationType.ENTERPRISE)
                        .build());
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void racingApprovalsGiveOneApprovalAndClearConflicts() throws Exception {
        Membership application =
                runtime.participation().apply(Application.of(TestData.NETWORK, APPLICANT, Optional.empty(), DAY));

        List<Object> outcomes = race(8, () -> runtime.participation().approve(application.id(), DAY));

        assertThat(outcomes).filteredOn(o -> o instanceof Membership).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !(o instanceof Membership))
                .hasSize(7)
                .allMatch(o ->
                        o instanceof ConcurrentUpdateException || o instanceof IllegalMembershipTransitionException);
        Membership stored = runtime.participation().history(APPLICANT).get(0);
        assertThat(stored.history())
                .extracting(StatusChange::status)
                .containsExactly(MembershipStatus.APPLIED, MembershipStatus.APPROVED, MembershipStatus.ACTIVE);
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void racingApplicationsGiveOneApplication() throws Exception {
        List<Object> outcomes = race(8, () -> runtime.participation()
                .apply(Application.of(TestData.NETWORK, APPLICANT, Optional.empty(), DAY)));

        assertThat(outcomes).filteredOn(o -> o instanceof Membership).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !(o instanceof Membership))
                .allMatch(o -> o instanceof ConcurrentUpdateException || o instanceof ApplicationRefusedException);
        assertThat(runtime.participation().history(APPLICANT)).hasSize(1);
    }

    @Test
    void aFailureInTheMiddleLeavesTheDatabaseAsBeforeAndKeepsTheSqlState() {
        NetworkGraph before = runtime.networks().graph(TestData.NETWORK).orElseThrow();
        Membership orphan = Membership.application(
                MembershipId.of("orphan"),
                TestData.NETWORK,
                OrganizationId.of("not-stored"),
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                DAY);

        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    Organization changed = TestData.member().toBuilder()
                            .name(LocalizedText.en("Changed"))
                            .build();
                    tx.organizations()
                            .update(
                                    changed,
                                    tx.organizations()
                                            .find(TestData.MEMBER)
                                            .orElseThrow()
                                            .version());
                    tx.governance()
                            .advanceBoard(TestData.NETWORK, tx.governance().boardVersion(TestData.NETWORK));
                    return tx.memberships().insert(orphan);
                }))
                .isInstanceOfSatisfying(NetworkStorageException.class, e -> assertThat(e.sqlState())
                        .contains(foreignKeyViolation()))
                .hasMessageContaining("SQLState " + foreignKeyViolation());
        assertThat(runtime.networks().graph(TestData.NETWORK)).contains(before);
    }

    @Test
    void holdsTheSeedNetworksAndAnswersTheAsOfQuery() {
        NetworkGraph japan = org.chemnet.network.TestData.graph();
        assertThat(runtime.participation()
                        .countOn(ParticipantQuery.of(japan.network().id(), TestData.DAY)))
                .isEqualTo(1);
        Membership m = runtime.participation()
                .approve(
                        runtime.participation()
                                .apply(Application.of(TestData.NETWORK, APPLICANT, Optional.empty(), DAY))
                                .id(),
                        DAY);
        runtime.participation().suspend(m.id(), DAY.plusDays(10), "fees");
        runtime.participation().reinstate(m.id(), DAY.plusDays(20));
        ParticipantQuery suspendedDay = ParticipantQuery.of(TestData.NETWORK, DAY.plusDays(15));
        assertThat(runtime.participation().countOn(suspendedDay)).isEqualTo(1);
        assertThat(runtime.participation().countOn(ParticipantQuery.of(TestData.NETWORK, DAY.plusDays(20))))
                .isEqualTo(2);
        assertThat(runtime.participation().participantsOn(ParticipantQuery.of(TestData.NETWORK, DAY.plusDays(20))))
                .extracting(p -> p.organization().id())
                .containsExactly(APPLICANT, TestData.MEMBER);
    }

    @Test
    void aBulkImportThatBreaksARuleInItsSecondBatchStoresNothing() {
        List<Organization> organizations = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            Organization o = Organization.builder(
                            OrganizationId.of("bulk-" + i), LocalizedText.en("Bulk " + i), OrganizationType.NGO)
                    .build();
            organizations.add(o);
            memberships.add(active("m-bulk-" + i, o.id()));
        }
        // The last one is a second open participation of the first organization: only its batch can tell.
        memberships.add(active("m-bulk-again", organizations.get(0).id()));

        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    tx.organizations().insertOrganizations(organizations);
                    tx.memberships().insertAll(memberships);
                    return null;
                }))
                .isInstanceOf(NetworkStorageException.class)
                .hasMessageContaining("two open memberships");

        Optional<Organization> first = store.read(
                r -> r.organizations().organization(organizations.get(0).id()));
        Optional<Membership> firstMembership =
                store.read(r -> r.memberships().membership(memberships.get(0).id()));
        assertThat(first).isEmpty();
        assertThat(firstMembership).isEmpty();
    }

    /** An active membership in the test network from {@link #DAY}, for bulk imports. */
    static Membership active(String id, OrganizationId organization) {
        return new Membership(
                MembershipId.of(id),
                TestData.NETWORK,
                organization,
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                List.of(
                        StatusChange.of(MembershipStatus.APPLIED, DAY),
                        StatusChange.of(MembershipStatus.APPROVED, DAY),
                        StatusChange.of(MembershipStatus.ACTIVE, DAY)),
                0);
    }

    private static List<Object> race(int n, Callable<Object> attempt) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return attempt.call();
                    } catch (NetworkException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theExportOfTenThousandOrganizationsIssuesABoundedNumberOfStatements() {
        CountingDataSource counting = new CountingDataSource(db().newDataSource());
        try (NetworkRuntime counted = NetworkRuntime.builder()
                .plugin(new JdbcPlugin(counting.dataSource(), db().newConfig()))
                .build()) {
            NetworkGraph large = org.chemnet.network.RandomNetworks.graph(10, 10_000);
            counted.networks().register(large);
            long[] records = new long[1];
            NetworkExport counter = (NetworkExport) java.lang.reflect.Proxy.newProxyInstance(
                    NetworkExport.class.getClassLoader(), new Class<?>[] {NetworkExport.class}, (p, m, a) -> {
                        records[0]++;
                        return null;
                    });

            counting.reset();
            counted.networks().export(large.network().id(), counter);
            long exportStatements = counting.statements();
            counting.reset();
            NetworkGraph graph = counted.networks().graph(large.network().id()).orElseThrow();
            long graphStatements = counting.statements();

            assertThat(records[0]).isGreaterThan(20_000);
            assertThat(exportStatements).as("statements of the export").isLessThanOrEqualTo(30);
            assertThat(graphStatements)
                    .as("statements of the whole graph: organizations and persons read 500 at a time")
                    .isLessThanOrEqualTo(30 + 2L * (graph.organizations().size() / 500 + 1));
        }
    }
}
