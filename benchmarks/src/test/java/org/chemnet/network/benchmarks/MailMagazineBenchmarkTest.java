package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * Each contender of the 100,000-recipient benchmark, at a smaller list, reaches every subscriber once through the
 * relay in its own JVM, and the check between iterations notices when one did not.
 */
class MailMagazineBenchmarkTest {
    @Test
    void everyContenderReachesEverySubscriberOnce()
            throws MessagingException, ExecutionException, InterruptedException {
        MailMagazineBenchmark benchmark = new MailMagazineBenchmark();
        benchmark.recipients = 250;
        benchmark.setUp();
        try {
            assertThat(benchmark.oneRuntime()).isEqualTo(250);
            benchmark.check();
            assertThat(benchmark.twoRuntimes()).isEqualTo(250);
            benchmark.check();
            assertThat(benchmark.angusLoop()).isEqualTo(250);
            benchmark.check();
            assertThatThrownBy(benchmark::check)
                    .hasMessageContaining("250 mails were to arrive, one for each subscriber, but 0 did");
        } finally {
            benchmark.tearDown();
        }
    }
}
