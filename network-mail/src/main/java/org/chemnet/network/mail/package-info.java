/**
 * Newsletters and notices over SMTP: {@link org.chemnet.network.mail.SmtpMailer} implements the mailer port with
 * Jakarta Mail and Eclipse Angus, configured by {@link org.chemnet.network.mail.MailConfig} and contributed by {@link
 * org.chemnet.network.mail.MailPlugin}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.mail;

import org.jspecify.annotations.NullMarked;
