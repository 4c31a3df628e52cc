package org.chemnet.network.mail.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.chemnet.network.deliverability.Bounce;
import org.chemnet.network.deliverability.BounceKind;
import org.chemnet.network.newsletter.DeliveryId;

/**
 * Reads the bounces of a delivery status notification (RFC 3464): a {@code multipart/report} of report type
 * {@code delivery-status}, whose {@code message/delivery-status} part holds one block of fields per recipient, and
 * whose returned message or headers carry the {@code Message-ID} of the mail that bounced, which names its delivery.
 * Only a report of a mail of ours (its {@code Message-ID} names a delivery) gives bounces: anyone can write one. A
 * recipient with {@code Action: failed} or {@code delayed} is weighed by {@link BounceStatus} (a delay soft at most);
 * {@code delivered}, {@code relayed} and {@code expanded} are no bounce. Not part of the API.
 */
@API(status = INTERNAL, since = "0.6.0")
public final class DeliveryReports {
    /** The most bytes of a delivery-status part read: its fields are short, whatever a sender puts there. */
    private static final int MAX_STATUS_BYTES = 64 * 1024;

    private static final Pattern OUR_MESSAGE_ID = Pattern.compile("<([A-Za-z0-9][A-Za-z0-9._:-]{0,127})@[^>]+>");

    private DeliveryReports() {}

    /**
     * The bounces a message reports.
     *
     * @param message the message from the bounce mailbox
     * @param received when it was received, the time of its bounces
     * @return the bounces, one per failed or delayed recipient; empty if the message is no delivery status
     *     notification, or reports none
     * @throws MessagingException if the message cannot be read
     * @throws IOException if its content cannot be read
     */
    public static Optional<List<Bounce>> read(Message message, Instant received)
            throws MessagingException, IOException {
        Optional<Part> status = find(message, "message/delivery-status", 0);
        if (!isReport(message) || status.isEmpty()) {
            return Optional.empty();
        }
        Optional<DeliveryId> delivery = returnedMessageId(message).flatMap(DeliveryReports::deliveryOf);
        if (delivery.isEmpty()) {
            // Not a report of our own mail: anyone can write one naming any address, so none is counted; a person
            // reads it.
            return Optional.of(List.of());
        }
        List<Bounce> bounces = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(new Bounded(status.get().getInputStream(), MAX_STATUS_BYTES))) {
            new InternetHeaders(in); // the per-message fields
            while (true) {
                InternetHeaders recipient = new InternetHeaders(in);
                Optional<String> address = field(recipient, "Final-Recipient")
                        .or(() -> field(recipient, "Original-Recipient"))
                        .map(DeliveryReports::withoutType);
                if (address.isEmpty()) {
                    break;
                }
                String action = field(recipient, "Action").orElse("").toLowerCase(Locale.ROOT);
                String code = field(recipient, "Status").orElse("");
                String diagnostic = field(recipient, "Diagnostic-Code")
                        .map(DeliveryReports::withoutType)
                        .orElse(code);
                Optional<BounceKind> kind = kind(action, code, diagnostic);
                if (kind.isPresent()) {
                    // Counted against the delivery's own address, whatever the report names.
                    bounces.add(Bounce.ofDelivery(delivery.get(), address.get(), kind.get(), received, diagnostic));
                }
            }
        }
        return Optional.of(bounces);
    }

    /**
     * The delivery a feedback loop report (RFC 5965: a {@code multipart/report} of report type
     * {@code feedback-report}) complains about, where it is a complaint ({@code Feedback-Type} {@code abuse},
     * {@code fraud} or {@code other}) about a mail of ours (its returned {@code Message-ID} names a delivery).
     *
     * @param message the message from the bounce mailbox
     * @return the delivery complained about; empty if the message is no such complaint
     * @throws MessagingException if the message cannot be read
     * @throws IOException if its content cannot be read
     */
    public static Optional<DeliveryId> complaint(Message message) throws MessagingException, IOException {
        ContentType type = new ContentType(message.getContentType());
        if (!type.match("multipart/report")
                || !"feedback-report".equalsIgnoreCase(String.valueOf(type.getParameter("report-type")))) {
            return Optional.empty();
        }
        Optional<Part> report = find(message, "message/feedback-report", 0);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        String feedback;
        try (InputStream in = new BufferedInputStream(new Bounded(report.get().getInputStream(), MAX_STATUS_BYTES))) {
            feedback =
                    field(new InternetHeaders(in), "Feedback-Type").orElse("").toLowerCase(Locale.ROOT);
        }
        if (!(feedback.equals("abuse") || feedback.equals("fraud") || feedback.equals("other"))) {
            return Optional.empty();
        }
        return returnedMessageId(message).flatMap(DeliveryReports::deliveryOf);
    }

    /**
     * A recipient's bounce: {@code failed} or {@code delayed}, weighed by its status ({@link BounceStatus}), or by its
     * diagnostic's reply and code where the status says nothing; a delay is soft at most.
     */
    private static Optional<BounceKind> kind(String action, String status, String diagnostic) {
        if (!(action.equals("failed") || action.equals("delayed"))) {
            return Optional.empty();
        }
        Optional<BounceKind> kind = BounceStatus.of(BounceStatus.replyIn(diagnostic), status + " " + diagnostic);
        return action.equals("delayed") ? kind.map(k -> BounceKind.SOFT) : kind;
    }

    private static boolean isReport(Message message) throws MessagingException {
        ContentType type = new ContentType(message.getContentType());
        return type.match("multipart/report")
                && "delivery-status".equalsIgnoreCase(String.valueOf(type.getParameter("report-type")));
    }

    /** The first part of a type, depth first, at most a few levels down. */
    private static Optional<Part> find(Part part, String mimeType, int depth) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return Optional.of(part);
        }
        if (depth < 3 && part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<Part> found = find(multipart.getBodyPart(i), mimeType, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The {@code Message-ID} of the returned message, from its copy or its headers. */
    private static Optional<String> returnedMessageId(Message report) throws MessagingException, IOException {
        Optional<Part> whole = find(report, "message/rfc822", 0);
        if (whole.isPresent() && whole.get().getContent() instanceof Message returned) {
            String[] ids = returned.getHeader("Message-ID");
            return ids == null || ids.length == 0 ? Optional.empty() : Optional.of(ids[0]);
        }
        Optional<Part> headers = find(report, "text/rfc822-headers", 0);
        if (headers.isPresent()) {
            try (InputStream in = new Bounded(headers.get().getInputStream(), MAX_STATUS_BYTES)) {
                return Optional.ofNullable(new InternetHeaders(in).getHeader("Message-ID", null));
            }
        }
        return Optional.empty();
    }

    /** The delivery a {@code Message-ID} of ours names: {@code <delivery@domain>}. */
    static Optional<DeliveryId> deliveryOf(String messageId) {
        Matcher matcher = OUR_MESSAGE_ID.matcher(messageId.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DeliveryId.of(matcher.group(1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> field(InternetHeaders headers, String name) {
        return Optional.ofNullable(headers.getHeader(name, " "))
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    /** A field's value without its type: {@code rfc822; ann@example.org} is {@code ann@example.org}. */
    private static String withoutType(String value) {
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(semicolon + 1)).strip();
    }

    /** A stream that ends after a number of bytes, so that a huge part cannot fill memory. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
