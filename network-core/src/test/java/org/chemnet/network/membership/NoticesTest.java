package org.chemnet.network.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.MutableClock;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.newsletter.DispatchReport;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.DeliveryOutcome;
import org.chemnet.network.spi.OutgoingMail;
import org.junit.jupiter.api.Test;

class NoticesTest {
    private static final LocalDate DAY = LocalDate.of(2021, 4, 1);
    private final List<OutgoingMail> sent = new ArrayList<>();
    /** The store of the last runtime made. */
    private org.chemnet.network.memory.InMemoryNetworkStore store;

    private NetworkRuntime runtime(boolean withMailer) {
        store = new org.chemnet.network.memory.InMemoryNetworkStore();
        var builder =
                NetworkRuntime.builder().store(store).clock(new MutableClock(Instant.parse("2021-04-01T00:00:00Z")));
        if (withMailer) {
            builder.mailer((batch, outcomes) -> batch.forEach(m -> {
                sent.add(m);
                outcomes.accept(DeliveryOutcome.sent(m.delivery().id()));
            }));
        }
        NetworkRuntime runtime = builder.build();
        runtime.networks().register(TestData.graph());
        runtime.networks()
                .save(new Person(
                        PersonId.of("yamada"),
                        "山田花子",
                        Optional.empty(),
                        Optional.of("yamada@example.org"),
                        Optional.of("ja")));
        return runtime;
    }

    @Test
    void tellsTheContactOfEachDecisionInTheirLanguage() {
        try (NetworkRuntime runtime = runtime(true)) {
            Membership application = runtime.participation()
                    .apply(Application.of(TestData.NETWORK, TestData.HOST, Optional.of(PersonId.of("yamada")), DAY));
            runtime.participation().reject(application.id(), DAY.plusDays(3), "対象外です");

            assertThat(runtime.newsletters().deliverPending()).isEqualTo(new DispatchReport(2, 0, 0));

            assertThat(sent)
                    .extracting(OutgoingMail::subject)
                    .containsExactlyInAnyOrder(
                            "試験ネットワーク：Host Centreの参加申請を受け付けました", "試験ネットワーク：Host Centreの参加申請は承認されませんでした");
            assertThat(sent)
                    .filteredOn(m -> m.subject().endsWith("承認されませんでした"))
                    .singleElement()
                    .satisfies(m -> assertThat(m.body()).contains("2021-04-04").contains("理由：対象外です"));
            assertThat(sent).allSatisfy(m -> {
                assertThat(m.delivery().address()).isEqualTo("yamada@example.org");
                assertThat(m.delivery().name()).contains("山田花子");
                assertThat(m.unsubscribeToken()).isEmpty();
            });
        }
    }

    @Test
    void recordsNoNoticesWithoutAMailerOrAContactAddress() {
        try (NetworkRuntime runtime = runtime(false)) {
            runtime.participation()
                    .apply(Application.of(TestData.NETWORK, TestData.HOST, Optional.of(PersonId.of("yamada")), DAY));
            Instant later = Instant.parse("2999-01-01T00:00:00Z");
            List<?> due = store.inTransaction(tx -> tx.outbox().claimDue("probe", later, later, 10));
            assertThat(due).isEmpty();
        }
        try (NetworkRuntime runtime = runtime(true)) {
            runtime.participation().apply(Application.of(TestData.NETWORK, TestData.HOST, Optional.empty(), DAY));
            assertThat(runtime.newsletters().deliverPending()).isEqualTo(new DispatchReport(0, 0, 0));
        }
    }
}
