package org.chemnet.network.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.apiguardian.api.API;
import org.chemnet.network.activity.BestPracticeExchange;
import org.chemnet.network.activity.CapacityBuilding;
import org.chemnet.network.activity.CaseStudyDissemination;
import org.chemnet.network.activity.ColumnPosting;
import org.chemnet.network.activity.Dialogue;
import org.chemnet.network.activity.InformationCollection;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.activity.PolicyEngagement;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.activity.Tool;
import org.chemnet.network.activity.WorkingGroup;

/** The Jackson annotations of the domain types, kept here so that the core has none. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
public final class Mixins {
    private Mixins() {}

    /** Text in several languages is a plain object of language tag to text. */
    public abstract static class LocalizedTextMixin {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        LocalizedTextMixin(Map<String, String> values) {}

        @JsonValue
        abstract Map<String, String> values();
    }

    /** Whether a fee is free follows from its amount: not a property of its own. */
    public abstract static class FeeMixin {
        @JsonIgnore
        abstract boolean isFree();
    }

    /** Whether a person was erased follows from the record: not a property of its own. */
    public abstract static class PersonMixin {
        @JsonIgnore
        abstract boolean isErased();
    }

    /** Whether a registration is open follows from its status: not a property of its own. */
    public abstract static class RegistrationMixin {
        @JsonIgnore
        abstract boolean isOpen();
    }

    /** An activity says its kind in a {@code kind} property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = InformationCollection.class, name = "INFORMATION_COLLECTION"),
        @JsonSubTypes.Type(value = Dialogue.class, name = "DIALOGUE"),
        @JsonSubTypes.Type(value = CaseStudyDissemination.class, name = "CASE_STUDY_DISSEMINATION"),
        @JsonSubTypes.Type(value = Newsletter.class, name = "NEWSLETTER"),
        @JsonSubTypes.Type(value = ColumnPosting.class, name = "COLUMN_POSTING"),
        @JsonSubTypes.Type(value = Seminar.class, name = "SEMINAR"),
        @JsonSubTypes.Type(value = CapacityBuilding.class, name = "CAPACITY_BUILDING"),
        @JsonSubTypes.Type(value = BestPracticeExchange.class, name = "BEST_PRACTICE_EXCHANGE"),
        @JsonSubTypes.Type(value = PolicyEngagement.class, name = "POLICY_ENGAGEMENT"),
        @JsonSubTypes.Type(value = WorkingGroup.class, name = "WORKING_GROUP"),
        @JsonSubTypes.Type(value = Tool.class, name = "TOOL")
    })
    public interface ActivityMixin {}
}
