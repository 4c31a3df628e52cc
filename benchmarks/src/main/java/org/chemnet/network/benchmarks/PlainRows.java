package org.chemnet.network.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chemnet.network.common.Period;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.ContactDetail;
import org.chemnet.network.organization.Identifier;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.spi.SearchText;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of chemnet's schema that hold organizations and memberships, derived from the domain the way a user
 * writing their own persistence would: columns by hand, the JSON columns with Jackson. The baselines of the JDBC
 * benchmarks start from the same domain records as ours and write these rows.
 */
public final class PlainRows {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlainRows() {}

    /** A row of {@code chemnet_organization}. */
    public record OrganizationRow(
            String id,
            String name,
            String otherNames,
            String acronym,
            String type,
            String community,
            String country,
            String website,
            String size,
            String supplyChain,
            String sectors,
            String identifiers,
            String contactDetails,
            String formerNames,
            LocalDate dissolved,
            String searchText) {}

    /** A row of {@code chemnet_membership}. */
    public record MembershipRow(
            String id,
            String network,
            String organization,
            String role,
            long version,
            LocalDate since,
            String openKey,
            String currentStatus) {}

    /** A row of {@code chemnet_membership_status}. */
    public record StatusRow(String membership, int seq, String status, LocalDate effectiveOn, String reason) {}

    /** A row of {@code chemnet_membership_active}: a period in which the membership is active. */
    public record ActiveRow(
            String membership,
            int seq,
            String network,
            String organization,
            String role,
            LocalDate start,
            LocalDate end) {}

    public static OrganizationRow organization(Organization o) {
        List<Map<String, String>> identifiers = new ArrayList<>();
        for (Identifier i : o.identifiers()) {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("scheme", i.scheme());
            map.put("value", i.value());
            identifiers.add(map);
        }
        List<Map<String, String>> details = new ArrayList<>();
        for (ContactDetail d : o.contactDetails()) {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("type", d.type().name());
            map.put("value", d.value());
            map.put("label", d.label().orElse(null));
            details.add(map);
        }
        return new OrganizationRow(
                o.id().value(),
                JSON.writeValueAsString(o.name().values()),
                JSON.writeValueAsString(o.otherNames()),
                o.acronym().orElse(null),
                o.type().name(),
                o.community().map(Enum::name).orElse(null),
                o.country().orElse(null),
                o.website().orElse(null),
                o.size().map(Enum::name).orElse(null),
                JSON.writeValueAsString(
                        o.supplyChainPositions().stream().map(Enum::name).toList()),
                JSON.writeValueAsString(o.sectors()),
                JSON.writeValueAsString(identifiers),
                JSON.writeValueAsString(details),
                JSON.writeValueAsString(o.formerNames().stream()
                        .map(f -> {
                            Map<String, Object> map = new LinkedHashMap<>();
                            map.put("lastDay", f.lastDay().toString());
                            map.put("name", f.name().values());
                            return map;
                        })
                        .toList()),
                o.dissolved().orElse(null),
                SearchText.of(o));
    }

    /** The membership's row, at version 1 as every import stores it. */
    public static MembershipRow membership(Membership m) {
        String openKey = m.status().isOpen()
                ? m.network().value() + "|" + m.organization().value() + "|" + m.role()
                : null;
        return new MembershipRow(
                m.id().value(),
                m.network().value(),
                m.organization().value(),
                m.role().name(),
                1,
                m.since(),
                openKey,
                m.status().name());
    }

    public static List<StatusRow> statuses(Membership m) {
        List<StatusRow> rows = new ArrayList<>();
        List<StatusChange> history = m.history();
        for (int i = 0; i < history.size(); i++) {
            StatusChange c = history.get(i);
            rows.add(new StatusRow(
                    m.id().value(), i, c.status().name(), c.date(), c.reason().orElse(null)));
        }
        return rows;
    }

    public static List<ActiveRow> periods(Membership m) {
        List<ActiveRow> rows = new ArrayList<>();
        int seq = 0;
        for (Period p : m.activePeriods()) {
            rows.add(new ActiveRow(
                    m.id().value(),
                    seq++,
                    m.network().value(),
                    m.organization().value(),
                    m.role().name(),
                    p.start(),
                    p.end().orElse(null)));
        }
        return rows;
    }
}
