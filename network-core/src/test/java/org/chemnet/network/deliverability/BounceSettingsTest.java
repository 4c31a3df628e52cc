package org.chemnet.network.deliverability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BounceSettingsTest {
    @Test
    void refusesWhatWouldMisbehaveNamingTheSetting() {
        BounceSettings defaults = BounceSettings.defaults();
        assertThat(defaults.threshold()).isEqualTo(3.0);
        assertThatThrownBy(() -> defaults.withThreshold(0.25))
                .hasMessage("threshold must be at least 0.5, but was 0.25");
        assertThatThrownBy(() -> defaults.withReminders(3, Duration.ofSeconds(30)))
                .hasMessage("reminderInterval must be at least a minute, but was PT30S");
        assertThatThrownBy(() -> defaults.withResumeUrl(URI.create("https://example.org/back#here")))
                .hasMessageStartingWith("resumeUrl must be an http or https address without a fragment");
        assertThatThrownBy(() -> defaults.withResumeUrl(URI.create("javascript:alert(1)")))
                .hasMessageStartingWith("resumeUrl must be an http or https address");
        assertThatThrownBy(() -> defaults.withReminders(-1, Duration.ofDays(7)))
                .hasMessage("reminders must be 0 or more, but was -1");
    }

    @Test
    void keepsAddressesNormalizedAndDiagnosticsReadable() {
        assertThat(AddressStanding.clean(" Ann@Example.ORG ").address()).isEqualTo("ann@example.org");
        assertThatThrownBy(() -> new AddressStanding(
                        "Ann@example.org",
                        0,
                        Optional.empty(),
                        Optional.empty(),
                        0,
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageStartingWith("address must be normalized");
        Bounce bounce = new Bounce(
                "ann@example.org",
                BounceKind.HARD,
                Instant.parse("2026-03-01T00:00:00.123456789Z"),
                "r",
                Optional.empty(),
                "x".repeat(600));
        assertThat(bounce.diagnostic()).hasSize(Bounce.MAX_DIAGNOSTIC);
        assertThat(bounce.at()).isEqualTo(Instant.parse("2026-03-01T00:00:00.123456Z"));
    }
}
