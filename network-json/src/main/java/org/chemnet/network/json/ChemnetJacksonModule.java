package org.chemnet.network.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.affiliation.AffiliationId;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.decision.MotionId;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventSeriesId;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.json.internal.HotRecordSerializers;
import org.chemnet.network.json.internal.IdDeserializer;
import org.chemnet.network.json.internal.IsoDateDeserializer;
import org.chemnet.network.json.internal.Mixins;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationId;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The Jackson 3 module for every chemnet domain type: identifiers as strings, text in several languages as an object
 * of language tag to text, activities with their {@code kind}. Register it on a mapper of your own
 * ({@code JsonMapper.builder().addModule(new ChemnetJacksonModule())}), or let Jackson find it
 * ({@code findAndAddModules()}); {@link NetworkJson} configures a mapper with it and the format's other rules.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class ChemnetJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public ChemnetJacksonModule() {
        this(true);
    }

    /**
     * Creates the module, with or without the hand-written writers of the most frequent records.
     *
     * @param fastWriters true to write organizations and memberships property by property (the default); false to
     *     let Jackson's generic record serialization write them, which writes the same bytes more slowly
     */
    public ChemnetJacksonModule(boolean fastWriters) {
        super("chemnet-network");
        if (fastWriters) {
            addSerializer(Organization.class, new HotRecordSerializers.OrganizationSerializer());
            addSerializer(Membership.class, new HotRecordSerializers.MembershipSerializer());
        }
        addDeserializer(LocalDate.class, new IsoDateDeserializer());
        id(NetworkId.class, NetworkId::of);
        id(OrganizationId.class, OrganizationId::of);
        id(PersonId.class, PersonId::of);
        id(MembershipId.class, MembershipId::of);
        id(BoardSeatId.class, BoardSeatId::of);
        id(ActivityId.class, ActivityId::of);
        id(EventId.class, EventId::of);
        id(DeclarationId.class, DeclarationId::of);
        id(SubscriptionId.class, SubscriptionId::of);
        id(MessageId.class, MessageId::of);
        id(DeliveryId.class, DeliveryId::of);
        id(AffiliationId.class, AffiliationId::of);
        id(EventSeriesId.class, EventSeriesId::of);
        id(RegistrationId.class, RegistrationId::of);
        id(MotionId.class, MotionId::of);
        setMixInAnnotation(LocalizedText.class, Mixins.LocalizedTextMixin.class);
        setMixInAnnotation(Activity.class, Mixins.ActivityMixin.class);
        setMixInAnnotation(Fee.class, Mixins.FeeMixin.class);
        setMixInAnnotation(Person.class, Mixins.PersonMixin.class);
        setMixInAnnotation(Registration.class, Mixins.RegistrationMixin.class);
    }

    private <T> void id(Class<T> type, Function<String, T> factory) {
        addSerializer(type, ToStringSerializer.instance);
        addDeserializer(type, new IdDeserializer<>(type, factory));
    }
}
