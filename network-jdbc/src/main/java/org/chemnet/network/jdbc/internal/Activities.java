package org.chemnet.network.jdbc.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.ActivityKind;
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
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.SupplyChainPosition;

/**
 * Turns each kind of activity into its kind's name and a JSON object of its own parts, and back. A working group's
 * members are kept in their own table, with foreign keys. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Activities {
    private Activities() {}

    /** The kind's own parts, as the {@code details} column holds them. */
    public static String details(Activity activity) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (activity instanceof InformationCollection a) {
            d.put("regions", a.regions());
            d.put("regulations", a.regulations());
            d.put(
                    "supplyChainStages",
                    a.supplyChainStages().stream().map(Enum::name).toList());
        } else if (activity instanceof Dialogue a) {
            d.put("counterparts", a.counterparts());
            d.put("regions", a.regions());
        } else if (activity instanceof CaseStudyDissemination a) {
            d.put("audiences", a.audiences());
        } else if (activity instanceof Newsletter a) {
            d.put("topics", a.topics());
            fee(d, a.fee());
        } else if (activity instanceof ColumnPosting a) {
            d.put("topics", a.topics());
        } else if (activity instanceof Seminar a) {
            d.put("start", a.dates().start().toString());
            d.put("end", a.dates().end().map(Object::toString).orElse(null));
            d.put("venue", a.venue());
            d.put("capacity", Integer.toString(a.capacity()));
            d.put("registered", Integer.toString(a.registered()));
            fee(d, a.fee());
        } else if (activity instanceof CapacityBuilding a) {
            d.put("audiences", a.audiences());
            d.put("regions", a.regions());
        } else if (activity instanceof BestPracticeExchange a) {
            d.put("topics", a.topics());
        } else if (activity instanceof PolicyEngagement a) {
            d.put("institutions", a.institutions());
        } else if (activity instanceof WorkingGroup a) {
            d.put("since", a.since().map(Object::toString).orElse(null));
        } else if (activity instanceof Tool a) {
            d.put("website", a.website().orElse(null));
            d.put("launched", a.launched().map(Object::toString).orElse(null));
        }
        return JsonText.write(d);
    }

    /** An activity from its columns, its last day if retired and, for a working group, its members. */
    @SuppressWarnings("unchecked")
    public static Activity activity(
            String id,
            ActivityKind kind,
            LocalizedText title,
            Optional<LocalizedText> description,
            String details,
            List<OrganizationId> members,
            Optional<LocalDate> retired) {
        Map<String, Object> d = (Map<String, Object>) JsonText.read(details);
        ActivityId activityId = ActivityId.of(id);
        return switch (kind) {
            case INFORMATION_COLLECTION ->
                new InformationCollection(
                        activityId,
                        title,
                        description,
                        list(d, "regions"),
                        list(d, "regulations"),
                        Values.enums(JsonText.write(d.get("supplyChainStages")), SupplyChainPosition.class),
                        retired);
            case DIALOGUE ->
                new Dialogue(activityId, title, description, list(d, "counterparts"), list(d, "regions"), retired);
            case CASE_STUDY_DISSEMINATION ->
                new CaseStudyDissemination(activityId, title, description, list(d, "audiences"), retired);
            case NEWSLETTER -> new Newsletter(activityId, title, description, list(d, "topics"), fee(d), retired);
            case COLUMN_POSTING -> new ColumnPosting(activityId, title, description, list(d, "topics"), retired);
            case SEMINAR ->
                new Seminar(
                        activityId,
                        title,
                        description,
                        new Period(
                                LocalDate.parse((String) d.get("start")),
                                Optional.ofNullable((String) d.get("end")).map(LocalDate::parse)),
                        (String) d.get("venue"),
                        Integer.parseInt((String) d.get("capacity")),
                        Integer.parseInt((String) d.get("registered")),
                        fee(d),
                        retired);
            case CAPACITY_BUILDING ->
                new CapacityBuilding(activityId, title, description, list(d, "audiences"), list(d, "regions"), retired);
            case BEST_PRACTICE_EXCHANGE ->
                new BestPracticeExchange(activityId, title, description, list(d, "topics"), retired);
            case POLICY_ENGAGEMENT ->
                new PolicyEngagement(activityId, title, description, list(d, "institutions"), retired);
            case WORKING_GROUP ->
                new WorkingGroup(
                        activityId,
                        title,
                        description,
                        members,
                        Optional.ofNullable((String) d.get("since")).map(Year::parse),
                        retired);
            case TOOL ->
                new Tool(
                        activityId,
                        title,
                        description,
                        Optional.ofNullable((String) d.get("website")),
                        Optional.ofNullable((String) d.get("launched")).map(Year::parse),
                        retired);
        };
    }

    private static void fee(Map<String, Object> d, Fee fee) {
        d.put("feeAmount", fee.amount().toPlainString());
        d.put("feeCurrency", fee.currency().getCurrencyCode());
    }

    private static Fee fee(Map<String, Object> d) {
        return Fee.of((String) d.get("feeAmount"), (String) d.get("feeCurrency"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> d, String key) {
        return (List<String>) d.get(key);
    }
}
