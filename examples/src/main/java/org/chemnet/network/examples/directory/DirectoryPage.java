package org.chemnet.network.examples.directory;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chemnet.network.Network;
import org.chemnet.network.NetworkId;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.NotFoundException;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a network's public directory as of a day: one self-contained, accessible HTML page with the count, the
 * participants grouped by type with their names (in Japanese or English) linked to their websites, the board and the
 * secretariat, an inline SVG chart of the number of participants over time, and schema.org JSON-LD. No external
 * scripts, fonts or styles; every text is escaped; it prints well.
 *
 * @since 0.1.0
 */
public final class DirectoryPage {
    private static final int CHART_WIDTH = 720;
    private static final int CHART_HEIGHT = 240;
    private static final int MARGIN = 48;

    private final NetworkRuntime runtime;

    /**
     * Creates a renderer over a runtime.
     *
     * @param runtime where the network is stored
     */
    public DirectoryPage(NetworkRuntime runtime) {
        this.runtime = requireNonNull(runtime, "runtime");
    }

    /**
     * Renders the page.
     *
     * @param id the network
     * @param asOf the day
     * @param language {@code ja} or {@code en}
     * @return the page, UTF-8 HTML; never null
     * @throws NotFoundException if the network is not stored
     */
    public String render(NetworkId id, LocalDate asOf, String language) {
        Network network = runtime.networks().network(id).orElseThrow(() -> new NotFoundException("network", id));
        Labels labels = Labels.of(language);
        Locale locale = Locale.forLanguageTag(language);
        List<Participant> participants = runtime.participation().participantsOn(ParticipantQuery.of(id, asOf));
        Board board = runtime.governance().boardOn(id, asOf);
        List<Membership> memberships = runtime.store().read(r -> r.memberships().memberships(id));
        String name = network.name().resolve(locale);

        StringBuilder html = new StringBuilder(64_000);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(esc(language))
                .append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(esc(name))
                .append(" — ")
                .append(esc(labels.directory()))
                .append("</title>\n")
                .append("<style>\n")
                .append(STYLE)
                .append("</style>\n")
                .append("<script type=\"application/ld+json\">")
                .append(jsonLd(network, participants, locale))
                .append("</script>\n</head>\n<body>\n<main>\n")
                .append("<h1>")
                .append(esc(name))
                .append("</h1>\n")
                .append("<p class=\"count\">")
                .append(esc(labels.asOf(asOf)))
                .append(" <strong id=\"count\">")
                .append(participants.size())
                .append("</strong> ")
                .append(esc(labels.organizations()))
                .append("</p>\n");

        html.append("<section aria-labelledby=\"growth\">\n<h2 id=\"growth\">")
                .append(esc(labels.growth()))
                .append("</h2>\n")
                .append(chart(memberships, asOf, labels))
                .append("</section>\n");

        html.append("<section aria-labelledby=\"participants\">\n<h2 id=\"participants\">")
                .append(esc(labels.participants()))
                .append("</h2>\n");
        Map<OrganizationType, List<Organization>> byType = new EnumMap<>(OrganizationType.class);
        for (Participant p : participants) {
            byType.computeIfAbsent(p.organization().type(), t -> new ArrayList<>())
                    .add(p.organization());
        }
        byType.forEach((type, organizations) -> {
            organizations.sort(Comparator.comparing(o -> o.name().resolve(locale)));
            html.append("<h3>")
                    .append(esc(labels.type(type)))
                    .append(" <span class=\"n\">(")
                    .append(organizations.size())
                    .append(")</span></h3>\n<ul class=\"organizations\">\n");
            for (Organization o : organizations) {
                html.append("<li>").append(link(o, locale)).append("</li>\n");
            }
            html.append("</ul>\n");
        });
        html.append("</section>\n");

        html.append("<section aria-labelledby=\"board\">\n<h2 id=\"board\">")
                .append(esc(board.name().resolve(locale)))
                .append("</h2>\n<table>\n<thead><tr><th scope=\"col\">")
                .append(esc(labels.organization()))
                .append("</th><th scope=\"col\">")
                .append(esc(labels.role()))
                .append("</th><th scope=\"col\">")
                .append(esc(labels.term()))
                .append("</th></tr></thead>\n<tbody>\n");
        for (BoardSeat seat : board.seats()) {
            html.append("<tr><td>")
                    .append(organizationName(seat.organization(), locale))
                    .append("</td><td>")
                    .append(esc(seat.chair() ? labels.chair() : labels.member()))
                    .append("</td><td>")
                    .append(esc(seat.term().start() + " – "
                            + seat.term().end().map(LocalDate::toString).orElse("")))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");

        Secretariat secretariat = runtime.store()
                .read(r -> r.governance().secretariat(id))
                .map(org.chemnet.network.spi.Versioned::value)
                .orElse(null);
        if (secretariat != null) {
            html.append("<section aria-labelledby=\"secretariat\">\n<h2 id=\"secretariat\">")
                    .append(esc(secretariat.name().resolve(locale)))
                    .append("</h2>\n<p>")
                    .append(esc(labels.hostedBy()))
                    .append(' ')
                    .append(organizationName(secretariat.host(), locale))
                    .append("</p>\n</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private String organizationName(org.chemnet.network.organization.OrganizationId id, Locale locale) {
        return runtime.store()
                .read(r -> r.organizations().organization(id))
                .map(o -> link(o, locale))
                .orElse(esc(id.value()));
    }

    private static String link(Organization o, Locale locale) {
        String name = esc(o.name().resolve(locale));
        return o.website()
                .map(w -> "<a href=\"" + esc(w) + "\" rel=\"noopener\">" + name + "</a>")
                .orElse(name);
    }

    /** The number of participants at the end of each month, from the first membership to the day. */
    private static String chart(List<Membership> memberships, LocalDate asOf, Labels labels) {
        LocalDate first = memberships.stream()
                .map(Membership::since)
                .min(Comparator.naturalOrder())
                .orElse(asOf);
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(first); !month.atDay(1).isAfter(asOf); month = month.plusMonths(1)) {
            LocalDate day = month.atEndOfMonth().isAfter(asOf) ? asOf : month.atEndOfMonth();
            counts.put(day, memberships.stream().filter(m -> m.isActiveOn(day)).count());
        }
        long max = Math.max(
                1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int n = Math.max(1, counts.size() - 1);
        StringBuilder points = new StringBuilder();
        int i = 0;
        for (long count : counts.values()) {
            double x = MARGIN + (double) i++ * (CHART_WIDTH - 2 * MARGIN) / n;
            double y = CHART_HEIGHT - MARGIN - (double) count * (CHART_HEIGHT - 2 * MARGIN) / max;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        String description = labels.chartDescription(first, asOf, max);
        return "<figure>\n<svg id=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 " + CHART_WIDTH
                + " "
                + CHART_HEIGHT + "\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"chart-title\">"
                + esc(description) + "</title>\n"
                + "<line x1=\"" + MARGIN + "\" y1=\"" + (CHART_HEIGHT - MARGIN) + "\" x2=\"" + (CHART_WIDTH - MARGIN)
                + "\" y2=\"" + (CHART_HEIGHT - MARGIN) + "\" class=\"axis\"/>\n"
                + "<line x1=\"" + MARGIN + "\" y1=\"" + MARGIN + "\" x2=\"" + MARGIN + "\" y2=\""
                + (CHART_HEIGHT - MARGIN)
                + "\" class=\"axis\"/>\n"
                + "<text x=\"" + (MARGIN - 6) + "\" y=\"" + (MARGIN + 4) + "\" text-anchor=\"end\">" + max + "</text>\n"
                + "<text x=\"" + (MARGIN - 6) + "\" y=\"" + (CHART_HEIGHT - MARGIN)
                + "\" text-anchor=\"end\">0</text>\n"
                + "<text x=\"" + MARGIN + "\" y=\"" + (CHART_HEIGHT - MARGIN + 18) + "\">" + first.getYear()
                + "</text>\n"
                + "<text x=\"" + (CHART_WIDTH - MARGIN) + "\" y=\"" + (CHART_HEIGHT - MARGIN + 18)
                + "\" text-anchor=\"end\">" + esc(asOf.toString()) + "</text>\n"
                + "<polyline class=\"line\" points=\"" + points.toString().strip() + "\"/>\n</svg>\n"
                + "<figcaption>" + esc(description) + "</figcaption>\n</figure>\n";
    }

    private static String jsonLd(Network network, List<Participant> participants, Locale locale) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Organization");
        ld.put("name", network.name().resolve(locale));
        network.website().ifPresent(w -> ld.put("url", w));
        ld.put(
                "member",
                participants.stream()
                        .map(p -> {
                            Map<String, Object> member = new LinkedHashMap<>();
                            member.put("@type", "Organization");
                            member.put("name", p.organization().name().resolve(locale));
                            p.organization().website().ifPresent(w -> member.put("url", w));
                            return member;
                        })
                        .toList());
        // JSON is escaped for a script element: no "</" can close it early.
        return JsonMapper.builder().build().writeValueAsString(ld).replace("<", "\\u003c");
    }

    /** Text escaped for HTML content and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body{margin:0;font-family:system-ui,-apple-system,'Hiragino Sans','Noto Sans CJK JP',sans-serif;
              line-height:1.6;color:#1b1b1b;background:#fff}
            main{max-width:60rem;margin:0 auto;padding:1.5rem}
            h1{font-size:1.6rem;margin:0 0 .5rem}
            .count{font-size:1.15rem}.count strong{font-size:1.6rem;color:#0b5394}
            h2{font-size:1.25rem;border-bottom:2px solid #0b5394;padding-bottom:.2rem;margin-top:2rem}
            h3{font-size:1.05rem;margin:1.2rem 0 .3rem}.n{color:#555;font-weight:normal}
            ul.organizations{columns:2 18rem;padding-left:1.2rem;margin:0}
            a{color:#0b5394}a:focus{outline:3px solid #f1c232}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;
              border-bottom:1px solid #ccc}
            svg .axis{stroke:#555;stroke-width:1}svg .line{fill:none;stroke:#0b5394;stroke-width:2}
            svg text{font-size:12px;fill:#333}figure{margin:0}figcaption{color:#555;font-size:.9rem}
            @media print{main{max-width:none;padding:0}a{color:#000;text-decoration:none}
              h2{break-after:avoid}ul.organizations{columns:2}section{break-inside:auto}}
            """;
}
