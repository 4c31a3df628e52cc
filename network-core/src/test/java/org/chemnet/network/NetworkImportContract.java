package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.graph.ImportOptions;
import org.chemnet.network.graph.ImportSummary;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.graph.RefusedRecord;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationChangeKind;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.NetworkValidator;
import org.chemnet.network.validation.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registration and streaming imports through the runtime, as a host calls them: one rule set for both, organizations
 * and persons other networks hold never changed unless asked, every refusal with the field and the rule, and nothing
 * stored by an import that fails. Races run {@value #THREADS} threads over two runtimes on one store.
 */
public abstract class NetworkImportContract {
    private static final int THREADS = 16;
    private static final NetworkId OTHER = NetworkId.of("other-net");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private NetworkValidator validator;
    private RecordingListener listener;
    private NetworkRuntime runtime;
    private NetworkRuntime second;

    /**
     * A fresh, empty store.
     *
     * @return the store
     */
    protected abstract NetworkStore createStore();

    /**
     * A second store over the same data as a store: another node.
     *
     * @param store the first store
     * @return the second store
     */
    protected abstract NetworkStore secondNode(NetworkStore store);

    @BeforeEach
    void start() {
        validator = NetworkValidator.create();
        listener = new RecordingListener();
        NetworkStore store = createStore();
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        runtime = NetworkRuntime.builder()
                .validator(validator)
                .store(store)
                .listener(listener)
                .clock(clock)
                .build();
        second = NetworkRuntime.builder()
                .validator(validator)
                .store(secondNode(store))
                .clock(clock)
                .build();
        runtime.networks().register(TestData.graph());
        listener.clear();
    }

    @AfterEach
    void stop() {
        runtime.close();
        second.close();
        validator.close();
    }

    private static Network other(NetworkId id) {
        return TestData.network(id, LocalizedText.en("Network " + id.value()));
    }

    private static Organization hijacked() {
        return TestData.member().toBuilder()
                .name(LocalizedText.en("HIJACKED NAME"))
                .country("FR")
                .build();
    }

    private static Membership membership(String id, NetworkId network, OrganizationId organization) {
        return new Membership(
                MembershipId.of(id),
                network,
                organization,
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                List.of(StatusChange.of(MembershipStatus.ACTIVE, LocalDate.of(2024, 4, 1))),
                0);
    }

    private Organization storedMember() {
        return runtime.networks().graph(TestData.NETWORK).orElseThrow().organizations().stream()
                .filter(o -> o.id().equals(TestData.MEMBER))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void registeringANetworkNeverChangesAnOrganizationAnotherNetworkHolds() {
        NetworkGraph graph =
                NetworkGraph.builder(other(OTHER)).organizations(hijacked()).build();

        assertThatThrownBy(() -> runtime.networks().register(graph))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("organizations[0].name", "SharedOrganization"),
                                org.assertj.core.groups.Tuple.tuple("organizations[0].country", "SharedOrganization")))
                .hasMessageContaining("HIJACKED NAME")
                .hasMessageContaining(TestData.member().name().toString());

        assertThat(storedMember()).isEqualTo(TestData.member());
        assertThat(runtime.networks().network(OTHER)).isEmpty();
    }

    @Test
    void registeringANetworkWithAnEqualSharedOrganizationHoldsItAsItIs() {
        NetworkGraph graph = NetworkGraph.builder(other(OTHER))
                .organizations(TestData.member())
                .memberships(membership("other-m1", OTHER, TestData.MEMBER))
                .build();

        runtime.networks().register(graph);

        NetworkGraph back = runtime.networks().graph(OTHER).orElseThrow();
        assertThat(back.organizations()).containsExactly(TestData.member());
        assertThat(storedMember()).isEqualTo(TestData.member());
    }

    @Test
    void anImportAskedToUpdateASharedOrganizationRecordsTheChangeWithItsDay() {
        ImportSummary summary = runtime.networks()
                .importNetwork(ImportOptions.defaults().updatingSharedOrganizations(), into -> {
                    into.network(other(OTHER));
                    assertThat(into.organizations(List.of(hijacked()))).isEmpty();
                    assertThat(into.memberships(List.of(membership("other-m1", OTHER, TestData.MEMBER))))
                            .isEmpty();
                });

        assertThat(summary).isEqualTo(new ImportSummary(OTHER, 3, 0));
        assertThat(storedMember()).isEqualTo(hijacked());
        assertThat(listener.events(ChangeEvent.OrganizationChanged.class))
                .containsExactly(new ChangeEvent.OrganizationChanged(TestData.member(), hijacked(), TODAY));
        assertThat(runtime.organizations().history(TestData.MEMBER))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.kind()).isEqualTo(OrganizationChangeKind.UPDATED);
                    assertThat(change.on()).isEqualTo(TODAY);
                    assertThat(change.description().orElseThrow()).contains(OTHER.value());
                    assertThat(listener.events(ChangeEvent.OrganizationChangeRecorded.class))
                            .extracting(ChangeEvent.OrganizationChangeRecorded::change)
                            .containsExactly(change);
                });
    }

    @Test
    void aSkippingImportRefusesADeclarationAdoptedAtAnEventItRefused() {
        Event summit = TestData.summit();
        Event refused = new Event(
                EventId.of("other-summit"),
                summit.name(),
                summit.acronym(),
                summit.kind(),
                summit.dates(),
                summit.place(),
                List.of(OrganizationId.of("nobody")),
                List.of(),
                summit.participantCount(),
                summit.countryCount(),
                summit.description());
        Declaration declaration = TestData.declaration();
        Declaration atRefused = new Declaration(
                DeclarationId.of("other-declaration"),
                declaration.title(),
                refused.id(),
                declaration.adoptedOn(),
                declaration.summary(),
                declaration.goals(),
                declaration.guidelines(),
                declaration.principles(),
                List.of());
        List<RefusedRecord> refusals = new ArrayList<>();

        ImportSummary summary = runtime.networks()
                .importNetwork(ImportOptions.defaults().skippingInvalidRecords(), into -> {
                    into.network(other(OTHER));
                    refusals.addAll(into.events(List.of(refused)));
                    refusals.addAll(into.declarations(List.of(atRefused)));
                });

        assertThat(refusals)
                .extracting(r -> r.violations().get(0).path())
                .containsExactly("organizers[0]", "adoptedAt");
        assertThat(summary.refused()).isEqualTo(2);
        NetworkGraph stored = second.networks().graph(OTHER).orElseThrow();
        assertThat(stored.events()).isEmpty();
        assertThat(stored.declarations()).isEmpty();
        assertThat(validator.validate(TestData.graph().toBuilder()
                        .events(refused)
                        .declarations(atRefused)
                        .build()))
                .as("the whole-graph check reports the same two")
                .extracting(Violation::path)
                .contains("events[1].organizers[0]", "declarations[1].adoptedAt");
    }

    @Test
    void anImportSkippingInvalidRecordsRefusesTheConflictAndStoresTheRest() {
        Organization fresh = Organization.builder(
                        OrganizationId.of("fresh"), LocalizedText.en("Fresh"), OrganizationType.NGO)
                .build();

        ImportSummary summary = runtime.networks()
                .importNetwork(ImportOptions.defaults().skippingInvalidRecords(), into -> {
                    into.network(other(OTHER));
                    List<RefusedRecord> refused = into.organizations(List.of(fresh, hijacked()));
                    assertThat(refused).extracting(RefusedRecord::index).containsExactly(1);
                    assertThat(refused.get(0).violations())
                            .extracting(Violation::path)
                            .containsExactly("name", "country");
                    assertThat(refused.get(0).violations().get(0).message())
                            .contains("HIJACKED NAME")
                            .contains("updateSharedOrganizations");
                });

        assertThat(summary).isEqualTo(new ImportSummary(OTHER, 2, 1));
        assertThat(storedMember()).isEqualTo(TestData.member());
        assertThat(runtime.networks().graph(OTHER)).isPresent();
    }

    @Test
    void everyDuplicateIdentifierOfAnImportIsARefusedRecordNotAStorageFailure() {
        Person twice = Person.of(org.chemnet.network.organization.PersonId.of("twice"), "Twice");
        Organization fresh = Organization.builder(
                        OrganizationId.of("fresh"), LocalizedText.en("Fresh"), OrganizationType.NGO)
                .build();
        List<List<RefusedRecord>> refusals = new ArrayList<>();

        assertThatThrownBy(() -> runtime.networks().importNetwork(ImportOptions.defaults(), into -> {
                    into.network(other(OTHER));
                    refusals.add(into.organizations(List.of(fresh, fresh)));
                    refusals.add(into.persons(List.of(twice, twice)));
                    refusals.add(into.memberships(List.of(
                            membership("dup", OTHER, fresh.id()),
                            membership("dup", OTHER, TestData.HOST),
                            membership("again", OTHER, fresh.id()))));
                }))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly(
                                "organizations[1].id",
                                "persons[1].id",
                                "memberships[1].id",
                                "memberships[1].organization",
                                "memberships[2].history"));

        assertThat(refusals).allSatisfy(r -> assertThat(r).isNotEmpty().allSatisfy(x -> assertThat(x.violations())
                .extracting(Violation::rule)
                .containsOnly("ConsistentGraph")));
        assertThat(runtime.networks().network(OTHER)).isEmpty();
        assertThat(runtime.networks().ids()).containsExactly(TestData.NETWORK);
    }

    @Test
    void anImportWhoseReaderFailsStoresNothing() {
        assertThatThrownBy(() -> runtime.networks().importNetwork(ImportOptions.defaults(), into -> {
                    into.network(other(OTHER));
                    into.organizations(List.of(Organization.builder(
                                    OrganizationId.of("fresh"), LocalizedText.en("Fresh"), OrganizationType.NGO)
                            .build()));
                    throw new IllegalStateException("the document broke");
                }))
                .hasMessage("the document broke");

        assertThat(runtime.networks().network(OTHER)).isEmpty();
        assertThatThrownBy(() -> runtime.networks().update(OrganizationId.of("fresh"), o -> o))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anImportOfARecordBeforeItsNetworkIsACallersMistake() {
        assertThatThrownBy(() -> runtime.networks()
                        .importNetwork(ImportOptions.defaults(), into -> into.organizations(List.of(hijacked()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("network comes first");
        assertThatThrownBy(() -> runtime.networks().importNetwork(ImportOptions.defaults(), into -> {}))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("no network");
    }

    @Test
    void sixteenRegistrationsOverTwoRuntimesShareOneNewOrganizationAndAllGetThrough() throws Exception {
        Organization shared = Organization.builder(
                        OrganizationId.of("shared-new"), LocalizedText.en("Shared"), OrganizationType.NGO)
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<NetworkGraph>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                NetworkId id = NetworkId.of("racing-" + i);
                NetworkRuntime node = i % 2 == 0 ? runtime : second;
                NetworkGraph graph = NetworkGraph.builder(other(id))
                        .organizations(shared)
                        .memberships(membership("racing-m-" + i, id, shared.id()))
                        .build();
                calls.add(pool.submit(() -> node.networks().register(graph)));
            }
            for (Future<NetworkGraph> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }

        for (int i = 0; i < THREADS; i++) {
            NetworkGraph back =
                    second.networks().graph(NetworkId.of("racing-" + i)).orElseThrow();
            assertThat(back.organizations()).containsExactly(shared);
            assertThat(back.memberships()).hasSize(1);
        }
    }

    @Test
    void anExportHandsOverWhatTheGraphHoldsInTheSameOrder() {
        NetworkGraph random = RandomNetworks.graph(15, 300);
        try (NetworkRuntime fresh = NetworkRuntime.builder()
                .validator(validator)
                .store(createStore())
                .build()) {
            fresh.networks().register(random);
            List<NetworkGraph> exported = new ArrayList<>();
            NetworkExport collector = NetworkGraph.collecting(exported::add);

            fresh.networks().export(random.network().id(), collector);

            assertThat(exported)
                    .containsExactly(
                            fresh.networks().graph(random.network().id()).orElseThrow());
            assertThatThrownBy(() -> fresh.networks().export(NetworkId.of("absent"), collector))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aNetworkWithARecordInEverySectionIsStoredWholeAndExportedAsItCame() {
        NetworkGraph every = EveryRecord.graph();
        try (NetworkRuntime fresh = NetworkRuntime.builder()
                .validator(validator)
                .store(createStore())
                .build()) {
            fresh.networks().register(every);

            NetworkGraph stored = fresh.networks().graph(TestData.NETWORK).orElseThrow();
            assertThat(stored.persons()).isEqualTo(every.persons());
            assertThat(stored.board()).isEqualTo(every.board());
            assertThat(stored.affiliations()).isEqualTo(every.affiliations());
            assertThat(stored.eventSeries()).isEqualTo(every.eventSeries());
            assertThat(stored.registrationRules()).isEqualTo(every.registrationRules());
            assertThat(stored.registrations()).isEqualTo(every.registrations());
            assertThat(stored.boardRules()).isEqualTo(every.boardRules());
            assertThat(stored.motions()).isEqualTo(every.motions());
            assertThat(stored.votes()).isEqualTo(every.votes());
            List<NetworkGraph> exported = new ArrayList<>();
            fresh.networks().export(TestData.NETWORK, NetworkGraph.collecting(exported::add));
            assertThat(exported).containsExactly(stored);
            assertThat(fresh.governance().sittingOn(TestData.NETWORK, EveryRecord.VOTE_DAY))
                    .filteredOn(s -> s.seat().id().equals(EveryRecord.EX_OFFICIO))
                    .singleElement()
                    .satisfies(s -> assertThat(s.person()).contains(EveryRecord.SECOND_HEAD));
            assertThat(fresh.registrations().registrations(EveryRecord.seminar()))
                    .containsExactlyElementsOf(EveryRecord.registrations());
            assertThat(fresh.decisions().rules(TestData.NETWORK)).isEqualTo(EveryRecord.RULES);
            assertThat(fresh.decisions().history(TestData.NETWORK)).containsExactly(EveryRecord.motion());
            assertThat(fresh.decisions().votes(EveryRecord.MOTION)).containsExactlyElementsOf(EveryRecord.votes());
            assertThat(fresh.affiliations().headOn(TestData.HOST, EveryRecord.NEW_HEAD.minusDays(1)))
                    .map(a -> a.person())
                    .contains(EveryRecord.FIRST_HEAD);
        }
    }
}
