package org.chemnet.network.mail;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How the connection to the IMAP server of a bounce mailbox is protected.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public enum MailboxSecurity {
    /** Plain IMAP: only for a server on the same machine or a trusted network, and for tests. */
    NONE,
    /** IMAP upgraded with STARTTLS, which the server must offer (usually port 143). */
    STARTTLS,
    /** IMAP over TLS from the first byte (usually port 993). */
    TLS
}
