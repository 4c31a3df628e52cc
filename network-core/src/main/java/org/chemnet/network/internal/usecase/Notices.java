package org.chemnet.network.internal.usecase;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
 * Records notices (about a membership: application received, approved, rejected; about a registration: confirmed,
 * waitlisted, promoted) for the person concerned, in the outbox and in the transaction of the change itself, so that a
 * notice exists exactly when its change does. Texts in English and Japanese; each delivery is in the person's
 * language. Not part of the API.
 */
final class Notices {
    /** The notices there are. */
    enum Kind {
        APPLICATION_RECEIVED,
        PARTICIPATION_APPROVED,
        APPLICATION_REJECTED,
        REGISTRATION_CONFIRMED,
        REGISTRATION_WAITLISTED,
        REGISTRATION_PROMOTED,
        /** Mail to the address bounced: its subscriptions are on hold, and a link brings them back. */
        BOUNCE_REMINDER,
        /** As {@link #BOUNCE_REMINDER}, without a resume page: the reader is asked to reply. */
        BOUNCE_REMINDER_REPLY,
        /** A subscription was asked for: a link confirms it (double opt-in). */
        CONFIRM_SUBSCRIPTION
    }

    private static final String BUNDLE = "org.chemnet.network.newsletter.Notices";
    private static final List<String> LANGUAGES = List.of("en", "ja");

    private Notices() {}

    /**
     * Records a notice about a membership, if it has a contact with an e-mail address that was not erased.
     *
     * @param tx the transaction of the change
     * @param kind which notice
     * @param membership the membership after the change
     * @param reason the reason, for a rejection
     * @param now when it is recorded
     */
    static void record(StoreTransaction tx, Kind kind, Membership membership, String reason, Instant now) {
        Optional<Person> contact = membership.contact().flatMap(tx.organizations()::person);
        if (contact.isEmpty() || contact.get().email().isEmpty()) {
            return;
        }
        Network network = tx.networks().network(membership.network()).orElseThrow();
        Organization organization =
                tx.organizations().organization(membership.organization()).orElseThrow();
        send(
                tx,
                kind,
                contact.get(),
                locale -> new Object[] {
                    network.name().resolve(locale),
                    organization.name().resolve(locale),
                    membership.latest().date().toString(),
                    reason
                },
                membership.latest().date(),
                kind + "\n" + membership.id() + "\n" + membership.history().size(),
                now);
    }

    /**
     * Records a notice for a person, if they have an e-mail address: one message in every language of the notices,
     * delivered in the person's.
     *
     * @param tx the transaction of the change
     * @param kind which notice
     * @param person the person told
     * @param arguments the arguments of the notice's texts, in a locale
     * @param date the date of the message
     * @param key what makes the notice unique: the same key makes the same message, so that one change records it
     *     once
     * @param now when it is recorded
     */
    static void send(
            StoreTransaction tx,
            Kind kind,
            Person person,
            Function<Locale, Object[]> arguments,
            LocalDate date,
            String key,
            Instant now) {
        if (person.email().isEmpty()) {
            return;
        }
        sendTo(tx, kind, person.email().orElseThrow(), Optional.of(person), arguments, date, key, now);
    }

    /**
     * Records a notice for an address, and the person there where one is known (for their name and language).
     *
     * @param tx the transaction of the change
     * @param kind which notice
     * @param address where it goes
     * @param person the person at the address, if known
     * @param arguments the arguments of the notice's texts, in a locale
     * @param date the date of the message
     * @param key what makes the notice unique
     * @param now when it is recorded
     */
    static void sendTo(
            StoreTransaction tx,
            Kind kind,
            String address,
            Optional<Person> person,
            Function<Locale, Object[]> arguments,
            LocalDate date,
            String key,
            Instant now) {
        Map<String, String> subjects = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    locale,
                    Notices.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Object[] args = arguments.apply(locale);
            subjects.put(language, new MessageFormat(bundle.getString(kind + ".subject"), locale).format(args));
            bodies.put(language, new MessageFormat(bundle.getString(kind + ".body"), locale).format(args));
        }
        MessageId messageId = MessageId.of("notice-" + uuid(key));
        if (tx.outbox().message(messageId).isPresent()) {
            return; // recorded already by this very change, run before on this node or another
        }
        tx.outbox()
                .insertMessage(new MailMessage(
                        messageId,
                        MessageKind.NOTICE,
                        Optional.empty(),
                        OptionalInt.empty(),
                        date,
                        Set.of(),
                        new LocalizedText(subjects),
                        new LocalizedText(bodies)));
        tx.outbox()
                .insertDeliveries(List.of(Delivery.pending(
                        DeliveryId.of(uuid(messageId.value() + "\n"
                                + person.map(p -> p.id().value()).orElse(address))),
                        messageId,
                        address,
                        person.map(Person::name),
                        person.flatMap(Person::language).orElse(LocalizedText.FALLBACK_LANGUAGE),
                        Optional.empty(),
                        person.map(Person::id),
                        now)));
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
