package org.chemnet.network.internal.usecase;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.graph.Network;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.MessageKind;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.Person;
import org.chemnet.network.spi.StoreTransaction;

/**
 * Records notices about a membership (application received, approved, rejected) for its contact person, in the
 * outbox and in the transaction of the change itself, so that a notice exists exactly when its change does. Texts in
 * English and Japanese. Not part of the API.
 */
final class Notices {
    /** The notices there are. */
    enum Kind {
        APPLICATION_RECEIVED,
        PARTICIPATION_APPROVED,
        APPLICATION_REJECTED
    }

    private static final String BUNDLE = "org.chemnet.network.newsletter.Notices";
    private static final List<String> LANGUAGES = List.of("en", "ja");

    private Notices() {}

    /**
     * Records a notice, if the membership has a contact with an e-mail address that was not erased.
     *
     * @param tx the transaction of the change
     * @param kind which notice
     * @param membership the membership after the change
     * @param reason the reason, for a rejection
     * @param now when it is recorded
     */
    static void record(StoreTransaction tx, Kind kind, Membership membership, String reason, Instant now) {
        Optional<Person> contact = membership
                .contact()
                .flatMap(tx.organizations()::person)
                .filter(p -> p.email().isPresent());
        if (contact.isEmpty()) {
            return;
        }
        Network network = tx.networks().network(membership.network()).orElseThrow();
        Organization organization =
                tx.organizations().organization(membership.organization()).orElseThrow();
        Map<String, String> subjects = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    locale,
                    Notices.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Object[] args = {
                network.name().resolve(locale),
                organization.name().resolve(locale),
                membership.latest().date().toString(),
                reason
            };
            subjects.put(language, new MessageFormat(bundle.getString(kind + ".subject"), locale).format(args));
            bodies.put(language, new MessageFormat(bundle.getString(kind + ".body"), locale).format(args));
        }
        MessageId messageId = MessageId.of("notice-"
                + uuid(kind + "\n" + membership.id() + "\n"
                        + membership.history().size()));
        tx.outbox()
                .insertMessage(new MailMessage(
                        messageId,
                        MessageKind.NOTICE,
                        Optional.empty(),
                        OptionalInt.empty(),
                        membership.latest().date(),
                        Set.of(),
                        new LocalizedText(subjects),
                        new LocalizedText(bodies)));
        Person person = contact.get();
        tx.outbox()
                .insertDeliveries(List.of(Delivery.pending(
                        DeliveryId.of(uuid(messageId.value() + "\n" + person.id())),
                        messageId,
                        person.email().orElseThrow(),
                        Optional.of(person.name()),
                        person.language().orElse(LocalizedText.FALLBACK_LANGUAGE),
                        Optional.empty(),
                        Optional.of(person.id()),
                        now)));
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
