package org.chemnet.network.benchmarks;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * GreenMail delivery that counts each received mail for its envelope recipient instead of storing it in a mailbox:
 * {@link ForkedRelay}'s relay, for lists of 100,000.
 */
final class CountingDelivery implements MessageDeliveryHandler {
    private final ConcurrentHashMap<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final GreenMailUser discard = new Discard();

    @Override
    public GreenMailUser handle(MovingMessage message, MailAddress recipient) {
        received.computeIfAbsent(recipient.getEmail(), address -> new AtomicInteger())
                .incrementAndGet();
        return discard;
    }

    /**
     * Returns what was counted since the last call and starts again.
     *
     * @return {@code RECEIVED DISTINCT}: how many mails, and for how many distinct recipients
     */
    synchronized String takeCounts() {
        int mails = 0;
        int distinct = 0;
        for (String address : received.keySet()) {
            AtomicInteger count = received.remove(address);
            if (count != null) {
                mails += count.get();
                distinct++;
            }
        }
        return mails + " " + distinct;
    }

    /** The user every counted mail is handed to, which keeps nothing. */
    private static final class Discard implements GreenMailUser {
        @Override
        public String getEmail() {
            return "discard@127.0.0.1";
        }

        @Override
        public String getLogin() {
            return getEmail();
        }

        @Override
        public void deliver(MovingMessage message) {
            // counted in handle; nothing kept
        }

        @Override
        public void deliver(MimeMessage message) {
            // counted in handle; nothing kept
        }

        @Override
        public void create() {
            // no mailbox
        }

        @Override
        public void delete() {
            // no mailbox
        }

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public void setPassword(String password) {
            // no login
        }

        @Override
        public void authenticate(String password) {
            // no login
        }

        @Override
        public String getQualifiedMailboxName() {
            return "discard";
        }
    }
}
