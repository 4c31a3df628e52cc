package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemnet.network.Races.THREADS;
import static org.chemnet.network.Races.race;
import static org.chemnet.network.Races.successes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.chemnet.network.access.AccessDeniedException;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.Actor;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.change.AuditQuery;
import org.chemnet.network.change.ChangeDeliverySettings;
import org.chemnet.network.change.DurableListener;
import org.chemnet.network.change.ListenerCursor;
import org.chemnet.network.change.RecordedChange;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.graph.ImportOptions;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Application;
import org.chemnet.network.membership.Approver;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipPolicy;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.NotTheApproverException;
import org.chemnet.network.membership.Participation;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.NetworkStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Actors, access and the change log through the runtime: every change recorded with its actor and instant in the same
 * transaction, the audit log read by record, actor, network and period, a denied action storing nothing and raising
 * nothing, approval following from the actor, erasure redacting the log; and the durable delivery of the log to
 * listeners: after a runtime died between commit and delivery, to exactly the listeners that had not heard, past a
 * listener that keeps failing, and once per listener with {@value Races#THREADS} threads over two nodes writing and
 * delivering at once.
 *
 * <p>A store's test extends this class and says how to make a fresh store and a second node over the same data.
 */
public abstract class ChangeLogContract extends TwoNodes {
    private static final LocalDate DAY = LocalDate.of(2021, 4, 1);
    private static final Instant START = Instant.parse("2021-04-01T09:00:00Z");
    private static final OrganizationId APPLICANT = OrganizationId.of("applicant");
    private static final PersonId STAFF = PersonId.of("staff-1");
    private static final Actor SECRETARIAT = Actor.secretariatStaff(STAFF, TestData.NETWORK);

    private final List<NetworkRuntime> started = new ArrayList<>();
    private MutableClock clock;

    @BeforeEach
    void startingPoint() {
        clock = new MutableClock(START);
        first.networks().register(TestData.graph());
        first.networks()
                .save(Organization.builder(APPLICANT, LocalizedText.en("Applicant Ltd."), OrganizationType.ENTERPRISE)
                        .country("JP")
                        .build());
        listener.clear();
    }

    @AfterEach
    void stopStarted() {
        started.forEach(NetworkRuntime::close);
    }

    /** A runtime over one of the two stores, with the test's clock and durable listeners. */
    private NetworkRuntime node(NetworkStore over, String name, DurableListener... listeners) {
        NetworkRuntimeBuilder builder = NetworkRuntime.builder()
                .validator(validator)
                .store(over)
                .clock(clock)
                .nodeName(name)
                .changeDelivery(new ChangeDeliverySettings(
                        Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(30), 7));
        for (DurableListener l : listeners) {
            builder.durableListener(l);
        }
        NetworkRuntime runtime = builder.build();
        started.add(runtime);
        return runtime;
    }

    private static List<RecordedChange> all(NetworkRuntime runtime) {
        List<RecordedChange> all = new ArrayList<>();
        AuditQuery query = AuditQuery.all().limit(AuditQuery.MAX_LIMIT);
        while (true) {
            List<RecordedChange> page = runtime.changes().audit(query);
            all.addAll(page);
            if (page.size() < query.limit()) {
                return all;
            }
            query = query.after(page.get(page.size() - 1).sequence());
        }
    }

    private static long last(NetworkRuntime runtime) {
        List<RecordedChange> all = all(runtime);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }

    private static Membership apply(Participation participation) {
        return participation.apply(Application.of(TestData.NETWORK, APPLICANT, Optional.empty(), DAY));
    }

    @Test
    void recordsEachChangeWithItsActorAndInstantAndReadsTheLogByRecordActorNetworkAndPeriod() {
        NetworkRuntime node = node(store, "a");
        long before = last(node);
        Membership applied = apply(node.as(Actor.person(TestData.CHAIR_PERSON)).participation());
        clock.advance(Duration.ofHours(1));
        Membership approved = node.as(SECRETARIAT).participation().approve(applied.id(), DAY.plusDays(7));
        clock.advance(Duration.ofHours(1));
        node.as(Actor.system("nightly")).networks().update(TestData.CHAIR_PERSON, p -> p);

        List<RecordedChange> recorded = all(node).subList((int) before, (int) before + 4);
        assertThat(recorded)
                .extracting(RecordedChange::kind, c -> c.actor().id(), RecordedChange::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ApplicationReceived", "chair-person", START),
                        org.assertj.core.groups.Tuple.tuple("AgreementRecorded", "chair-person", START),
                        org.assertj.core.groups.Tuple.tuple(
                                "ParticipationApproved", "staff-1", START.plus(Duration.ofHours(1))),
                        org.assertj.core.groups.Tuple.tuple(
                                "PersonChanged", "nightly", START.plus(Duration.ofHours(2))));
        assertThat(recorded)
                .extracting(RecordedChange::sequence)
                .containsExactly(before + 1, before + 2, before + 3, before + 4);
        EntityRef membership = EntityRef.of(EntityKind.MEMBERSHIP, applied.id());
        assertThat(second.changes().audit(AuditQuery.all().of(membership)))
                .extracting(RecordedChange::kind)
                .containsExactly("ApplicationReceived", "ParticipationApproved");
        assertThat(second.changes().audit(AuditQuery.all().by("staff-1")))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.actor()).isEqualTo(SECRETARIAT);
                    assertThat(c.aggregate()).isEqualTo(membership);
                    assertThat(c.network()).contains(TestData.NETWORK);
                    assertThat(c.summary()).contains(approved.status().name());
                });
        assertThat(second.changes().audit(AuditQuery.all().in(TestData.NETWORK).after(before)))
                .extracting(RecordedChange::kind)
                .containsExactly("ApplicationReceived", "AgreementRecorded", "ParticipationApproved");
        assertThat(second.changes()
                        .audit(AuditQuery.all().between(START.plusSeconds(1), START.plus(Duration.ofHours(2)))))
                .extracting(RecordedChange::kind)
                .containsExactly("ParticipationApproved");
        assertThat(all(second).subList(0, (int) before))
                .extracting(RecordedChange::kind)
                .containsExactly("NetworkRegistered", "OrganizationSaved");
    }

    /** Runs a use case and returns what it appended to the log. */
    private List<RecordedChange> appended(Runnable useCase) {
        long before = last(first);
        useCase.run();
        return all(second).subList((int) before, (int) last(second));
    }

    @Test
    void everyWriteUseCaseRecordsItsActor() {
        NetworkSession staff = first.as(SECRETARIAT);
        NetworkId network = TestData.NETWORK;
        OrganizationId ally = OrganizationId.of("ally");
        PersonId reader = PersonId.of("reader");
        Map<String, Runnable> useCases = new java.util.LinkedHashMap<>();
        useCases.put("networks().update", () -> staff.networks().update(network, n -> n));
        useCases.put("networks().save(organization)", () -> staff.networks()
                .save(Organization.builder(ally, LocalizedText.en("Ally"), OrganizationType.NGO)
                        .country("SE")
                        .build()));
        useCases.put("networks().update(organization)", () -> staff.networks().update(ally, o -> o));
        useCases.put("networks().save(person)", () -> staff.networks().save(Person.of(reader, "Reader")));
        useCases.put("networks().update(person)", () -> staff.networks().update(reader, p -> p));
        useCases.put("organizations().rename", () -> staff.organizations()
                .rename(ally, LocalizedText.en("Ally Foundation"), DAY));
        Membership[] membership = new Membership[1];
        useCases.put("participation().apply", () -> membership[0] = apply(staff.participation()));
        useCases.put("participation().approve", () -> staff.participation().approve(membership[0].id(), DAY));
        useCases.put("participation().agree", () -> staff.participation().agree(network, APPLICANT, DAY));
        useCases.put("participation().suspend", () -> staff.participation()
                .suspend(membership[0].id(), DAY.plusDays(1), "unpaid"));
        useCases.put("participation().reinstate", () -> staff.participation()
                .reinstate(membership[0].id(), DAY.plusDays(2)));
        useCases.put(
                "participation().withdraw", () -> staff.participation().withdraw(membership[0].id(), DAY.plusDays(3)));
        useCases.put("governance().appoint", () -> staff.governance()
                .appoint(network, ally, Optional.empty(), org.chemnet.network.common.Period.from(DAY), false));
        useCases.put("governance().changeChair", () -> staff.governance()
                .changeChair(network, TestData.board().seats().get(0).id(), DAY));
        useCases.put("governance().endSeat", () -> staff.governance()
                .endSeat(network, TestData.board().seats().get(0).id(), DAY.plusDays(10)));
        useCases.put(
                "governance().handOverSecretariat", () -> staff.governance().handOverSecretariat(network, ally, DAY));
        useCases.put("activities().change", () -> staff.activities()
                .change(network, TestData.seminar().id(), a -> a));
        useCases.put("activities().retire", () -> staff.activities()
                .retire(network, TestData.seminar().id(), DAY));
        useCases.put("partnerships().ally", () -> staff.partnerships()
                .ally(
                        network,
                        new org.chemnet.network.membership.Partner(
                                APPLICANT,
                                Optional.empty(),
                                Optional.of(org.chemnet.network.common.Period.from(DAY)))));
        useCases.put("declarations().endorse", () -> staff.declarations()
                .endorse(TestData.declaration().id(), ally, DAY));
        useCases.put("declarations().withdrawEndorsement", () -> staff.declarations()
                .withdrawEndorsement(TestData.declaration().id(), ally, DAY.plusDays(1)));
        org.chemnet.network.newsletter.Subscription subscription = new org.chemnet.network.newsletter.Subscription(
                org.chemnet.network.newsletter.SubscriptionId.of("s-reader"),
                TestData.NEWSLETTER,
                "reader@example.org",
                Optional.of(reader),
                Optional.empty(),
                java.util.Set.of(),
                new org.chemnet.network.newsletter.Consent(DAY, "web form"),
                org.chemnet.network.newsletter.SubscriptionStatus.ACTIVE,
                DAY);
        useCases.put("newsletters().subscribe", () -> staff.newsletters().subscribe(subscription));
        useCases.put("newsletters().issue", () -> staff.newsletters()
                .issue(new org.chemnet.network.newsletter.NewsletterIssue(
                        org.chemnet.network.newsletter.MessageId.of("issue-7"),
                        TestData.NEWSLETTER,
                        7,
                        DAY,
                        java.util.Set.of(),
                        LocalizedText.en("Issue 7"),
                        LocalizedText.en("News"))));
        useCases.put("newsletters().unsubscribe", () -> staff.newsletters().unsubscribe(subscription.id(), DAY));
        useCases.put("personalData().erase", () -> staff.personalData().erase(reader));
        useCases.put("organizations().dissolve", () -> staff.organizations()
                .dissolve(ally, DAY.plusDays(20), Optional.empty()));

        for (Map.Entry<String, Runnable> useCase : useCases.entrySet()) {
            assertThat(appended(useCase.getValue()))
                    .as(useCase.getKey())
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.actor()).isEqualTo(SECRETARIAT));
        }
    }

    @Test
    void aDeniedActionStoresNothingAndRaisesNothing() {
        Membership applied = apply(first.participation());
        listener.clear();
        long before = last(first);
        Actor person = Actor.person(TestData.CHAIR_PERSON);

        assertThatThrownBy(() -> first.as(person).participation().approve(applied.id(), DAY))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("PERSON chair-person may not APPROVE MEMBERSHIP "
                        + applied.id().value() + " of network test-network")
                .satisfies(e -> assertThat(((AccessDeniedException) e)
                                .request()
                                .orElseThrow()
                                .action())
                        .isEqualTo(Action.APPROVE));
        Actor otherStaff = Actor.secretariatStaff(STAFF, NetworkId.of("another-network"));
        assertThatThrownBy(() -> first.as(otherStaff)
                        .governance()
                        .endSeat(
                                TestData.NETWORK,
                                TestData.board().seats().get(0).id(),
                                DAY))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("may not APPOINT BOARD test-network");
        assertThatThrownBy(() -> first.as(person).personalData().export(PersonId.of("someone-else")))
                .isInstanceOf(AccessDeniedException.class);
        // An import is asked about at its network, before it reads or writes anything else.
        List<String> reached = new ArrayList<>();
        assertThatThrownBy(() -> first.as(person).networks().importNetwork(ImportOptions.defaults(), in -> {
                    in.network(TestData.network(NetworkId.of("probe"), LocalizedText.en("Probe")));
                    reached.add("persons");
                    in.persons(List.of(Person.of(TestData.CHAIR_PERSON, "Someone Else")));
                }))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("may not REGISTER_NETWORK NETWORK probe");
        assertThat(reached).isEmpty();
        assertThat(second.networks().network(NetworkId.of("probe"))).isEmpty();

        assertThat(second.directory().membership(applied.id()).orElseThrow().status())
                .isEqualTo(MembershipStatus.APPLIED);
        assertThat(second.directory().board(TestData.NETWORK)).isEqualTo(TestData.board());
        assertThat(last(second)).isEqualTo(before);
        assertThat(listener.events()).isEmpty();
        // A person reads their own data; a host's own policy decides differently.
        assertThat(first.as(person)
                        .personalData()
                        .export(TestData.CHAIR_PERSON)
                        .person()
                        .id())
                .isEqualTo(TestData.CHAIR_PERSON);
        NetworkRuntime closed = NetworkRuntime.builder()
                .validator(validator)
                .store(secondStore)
                .accessPolicy(request -> request.action() != Action.UPDATE_NETWORK)
                .build();
        started.add(closed);
        assertThatThrownBy(() -> closed.networks().update(TestData.NETWORK, n -> n))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("SYSTEM host may not UPDATE_NETWORK NETWORK test-network");
    }

    @Test
    void decidingForTheBoardFollowsFromASeatOnTheDay() {
        first.networks()
                .update(
                        TestData.NETWORK,
                        n -> n.withPolicy(new MembershipPolicy(
                                n.policy().organizationsOnly(),
                                n.policy().eligibleTypes(),
                                n.policy().fee(),
                                n.policy().requiredAgreement(),
                                Approver.BOARD)));
        Membership applied = apply(first.participation());
        Actor seated = Actor.boardMember(TestData.CHAIR_PERSON, TestData.NETWORK);
        Actor notSeated = Actor.boardMember(STAFF, TestData.NETWORK);

        assertThatThrownBy(() -> second.as(SECRETARIAT).participation().approve(applied.id(), DAY))
                .isInstanceOf(NotTheApproverException.class)
                .hasMessageContaining("decided by the BOARD, and SECRETARIAT_STAFF staff-1 of test-network");
        assertThatThrownBy(() -> second.as(notSeated).participation().approve(applied.id(), DAY))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith(
                        "BOARD_MEMBER staff-1 of test-network represents no seat of the board of network"
                                + " test-network on ");
        assertThatThrownBy(() ->
                        second.as(notSeated).changes().audit(AuditQuery.all().in(TestData.NETWORK)))
                .isInstanceOf(AccessDeniedException.class);
        // A host's policy may let board members read personal data; they read it only while they sit.
        NetworkRuntime open = NetworkRuntime.builder()
                .validator(validator)
                .store(secondStore)
                .accessPolicy(org.chemnet.network.access.AccessPolicy.permitAll())
                .build();
        started.add(open);
        assertThatThrownBy(() -> open.as(notSeated).directory().person(TestData.CHAIR_PERSON))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("represents no seat of the board");
        assertThat(open.as(seated).directory().person(TestData.CHAIR_PERSON)).isPresent();
        assertThatThrownBy(() -> second.as(seated).participation().approve(applied.id(), LocalDate.of(2019, 3, 31)))
                .isInstanceOf(NotTheApproverException.class)
                .hasMessageEndingWith("represents no seat of its board on 2019-03-31");

        Membership approved = second.as(seated).participation().approve(applied.id(), DAY);

        assertThat(approved.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(first.changes().audit(AuditQuery.all().of(EntityRef.of(EntityKind.MEMBERSHIP, applied.id()))))
                .extracting(c -> c.actor())
                .containsExactly(Actor.system("host"), seated);
    }

    @Test
    void erasingAPersonRedactsThemInTheLogAndKeepsThatTheChangesHappened() {
        Actor person = Actor.person(TestData.CHAIR_PERSON);
        first.as(person).networks().update(TestData.CHAIR_PERSON, p -> p);
        long before = last(first);

        first.as(person).personalData().erase(TestData.CHAIR_PERSON);

        List<RecordedChange> log = all(second);
        assertThat(log).hasSize((int) before + 1);
        assertThat(log)
                .noneMatch(c -> c.actor().id().equals("chair-person")
                        || c.aggregate().id().equals("chair-person"));
        assertThat(log.subList(log.size() - 2, log.size()))
                .extracting(RecordedChange::kind, c -> c.actor().id(), c -> c.aggregate())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "PersonChanged", Actor.ERASED, new EntityRef(EntityKind.PERSON, Actor.ERASED)),
                        org.assertj.core.groups.Tuple.tuple(
                                "PersonalDataErased", Actor.ERASED, new EntityRef(EntityKind.PERSON, Actor.ERASED)));
        assertThat(log.get(log.size() - 1).actor().kind()).isEqualTo(person.kind());
    }

    /** A listener that records what it heard, by sequence, and can be told to fail. */
    private static final class Heard implements DurableListener {
        final String id;
        final List<Long> sequences = new CopyOnWriteArrayList<>();
        final AtomicInteger failuresLeft = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        Heard(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public void on(RecordedChange change) {
            calls.incrementAndGet();
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("the search engine is down");
            }
            sequences.add(change.sequence());
        }
    }

    private static List<Long> range(long fromInclusive, long toInclusive) {
        List<Long> all = new ArrayList<>();
        for (long s = fromInclusive; s <= toInclusive; s++) {
            all.add(s);
        }
        return all;
    }

    @Test
    void aRuntimeKilledBetweenCommitAndDeliveryDeliversAfterRestartToTheListenersThatHadNotHeard() {
        Heard index = new Heard("search-index");
        NetworkRuntime before = node(store, "a", index);
        apply(before.participation());
        assertThat(before.changes().deliverPending().delivered()).isEqualTo(last(before));
        long heard = last(before);
        // Committed, then the node dies before it delivers: nothing but the store is left.
        before.networks().update(TestData.CHAIR_PERSON, p -> p);
        before.close();

        Heard indexAfterRestart = new Heard("search-index");
        Heard webhook = new Heard("webhook");
        NetworkRuntime after = node(secondStore, "b", indexAfterRestart, webhook);
        after.changes().deliverPending();

        long lastSequence = last(after);
        assertThat(lastSequence).isEqualTo(heard + 1);
        assertThat(index.sequences).isEqualTo(range(1, heard));
        assertThat(indexAfterRestart.sequences).containsExactly(heard + 1);
        assertThat(webhook.sequences).isEqualTo(range(1, lastSequence));
        assertThat(after.changes().cursors())
                .extracting(ListenerCursor::listener, ListenerCursor::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("search-index", lastSequence),
                        org.assertj.core.groups.Tuple.tuple("webhook", lastSequence));
        assertThat(after.changes().deliverPending().delivered()).isZero();
    }

    @Test
    void aListenerThatFailsFiveTimesIsRetriedWithBackoffAndDoesNotHoldUpTheOthers() {
        Heard flaky = new Heard("flaky");
        flaky.failuresLeft.set(5);
        Heard steady = new Heard("steady");
        NetworkRuntime node = node(store, "a", flaky, steady);
        long total = last(node);

        List<Duration> pauses = new ArrayList<>();
        for (int failure = 1; failure <= 5; failure++) {
            var report = node.changes().deliverPending();
            assertThat(report.failed()).isEqualTo(1);
            ListenerCursor cursor = node.changes().cursors().get(0);
            assertThat(cursor.failures()).isEqualTo(failure);
            assertThat(cursor.position()).isZero();
            assertThat(cursor.lastError()).hasValueSatisfying(e -> assertThat(e).contains("search engine is down"));
            Duration pause =
                    Duration.between(clock.instant(), cursor.nextAttempt().orElseThrow());
            pauses.add(pause);
            // Within its pause, the flaky listener is not asked again.
            assertThat(node.changes().deliverPending().skipped()).isEqualTo(1);
            clock.advance(pause);
        }
        assertThat(pauses)
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(16));
        assertThat(steady.sequences).isEqualTo(range(1, total));

        node.changes().deliverPending();

        assertThat(flaky.sequences).isEqualTo(range(1, total));
        assertThat(flaky.calls).hasValue((int) total + 5);
        assertThat(node.changes().cursors().get(0).failures()).isZero();
    }

    @Test
    void twoNodesWritingAndDeliveringAtOnceHandEachChangeToEachListenerOnceInOrder() throws Exception {
        Map<String, Map<Long, AtomicInteger>> counts = new ConcurrentHashMap<>();
        Map<String, List<Long>> orders = new ConcurrentHashMap<>();
        int nodes = 0;
        List<NetworkRuntime> pair = new ArrayList<>();
        for (NetworkStore over : List.of(store, secondStore)) {
            List<DurableListener> listeners = new ArrayList<>();
            for (String id : List.of("index", "webhook")) {
                Consumer<RecordedChange> count = c -> {
                    counts.computeIfAbsent(id, k -> new ConcurrentHashMap<>())
                            .computeIfAbsent(c.sequence(), k -> new AtomicInteger())
                            .incrementAndGet();
                    orders.computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(c.sequence());
                };
                listeners.add(DurableListener.of(id, count));
            }
            pair.add(node(over, "node-" + ++nodes, listeners.toArray(DurableListener[]::new)));
        }

        List<Races.Outcome<Integer>> outcomes = race(pair.get(0), pair.get(1), (runtime, thread) -> {
            int delivered = 0;
            for (int round = 0; round < 4; round++) {
                PersonId person = PersonId.of("person-" + thread + "-" + round);
                runtime.as(SECRETARIAT).networks().save(Person.of(person, "Person " + thread));
                delivered += (int) runtime.changes().deliverPending().delivered();
            }
            return delivered;
        });
        assertThat(successes(outcomes)).hasSize(THREADS);
        pair.get(0).changes().deliverPending();
        pair.get(1).changes().deliverPending();

        long lastSequence = last(first);
        List<RecordedChange> log = all(second);
        assertThat(log).extracting(RecordedChange::sequence).isEqualTo(range(1, lastSequence));
        assertThat(log.stream()
                        .filter(c -> c.kind().equals("PersonSaved") && c.actor().equals(SECRETARIAT)))
                .hasSize(THREADS * 4);
        for (String id : List.of("index", "webhook")) {
            assertThat(counts.get(id)).hasSize((int) lastSequence);
            assertThat(counts.get(id).values()).allSatisfy(n -> assertThat(n).hasValue(1));
            assertThat(orders.get(id)).isEqualTo(range(1, lastSequence));
        }
    }
}
