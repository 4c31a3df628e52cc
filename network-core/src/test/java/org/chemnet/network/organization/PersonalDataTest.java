package org.chemnet.network.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.MutableClock;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.RecordingListener;
import org.chemnet.network.TestData;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Application;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.personaldata.PersonalDataExport;
import org.chemnet.network.spi.DeliveryOutcome;
import org.chemnet.network.spi.OutboxPort;
import org.chemnet.network.spi.OutgoingMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonalDataTest {
    private static final PersonId CONTACT = PersonId.of("contact");
    private final RecordingListener listener = new RecordingListener();
    private NetworkRuntime runtime;
    private Membership membership;

    @BeforeEach
    void start() {
        runtime = NetworkRuntime.builder().listener(listener).build();
        runtime.networks().register(TestData.graph());
        runtime.networks()
                .save(new Person(
                        CONTACT,
                        "Keiko Tanaka",
                        Optional.of("Director"),
                        Optional.of("keiko@example.org"),
                        Optional.of("ja")));
        membership = runtime.participation()
                .apply(Application.of(TestData.NETWORK, TestData.HOST, Optional.of(CONTACT), LocalDate.of(2021, 1, 1)));
        membership = runtime.participation().approve(membership.id(), LocalDate.of(2021, 1, 5));
        Subscription s = TestData.subscription();
        runtime.newsletters()
                .subscribe(new Subscription(
                        s.id(),
                        s.newsletter(),
                        "keiko@example.org",
                        Optional.of(CONTACT),
                        s.organization(),
                        s.topics(),
                        s.consent(),
                        s.status(),
                        s.statusSince()));
        listener.clear();
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void exportsEverythingStoredAboutAPerson() {
        PersonalDataExport export = runtime.personalData().export(CONTACT);

        assertThat(export.person().name()).isEqualTo("Keiko Tanaka");
        assertThat(export.contactFor()).containsExactly(membership);
        assertThat(export.subscriptions()).extracting(Subscription::address).containsExactly("keiko@example.org");
        assertThat(runtime.personalData().export(TestData.CHAIR_PERSON).boardSeats())
                .hasSize(1);
    }

    @Test
    void erasureDropsTheMailsPendingToThePersonAndKeepsThoseSentWithoutTheirAddress() {
        List<OutgoingMail> sent = new ArrayList<>();
        org.chemnet.network.memory.InMemoryNetworkStore store = new org.chemnet.network.memory.InMemoryNetworkStore();
        try (NetworkRuntime mailing = NetworkRuntime.builder()
                .store(store)
                .clock(new MutableClock(Instant.parse("2021-01-01T00:00:00Z")))
                .mailer((batch, outcomes) -> batch.forEach(m -> {
                    sent.add(m);
                    outcomes.accept(DeliveryOutcome.sent(m.delivery().id()));
                }))
                .build()) {
            mailing.networks().register(TestData.graph());
            mailing.networks()
                    .save(new Person(
                            CONTACT,
                            "Keiko Tanaka",
                            Optional.empty(),
                            Optional.of("keiko@example.org"),
                            Optional.of("ja")));
            Membership applied = mailing.participation()
                    .apply(Application.of(
                            TestData.NETWORK, TestData.HOST, Optional.of(CONTACT), LocalDate.of(2021, 1, 1)));
            assertThat(mailing.newsletters().deliverPending().sent()).isEqualTo(1);
            mailing.participation().approve(applied.id(), LocalDate.of(2021, 1, 5));

            List<Delivery> before = mailing.personalData().export(CONTACT).deliveries();
            assertThat(before)
                    .extracting(Delivery::status)
                    .containsExactlyInAnyOrder(DeliveryStatus.SENT, DeliveryStatus.PENDING);
            assertThat(before)
                    .allMatch(d -> d.address().equals("keiko@example.org")
                            && d.person().equals(Optional.of(CONTACT)));
            DeliveryId pending = before.stream()
                    .filter(d -> d.status() == DeliveryStatus.PENDING)
                    .findFirst()
                    .orElseThrow()
                    .id();
            DeliveryId done = sent.get(0).delivery().id();

            mailing.personalData().erase(CONTACT);

            assertThat(mailing.personalData().export(CONTACT).deliveries()).isEmpty();
            Optional<Delivery> dropped = store.read(r -> r.outbox().delivery(pending));
            Delivery kept = store.read(r -> r.outbox().delivery(done)).orElseThrow();
            assertThat(dropped).isEmpty();
            assertThat(kept.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(kept.address()).isEqualTo(OutboxPort.ERASED_ADDRESS);
            assertThat(kept.name()).isEmpty();
            assertThat(kept.person()).isEmpty();
            assertThat(mailing.newsletters().deliverPending().sent()).isZero();
            assertThat(sent).hasSize(1);
        }
    }

    @Test
    void erasureKeepsTheOrganizationsHistoryIntactAndCorrect() {
        long before = runtime.participation().countOn(ParticipantQuery.of(TestData.NETWORK, LocalDate.of(2021, 2, 1)));

        runtime.personalData().erase(CONTACT);

        PersonalDataExport export = runtime.personalData().export(CONTACT);
        assertThat(export.person().isErased()).isTrue();
        assertThat(export.subscriptions()).isEmpty();
        assertThat(export.contactFor()).containsExactly(membership);
        assertThat(runtime.participation().history(TestData.HOST)).containsExactly(membership);
        assertThat(runtime.participation().countOn(ParticipantQuery.of(TestData.NETWORK, LocalDate.of(2021, 2, 1))))
                .isEqualTo(before);
        NetworkGraph graph = runtime.networks().graph(TestData.NETWORK).orElseThrow();
        assertThat(graph.toString()).doesNotContain("Keiko", "keiko@example.org", "Director");
        assertThat(runtime.validator().validate(graph)).isEmpty();
        assertThat(listener.events()).containsExactly(new ChangeEvent.PersonalDataErased(CONTACT));
    }

    @Test
    void refusesUnknownPersons() {
        assertThatThrownBy(() -> runtime.personalData().export(PersonId.of("nobody")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runtime.personalData().erase(PersonId.of("nobody")))
                .isInstanceOf(NotFoundException.class);
    }
}
