package org.chemnet.network.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.spi.DeliveryOutcome;
import org.chemnet.network.spi.Mailer;
import org.chemnet.network.spi.OutgoingMail;
import org.junit.jupiter.api.Test;

/**
 * The outbox records outcomes in groups of {@link OutboxSettings#outcomesPerCommit()}, while the next mails go out: no
 * more than two groups are ever sent but unrecorded, one outcome a commit records each before the next mail, and what
 * a failing mailer reported is recorded before its failure goes on.
 */
class OutcomesPerCommitTest {
    private static final MessageId ISSUE = MessageId.of("issue-106");
    private static final int RECIPIENTS = 120;

    private final InMemoryNetworkStore store = new InMemoryNetworkStore();

    /** A mailer that notes, before it sends each mail, how many outcomes the store has recorded so far. */
    private final class Observing implements Mailer {
        final List<Integer> unrecordedBeforeEach = new ArrayList<>();
        private final int failAfter;
        private int reported;

        Observing(int failAfter) {
            this.failAfter = failAfter;
        }

        @Override
        public void send(List<OutgoingMail> mails, Consumer<DeliveryOutcome> outcomes) {
            for (OutgoingMail mail : mails) {
                if (reported == failAfter) {
                    throw new IllegalStateException("the mail server went away");
                }
                unrecordedBeforeEach.add(reported - recorded());
                outcomes.accept(DeliveryOutcome.sent(mail.delivery().id()));
                reported++;
            }
        }
    }

    private int recorded() {
        return (int) store.read(r -> r.outbox().deliveries(ISSUE)).stream()
                .filter(d -> d.status() == DeliveryStatus.SENT)
                .count();
    }

    private NetworkRuntime runtime(Mailer mailer, OutboxSettings settings) {
        NetworkRuntime runtime = NetworkRuntime.builder()
                .store(store)
                .mailer(mailer)
                .outbox(settings)
                .build();
        runtime.networks().register(TestData.graph());
        runtime.newsletters().unsubscribe(TestData.subscription().id(), LocalDate.of(2020, 1, 1));
        store.inTransaction(tx -> {
            tx.subscriptions().insertAll(TestData.subscribers(RECIPIENTS));
            return null;
        });
        runtime.newsletters()
                .issue(new NewsletterIssue(
                        ISSUE,
                        TestData.NEWSLETTER,
                        106,
                        LocalDate.of(2020, 6, 30),
                        Set.of(),
                        LocalizedText.jaEn("メールマガジン 第106号", "Newsletter No. 106"),
                        LocalizedText.jaEn("欧州の動向", "News from Europe")));
        return runtime;
    }

    private static OutboxSettings batchesOf(int size) {
        return new OutboxSettings(size, 5, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    @Test
    void byDefaultAtMostTwoGroupsOfOutcomesAreUnrecordedWhileMailsGoOutAndAllAreRecordedAtTheEnd() {
        Observing mailer = new Observing(Integer.MAX_VALUE);
        try (NetworkRuntime runtime = runtime(mailer, batchesOf(100))) {
            DispatchReport report = runtime.newsletters().deliverPending();

            assertThat(report.sent()).isEqualTo(RECIPIENTS);
            assertThat(recorded()).isEqualTo(RECIPIENTS);
            assertThat(mailer.unrecordedBeforeEach).hasSize(RECIPIENTS).allSatisfy(n -> assertThat(n)
                    .isLessThan(2 * OutboxSettings.DEFAULT_OUTCOMES_PER_COMMIT));
        }
    }

    @Test
    void oneOutcomePerCommitRecordsEachBeforeTheNextMailGoesOut() {
        Observing mailer = new Observing(Integer.MAX_VALUE);
        try (NetworkRuntime runtime = runtime(mailer, batchesOf(100).withOutcomesPerCommit(1))) {
            runtime.newsletters().deliverPending();

            assertThat(mailer.unrecordedBeforeEach).hasSize(RECIPIENTS).containsOnly(0);
        }
    }

    @Test
    void whatAFailingMailerReportedIsRecordedBeforeItsFailureGoesOnAndTheRestStaysClaimed() {
        Observing mailer = new Observing(37);
        try (NetworkRuntime runtime = runtime(mailer, batchesOf(RECIPIENTS))) {
            assertThatThrownBy(() -> runtime.newsletters().deliverPending())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the mail server went away");

            assertThat(recorded()).isEqualTo(37);
            // The other 83 of the batch stay claimed: nobody can tell whether they went out before the lease ends.
            assertThat(runtime.newsletters().deliverPending().sent()).isZero();
        }
    }

    @Test
    void outcomesPerCommitIsOneOrMore() {
        assertThat(OutboxSettings.defaults().outcomesPerCommit()).isEqualTo(25);
        assertThatThrownBy(() -> OutboxSettings.defaults().withOutcomesPerCommit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outcomesPerCommit must be at least 1, but was 0");
    }
}
