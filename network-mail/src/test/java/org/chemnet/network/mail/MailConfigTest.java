package org.chemnet.network.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;

class MailConfigTest {
    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> MailConfig.builder("", 70_000, "not an address\r\nBcc: x@example.org")
                        .senderName("Secretariat\nX-Evil: 1")
                        .maxPerSecond(-1)
                        .timeout(Duration.ZERO)
                        .unsubscribeUrl("javascript:alert(1)")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid mail configuration: host must be a host name or address")
                .hasMessageContaining("port must be 1 to 65535, but was 70000")
                .hasMessageContaining("senderAddress must not contain line breaks")
                .hasMessageContaining("senderName must not contain line breaks")
                .hasMessageContaining("maxPerSecond must be 0 (no limit) or a positive number, but was -1.0")
                .hasMessageContaining("timeout must be positive")
                .hasMessageContaining("unsubscribeUrl must be an http or https URL");
    }

    @Test
    void needsUserAndPasswordTogetherAndNeverPrintsThePassword() {
        MailConfig config = MailConfig.builder("smtp.example.org", 587, "news@example.org")
                .security(SmtpSecurity.STARTTLS)
                .credentials("news", "s3cret")
                .maxPerSecond(10)
                .build();
        assertThat(config.toString()).contains("password=(set)").doesNotContain("s3cret");
        assertThatThrownBy(() -> new MailConfig(
                        "h",
                        25,
                        SmtpSecurity.NONE,
                        java.util.Optional.of("u"),
                        java.util.Optional.empty(),
                        "a@example.org",
                        java.util.Optional.empty(),
                        0,
                        Duration.ofSeconds(1),
                        java.util.Optional.empty(),
                        java.util.Optional.empty()))
                .hasMessageContaining("username and password must be given together");
        assertThatThrownBy(() ->
                        MailConfig.builder("h", 25, "Name <a@example.org>").build())
                .hasMessageContaining("senderAddress must be a bare address");
    }

    @Test
    void smtpRepliesInTheFiveHundredsAreFailuresForGood() throws Exception {
        InternetAddress address = new InternetAddress("x@example.org");
        assertThat(SmtpMailer.isPermanent(new SMTPAddressFailedException(address, "RCPT TO", 550, "no such user")))
                .isTrue();
        assertThat(SmtpMailer.isPermanent(new SMTPAddressFailedException(address, "RCPT TO", 452, "mailbox full")))
                .isFalse();
        assertThat(SmtpMailer.isPermanent(new jakarta.mail.MessagingException("Could not connect")))
                .isFalse();
    }

    @Test
    void thePluginContributesTheMailer() {
        MailConfig config =
                MailConfig.builder("127.0.0.1", 2525, "news@example.org").build();
        try (var runtime = org.chemnet.network.NetworkRuntime.builder()
                .plugin(new MailPlugin(config))
                .build()) {
            assertThat(runtime.plugins()).extracting(p -> p.id()).containsExactly("chemnet-mail");
        }
    }
}
