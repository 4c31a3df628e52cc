package org.chemnet.network.mail.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.chemnet.network.deliverability.BounceKind;

/**
 * Which failures say something of the recipient's address, and how badly: the one rule for SMTP replies and for
 * delivery status notifications. By the enhanced status code (RFC 3463) where there is one: addressing
 * ({@code x.1.x}) and mailbox ({@code x.2.x}) problems are bounces, hard for class 5 and soft for class 4, a full
 * mailbox ({@code x.2.2}) soft whatever its class; a message too large ({@code x.2.3}), a list expansion problem
 * ({@code x.2.4}) and every other subject (mail system, network, protocol, content, security or policy such as
 * {@code 5.7.1} "relay access denied") say nothing of the address. Without one, by the reply code: 550, 551 and 553
 * hard, 450 and 552 soft, anything else nothing. Not part of the API.
 */
@API(status = INTERNAL, since = "0.6.0")
public final class BounceStatus {
    private static final Pattern ENHANCED = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");
    private static final Pattern REPLY = Pattern.compile("(?<!\\d)([245]\\d\\d)(?!\\d)");

    private BounceStatus() {}

    /**
     * How a failure weighs on the address.
     *
     * @param reply the SMTP reply code, if known
     * @param text the text that may hold an enhanced status code, such as {@code 5.1.1 no such user}
     * @return hard, soft, or empty if the failure says nothing of the address
     */
    public static Optional<BounceKind> of(OptionalInt reply, String text) {
        Matcher enhanced = ENHANCED.matcher(text);
        if (enhanced.find()) {
            int type = Integer.parseInt(enhanced.group(1));
            int subject = Integer.parseInt(enhanced.group(2));
            int detail = Integer.parseInt(enhanced.group(3));
            if (type == 2 || !(subject == 1 || subject == 2)) {
                return Optional.empty();
            }
            if (subject == 2 && (detail == 3 || detail == 4)) {
                return Optional.empty();
            }
            if (subject == 2 && detail == 2) {
                return Optional.of(BounceKind.SOFT);
            }
            return Optional.of(type == 5 ? BounceKind.HARD : BounceKind.SOFT);
        }
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        return switch (reply.getAsInt()) {
            case 550, 551, 553 -> Optional.of(BounceKind.HARD);
            case 450, 552 -> Optional.of(BounceKind.SOFT);
            default -> Optional.empty();
        };
    }

    /**
     * The SMTP reply code a text starts with, such as the {@code 550} of {@code smtp; 550 5.1.1 ...}.
     *
     * @param text the text
     * @return the code, if there is one
     */
    public static OptionalInt replyIn(String text) {
        Matcher matcher = REPLY.matcher(text);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }
}
