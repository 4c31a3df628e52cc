package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * The mailer port: sends mail from the outbox. network-mail implements it over SMTP.
 *
 * <p>The outbox hands a batch at a time and records each outcome as soon as it is reported, so that a crash between
 * two mails sends neither twice. Implementations report every mail of the batch exactly once, in any order, and do
 * not throw for a failed mail: they report it.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface Mailer {
    /**
     * Sends a batch of mail, reporting each outcome as soon as it is known.
     *
     * @param batch the mails
     * @param outcomes receives one outcome per mail of the batch
     */
    void send(List<OutgoingMail> batch, Consumer<DeliveryOutcome> outcomes);
}
