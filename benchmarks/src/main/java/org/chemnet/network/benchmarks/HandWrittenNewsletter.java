package org.chemnet.network.benchmarks;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The baselines of {@code MailBenchmark}: a newsletter sent by hand with Angus Mail over one reused connection, as a
 * user without network-mail would write it. {@link #sendSame} sends what ours sends: plain text and HTML, the
 * sender's name, a per-recipient unsubscribe link signed with HMAC-SHA256 in the body and in the
 * {@code List-Unsubscribe} headers. {@link #sendPlainText} sends the body alone as plain text: the floor.
 */
final class HandWrittenNewsletter {
    private final Session session;
    private final String sender;
    private final String senderName;
    private final String unsubscribeUrl;
    private final SecretKeySpec key;

    HandWrittenNewsletter(
            String host, int port, String sender, String senderName, String unsubscribeUrl, byte[] secret) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        this.session = Session.getInstance(p);
        this.sender = sender;
        this.senderName = senderName;
        this.unsubscribeUrl = unsubscribeUrl;
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * The same newsletter as ours, to every address.
     *
     * @return how many were sent
     */
    int sendSame(List<String> addresses, String subject, String body, String lang) throws MessagingException {
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (String address : addresses) {
                String token = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
                String link = unsubscribeUrl + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(sender, senderName, "UTF-8"));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
                message.setSubject(subject, "UTF-8");
                message.setHeader("List-Unsubscribe", "<" + link + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(body + "\n-- \nTo stop receiving this newsletter, open: " + link + "\n", "UTF-8", "plain");
                MimeBodyPart html = new MimeBodyPart();
                html.setText(
                        "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head><meta charset=\"UTF-8\"><title>" + subject
                                + "</title></head>\n<body><h1>" + subject + "</h1>\n<p>" + body
                                + "</p>\n<hr><p><a href=\""
                                + link + "\">Unsubscribe</a></p>\n</body>\n</html>\n",
                        "UTF-8",
                        "html");
                MimeMultipart alternative = new MimeMultipart("alternative");
                alternative.addBodyPart(text);
                alternative.addBodyPart(html);
                message.setContent(alternative);
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (GeneralSecurityException | UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        return addresses.size();
    }

    /**
     * The body alone as plain text, to every address.
     *
     * @return how many were sent
     */
    int sendPlainText(List<String> addresses, String subject, String body) throws MessagingException {
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (String address : addresses) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(sender));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
                message.setSubject(subject, "UTF-8");
                message.setText(body, "UTF-8");
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        return addresses.size();
    }
}
