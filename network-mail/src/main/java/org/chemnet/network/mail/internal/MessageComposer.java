package org.chemnet.network.mail.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.mail.DeliveryException;
import org.chemnet.network.mail.MailConfig;
import org.chemnet.network.newsletter.MessageKind;
import org.chemnet.network.spi.OutgoingMail;

/**
 * Builds the MIME message of one outgoing mail: multipart plain text and HTML from the templates, UTF-8 throughout,
 * a {@code Message-ID} made from the delivery's stable identifier, and for newsletter issues the
 * {@code List-Unsubscribe} headers of RFC 2369 and RFC 8058. Every header value is checked first. Not part of the
 * API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class MessageComposer {
    private static final String TEXT_TEMPLATE = Templates.load("mail.txt");
    private static final String HTML_TEMPLATE = Templates.load("mail.html");

    private final MailConfig config;
    private final Session session;
    private final String domain;

    /**
     * Creates a composer.
     *
     * @param config the configuration
     * @param session the mail session
     */
    public MessageComposer(MailConfig config, Session session) {
        this.config = config;
        this.session = session;
        this.domain = config.senderAddress().substring(config.senderAddress().indexOf('@') + 1);
    }

    /**
     * Builds the message.
     *
     * @param mail the mail
     * @return the message, ready to send
     * @throws DeliveryException if a header value is refused
     */
    public MimeMessage compose(OutgoingMail mail) {
        String subject = mail.subject();
        String address = mail.delivery().address();
        Optional<String> name = mail.delivery().name();
        List<String> problems = new ArrayList<>();
        HeaderValues.checkText("subject", subject).ifPresent(problems::add);
        HeaderValues.checkAddress("recipient address", address).ifPresent(problems::add);
        name.flatMap(n -> HeaderValues.checkText("recipient name", n)).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new DeliveryException(
                    "mail for delivery " + mail.delivery().id() + " refused: " + String.join("; ", problems));
        }
        try {
            MimeMessage message =
                    new StableIdMessage(session, "<" + mail.delivery().id() + "@" + domain + ">");
            message.setFrom(new InternetAddress(
                    config.senderAddress(), config.senderName().orElse(null), StandardCharsets.UTF_8.name()));
            message.setRecipient(
                    MimeMessage.RecipientType.TO,
                    new InternetAddress(address, name.orElse(null), StandardCharsets.UTF_8.name()));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setHeader("Auto-Submitted", "auto-generated");
            Optional<String> unsubscribe = unsubscribeHeader(mail);
            if (unsubscribe.isPresent()) {
                message.setHeader("List-Unsubscribe", unsubscribe.get());
                if (oneClickUrl(mail).isPresent()) {
                    message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                }
            }
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(textBody(mail), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(htmlBody(mail), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryException(
                    "mail for delivery " + mail.delivery().id() + " could not be built: " + e.getMessage(), e);
        }
    }

    private Optional<String> oneClickUrl(OutgoingMail mail) {
        if (mail.message().kind() != MessageKind.NEWSLETTER_ISSUE
                || mail.unsubscribeToken().isEmpty()) {
            return Optional.empty();
        }
        return config.unsubscribeUrl()
                .map(url -> url + (url.contains("?") ? "&" : "?") + "token="
                        + URLEncoder.encode(mail.unsubscribeToken().get(), StandardCharsets.UTF_8));
    }

    private Optional<String> mailto(OutgoingMail mail) {
        if (mail.message().kind() != MessageKind.NEWSLETTER_ISSUE) {
            return Optional.empty();
        }
        return config.unsubscribeMailto()
                .map(address -> "mailto:" + address + "?subject=unsubscribe"
                        + mail.unsubscribeToken().map(t -> "%20" + t).orElse(""));
    }

    private Optional<String> unsubscribeHeader(OutgoingMail mail) {
        List<String> targets = new ArrayList<>();
        oneClickUrl(mail).ifPresent(url -> targets.add("<" + url + ">"));
        mailto(mail).ifPresent(m -> targets.add("<" + m + ">"));
        return targets.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", targets));
    }

    private String textBody(OutgoingMail mail) {
        String footer = oneClickUrl(mail)
                .map(url -> "\n-- \nTo stop receiving this newsletter, open: " + url + "\n")
                .orElse("");
        return Templates.fill(TEXT_TEMPLATE, Map.of("body", mail.body(), "footer", footer));
    }

    private String htmlBody(OutgoingMail mail) {
        String footer = oneClickUrl(mail)
                .map(url -> "<hr><p style=\"font-size:0.85em;color:#555\"><a href=\"" + Templates.html(url)
                        + "\">Unsubscribe</a></p>")
                .orElse("");
        return Templates.fill(
                HTML_TEMPLATE,
                Map.of(
                        "lang", Templates.html(mail.delivery().language()),
                        "subject", Templates.html(mail.subject()),
                        "body", Templates.paragraphs(mail.body()),
                        "footer", footer));
    }

    /** A message whose {@code Message-ID} is fixed, so a mail sent again after a crash carries the same one. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
