package org.chemnet.network.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.ContactDetail;
import org.chemnet.network.organization.FormerName;
import org.chemnet.network.organization.Identifier;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.SupplyChainPosition;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writers for the two records a network has most of, organizations and memberships, property by property. They write
 * exactly what the generic record serialization writes (a test compares the bytes), without its per-record
 * introspection and boxing: the export's hot path. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class HotRecordSerializers {
    private HotRecordSerializers() {}

    /** Writes an organization. */
    public static final class OrganizationSerializer extends StdSerializer<Organization> {
        /** Creates the serializer. */
        public OrganizationSerializer() {
            super(Organization.class);
        }

        @Override
        public void serialize(Organization o, JsonGenerator g, SerializationContext context) {
            g.writeStartObject();
            g.writeStringProperty("id", o.id().value());
            text(g, "name", o.name());
            g.writeArrayPropertyStart("otherNames");
            for (String name : o.otherNames()) {
                g.writeString(name);
            }
            g.writeEndArray();
            optional(g, "acronym", o.acronym());
            g.writeStringProperty("type", o.type().name());
            optional(g, "community", o.community().map(Enum::name));
            optional(g, "country", o.country());
            optional(g, "website", o.website());
            optional(g, "size", o.size().map(Enum::name));
            g.writeArrayPropertyStart("supplyChainPositions");
            for (SupplyChainPosition position : o.supplyChainPositions()) {
                g.writeString(position.name());
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("sectors");
            for (String sector : o.sectors()) {
                g.writeString(sector);
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("identifiers");
            for (Identifier identifier : o.identifiers()) {
                g.writeStartObject();
                g.writeStringProperty("scheme", identifier.scheme());
                g.writeStringProperty("value", identifier.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("contactDetails");
            for (ContactDetail detail : o.contactDetails()) {
                g.writeStartObject();
                g.writeStringProperty("type", detail.type().name());
                g.writeStringProperty("value", detail.value());
                optional(g, "label", detail.label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("formerNames");
            for (FormerName former : o.formerNames()) {
                g.writeStartObject();
                text(g, "name", former.name());
                g.writeStringProperty("lastDay", former.lastDay().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            optional(g, "dissolved", o.dissolved().map(LocalDate::toString));
            g.writeEndObject();
        }
    }

    /** Writes a membership. */
    public static final class MembershipSerializer extends StdSerializer<Membership> {
        /** Creates the serializer. */
        public MembershipSerializer() {
            super(Membership.class);
        }

        @Override
        public void serialize(Membership m, JsonGenerator g, SerializationContext context) {
            g.writeStartObject();
            g.writeStringProperty("id", m.id().value());
            g.writeStringProperty("network", m.network().value());
            g.writeStringProperty("organization", m.organization().value());
            g.writeStringProperty("role", m.role().name());
            optional(g, "contact", m.contact().map(c -> c.value()));
            g.writeArrayPropertyStart("history");
            for (StatusChange change : m.history()) {
                g.writeStartObject();
                g.writeStringProperty("status", change.status().name());
                g.writeStringProperty("date", change.date().toString());
                optional(g, "reason", change.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberProperty("version", m.version());
            g.writeEndObject();
        }
    }

    private static void text(JsonGenerator g, String name, LocalizedText text) {
        g.writeObjectPropertyStart(name);
        for (Map.Entry<String, String> entry : text.values().entrySet()) {
            g.writeStringProperty(entry.getKey(), entry.getValue());
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }
}
