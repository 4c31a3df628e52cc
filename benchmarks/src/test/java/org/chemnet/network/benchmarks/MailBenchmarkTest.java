package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.store.FolderException;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

/** Ours and the Angus loop each deliver one mail to every subscriber, and the check between iterations sees it. */
class MailBenchmarkTest {
    @Test
    void bothReachEverySubscriberOnce() throws FolderException, MessagingException {
        MailBenchmark benchmark = new MailBenchmark();
        benchmark.recipients = 40;
        benchmark.setUp();
        try {
            benchmark.freshOutbox();
            assertThat(benchmark.ours()).isEqualTo(40);
            benchmark.check();

            benchmark.freshOutbox();
            assertThat(benchmark.angusLoop()).isEqualTo(40);
            benchmark.check();

            benchmark.freshOutbox();
            assertThatThrownBy(benchmark::check)
                    .hasMessageContaining("40 mails were to arrive, one for each subscriber, but 0 did");
        } finally {
            benchmark.tearDown();
        }
    }
}
