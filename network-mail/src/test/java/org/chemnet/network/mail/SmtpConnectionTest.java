package org.chemnet.network.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.MessageKind;
import org.chemnet.network.spi.DeliveryOutcome;
import org.chemnet.network.spi.OutgoingMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the mailer uses its SMTP connection: one for many batches, a new one after close or a dropped one. */
class SmtpConnectionTest {
    private static final MailMessage NOTICE = new MailMessage(
            MessageId.of("notice-1"),
            MessageKind.NOTICE,
            Optional.empty(),
            OptionalInt.empty(),
            LocalDate.of(2021, 4, 1),
            Set.of(),
            LocalizedText.en("Your application"),
            LocalizedText.en("was received."));

    private LoopbackSmtp smtp;
    private CountingRelay relay;
    private final List<DeliveryOutcome> outcomes = new ArrayList<>();
    private int next;

    @BeforeEach
    void start() {
        smtp = new LoopbackSmtp();
        relay = new CountingRelay(smtp.port());
    }

    @AfterEach
    void stop() {
        relay.close();
        smtp.close();
    }

    private List<OutgoingMail> batch(int size) {
        List<OutgoingMail> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int n = next++;
            batch.add(new OutgoingMail(
                    Delivery.pending(
                            DeliveryId.of("d-" + n),
                            NOTICE.id(),
                            "reader" + n + "@example.org",
                            Optional.empty(),
                            "en",
                            Optional.empty(),
                            Optional.empty(),
                            Instant.EPOCH),
                    NOTICE,
                    Optional.empty()));
        }
        return batch;
    }

    private SmtpMailer mailerThroughRelay() {
        return new SmtpMailer(MailConfig.builder("127.0.0.1", relay.port(), "secretariat@network.example.org")
                .build());
    }

    @Test
    void batchesShareOneConnection() {
        try (SmtpMailer mailer = mailerThroughRelay()) {
            for (int i = 0; i < 3; i++) {
                mailer.send(batch(2), outcomes::add);
            }
        }
        assertThat(outcomes).hasSize(6).allMatch(o -> o.result() == DeliveryOutcome.Result.SENT);
        assertThat(smtp.received()).hasSize(6);
        assertThat(relay.connections()).isEqualTo(1);
    }

    @Test
    void closeEndsTheConnectionAndTheNextMailOpensANewOne() {
        SmtpMailer mailer = mailerThroughRelay();
        mailer.send(batch(2), outcomes::add);
        mailer.close();
        mailer.send(batch(2), outcomes::add);
        mailer.close();

        assertThat(outcomes).hasSize(4).allMatch(o -> o.result() == DeliveryOutcome.Result.SENT);
        assertThat(relay.connections()).isEqualTo(2);
    }

    @Test
    void aConnectionTheServerDroppedBetweenBatchesCostsNoFailure() {
        try (SmtpMailer mailer = new SmtpMailer(smtp.config())) {
            mailer.send(batch(1), outcomes::add);
            smtp.stop();
            smtp.start();
            mailer.send(batch(2), outcomes::add);
        }
        assertThat(outcomes).hasSize(3).allMatch(o -> o.result() == DeliveryOutcome.Result.SENT);
        assertThat(smtp.received()).hasSize(3);
    }

    @Test
    void aServerThatIsDownGivesAFailureForNowForEachMail() {
        try (SmtpMailer mailer = new SmtpMailer(smtp.config())) {
            mailer.send(batch(1), outcomes::add);
            smtp.stop();
            mailer.send(batch(2), outcomes::add);
        }
        assertThat(outcomes)
                .extracting(DeliveryOutcome::result)
                .containsExactly(
                        DeliveryOutcome.Result.SENT,
                        DeliveryOutcome.Result.TRANSIENT_FAILURE,
                        DeliveryOutcome.Result.TRANSIENT_FAILURE);
    }
}
