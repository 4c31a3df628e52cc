package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.store.FolderException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Ours and the hand-written loops each deliver one mail to every subscriber, the check between iterations sees it,
 * and the loop that stands for the limit sends a message shaped like ours.
 */
class MailBenchmarkTest {
    @Test
    void everyContenderReachesEverySubscriberOnce() throws FolderException, MessagingException, IOException {
        MailBenchmark benchmark = new MailBenchmark();
        benchmark.recipients = 40;
        benchmark.setUp();
        try {
            benchmark.freshOutbox();
            assertThat(benchmark.ours()).isEqualTo(40);
            MimeMessage ours = benchmark.server.getReceivedMessages()[0];
            benchmark.check();

            benchmark.freshOutbox();
            assertThat(benchmark.angusLoop()).isEqualTo(40);
            MimeMessage same = benchmark.server.getReceivedMessages()[0];
            benchmark.check();

            benchmark.freshOutbox();
            assertThat(benchmark.angusLoopPlainText()).isEqualTo(40);
            benchmark.check();

            assertThat(same.getContentType()).startsWith("multipart/alternative");
            assertThat(ours.getContentType()).startsWith("multipart/alternative");
            assertThat(((MimeMultipart) same.getContent()).getCount())
                    .isEqualTo(((MimeMultipart) ours.getContent()).getCount());
            assertThat(same.getHeader("List-Unsubscribe")).hasSize(1);
            assertThat(ours.getHeader("List-Unsubscribe")).hasSize(1);
            assertThat(same.getFrom()).isEqualTo(ours.getFrom());

            benchmark.freshOutbox();
            assertThatThrownBy(benchmark::check)
                    .hasMessageContaining("40 mails were to arrive, one for each subscriber, but 0 did");
        } finally {
            benchmark.tearDown();
        }
    }
}
