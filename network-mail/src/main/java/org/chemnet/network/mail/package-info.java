/**
 * Newsletters and notices over SMTP: {@link org.chemnet.network.mail.SmtpMailer} implements the mailer port with
 * Jakarta Mail and Eclipse Angus, configured by {@link org.chemnet.network.mail.MailConfig} and contributed by {@link
 * org.chemnet.network.mail.MailPlugin}. {@link org.chemnet.network.mail.BounceMailbox} reads bounces back over IMAP,
 * and {@link org.chemnet.network.mail.UnsubscribeEndpoint} answers the unsubscribe links of the mail (one-click POST of
 * RFC 8058, and a page to confirm for a GET) in whatever HTTP server the host runs.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.mail;

import org.jspecify.annotations.NullMarked;
