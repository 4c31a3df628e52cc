package org.chemnet.network.mail;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How the connection to the SMTP server is protected.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum SmtpSecurity {
    /** Plain SMTP: only for a server on the same machine or a trusted network, and for tests. */
    NONE,
    /** SMTP upgraded with STARTTLS, which the server must offer (usually port 587). */
    STARTTLS,
    /** SMTP over TLS from the first byte, "implicit TLS" (usually port 465). */
    SMTPS
}
