package org.chemnet.network.newsletter;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How new subscriptions are confirmed (double opt-in): the page where the confirmation link leads, which passes its
 * {@code token} parameter to {@link Newsletters#confirm(String)}, and how long the link works before the pending
 * subscription expires.
 *
 * @param confirmUrl the confirmation page, an http or https address; without one, {@link Newsletters#signUp} is
 *     refused; never null
 * @param validity how long a confirmation link works; positive
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public record SignUpSettings(Optional<URI> confirmUrl, Duration validity) {
    /**
     * Creates settings.
     *
     * @throws IllegalArgumentException if the page is not an http or https address, or the validity not positive
     */
    public SignUpSettings {
        requireNonNull(confirmUrl, "confirmUrl");
        confirmUrl.ifPresent(url -> {
            String scheme = String.valueOf(url.getScheme());
            if (!(scheme.equals("https") || scheme.equals("http"))
                    || url.getHost() == null
                    || url.getFragment() != null) {
                throw new IllegalArgumentException(
                        "confirmUrl must be an http or https address without a fragment, but was " + url);
            }
        });
        requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive, but was " + validity);
        }
    }

    /**
     * The defaults: no confirmation page (so no sign-ups), links valid for 7 days.
     *
     * @return the defaults; never null
     */
    public static SignUpSettings defaults() {
        return new SignUpSettings(Optional.empty(), Duration.ofDays(7));
    }

    /**
     * Settings with a confirmation page, links valid for 7 days.
     *
     * @param confirmUrl the page; its links add a {@code token} parameter
     * @return the settings; never null
     */
    public static SignUpSettings confirmingAt(URI confirmUrl) {
        return new SignUpSettings(Optional.of(confirmUrl), Duration.ofDays(7));
    }

    /**
     * These settings with another validity.
     *
     * @param value how long a confirmation link works; positive
     * @return new settings; never null
     */
    public SignUpSettings withValidity(Duration value) {
        return new SignUpSettings(confirmUrl, value);
    }
}
