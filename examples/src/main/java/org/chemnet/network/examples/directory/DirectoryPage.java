package org.chemnet.network.examples.directory;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.Network;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a network's public directory as of a day: one self-contained, accessible HTML page with the count of every
 * participant, the participants that consent to be listed (their latest {@code DIRECTORY_LISTING} entry in the consent
 * ledger gives it; the board and the secretariat are public roles, shown as they are) grouped by type with their names (in Japanese or English) linked to their websites, the board and the
 * secretariat, an inline SVG chart of the number of participants over time, and schema.org JSON-LD. No external
 * scripts, fonts or styles; every text is escaped; it prints well.
 *
 * @since 0.1.0
 */
public final class DirectoryPage {
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
     * Renders the page into memory, for networks of a size a page is read at.
     *
     * @param id the network
     * @param asOf the day
     * @param language {@code ja} or {@code en}
     * @return the page, UTF-8 HTML; never null
     * @throws NotFoundException if the network is not stored
     */
    public String render(NetworkId id, LocalDate asOf, String language) {
        StringWriter html = new StringWriter(64_000);
        try {
            write(id, asOf, language, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    /**
     * Writes the page as it is read from the store, in bounded memory whatever the size of the network: the
     * participants are read twice as a stream (for the JSON-LD, then for the lists, sorted by name past
     * {@value SortedLines#IN_MEMORY} a type through temporary files), the memberships once for the chart, and the
     * number of statements does not grow with the network.
     *
     * @param id the network
     * @param asOf the day
     * @param language {@code ja} or {@code en}
     * @param out where the HTML goes; not closed
     * @throws NotFoundException if the network is not stored
     * @throws IOException if writing fails
     */
    public void write(NetworkId id, LocalDate asOf, String language, Writer out) throws IOException {
        Network network = runtime.networks().network(id).orElseThrow(() -> new NotFoundException("network", id));
        Labels labels = Labels.of(language);
        Locale locale = Locale.forLanguageTag(language);
        ParticipantQuery onTheDay = ParticipantQuery.of(id, asOf);
        long count = runtime.participation().countOn(onTheDay);
        Board board = runtime.governance().boardOn(id, asOf);
        String name = network.name().resolve(locale);

        out.append("<!DOCTYPE html>\n<html lang=\"")
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
                .append("<script type=\"application/ld+json\">");
        jsonLd(network, onTheDay, locale, out);
        out.append("</script>\n</head>\n<body>\n<main>\n")
                .append("<h1>")
                .append(esc(name))
                .append("</h1>\n")
                .append("<p class=\"count\">")
                .append(esc(labels.asOf(asOf)))
                .append(" <strong id=\"count\">")
                .append(Long.toString(count))
                .append("</strong> ")
                .append(esc(labels.organizations()))
                .append("</p>\n");

        GrowthChart chart = new GrowthChart(asOf);
        runtime.participation().memberships(id, chart::add);
        out.append("<section aria-labelledby=\"growth\">\n<h2 id=\"growth\">")
                .append(esc(labels.growth()))
                .append("</h2>\n")
                .append(chart.svg(labels))
                .append("</section>\n");

        out.append("<section aria-labelledby=\"participants\">\n<h2 id=\"participants\">")
                .append(esc(labels.participants()))
                .append("</h2>\n");
        participants(onTheDay, locale, labels, out);
        out.append("</section>\n");

        out.append("<section aria-labelledby=\"board\">\n<h2 id=\"board\">")
                .append(esc(board.name().resolve(locale)))
                .append("</h2>\n<table>\n<thead><tr><th scope=\"col\">")
                .append(esc(labels.organization()))
                .append("</th><th scope=\"col\">")
                .append(esc(labels.role()))
                .append("</th><th scope=\"col\">")
                .append(esc(labels.term()))
                .append("</th></tr></thead>\n<tbody>\n");
        for (BoardSeat seat : board.seats()) {
            out.append("<tr><td>")
                    .append(organizationName(seat.organization(), locale))
                    .append("</td><td>")
                    .append(esc(seat.chair() ? labels.chair() : labels.member()))
                    .append("</td><td>")
                    .append(esc(seat.term().start() + " – "
                            + seat.term().end().map(LocalDate::toString).orElse("")))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");

        Optional<Secretariat> secretariat = runtime.directory().secretariat(id);
        if (secretariat.isPresent()) {
            out.append("<section aria-labelledby=\"secretariat\">\n<h2 id=\"secretariat\">")
                    .append(esc(secretariat.get().name().resolve(locale)))
                    .append("</h2>\n<p>")
                    .append(esc(labels.hostedBy()))
                    .append(' ')
                    .append(organizationName(secretariat.get().host(), locale))
                    .append("</p>\n</section>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
        out.flush();
    }

    /**
     * The participants that consent to be listed, grouped by type, each group sorted by name, as lists of links; and
     * how many more take part without being named.
     */
    private void participants(ParticipantQuery onTheDay, Locale locale, Labels labels, Writer out) throws IOException {
        Map<OrganizationType, SortedLines> byType = new EnumMap<>(OrganizationType.class);
        try {
            long unlisted = ListedParticipants.each(runtime, onTheDay, p -> {
                Organization o = p.organization();
                byType.computeIfAbsent(o.type(), t -> new SortedLines())
                        .add(o.name().resolve(locale), "<li>" + link(o, locale) + "</li>");
            });
            for (Map.Entry<OrganizationType, SortedLines> group : byType.entrySet()) {
                out.append("<h3>")
                        .append(esc(labels.type(group.getKey())))
                        .append(" <span class=\"n\">(")
                        .append(Long.toString(group.getValue().size()))
                        .append(")</span></h3>\n<ul class=\"organizations\">\n");
                group.getValue().writeTo(out);
                out.append("</ul>\n");
            }
            if (unlisted > 0) {
                out.append("<p class=\"unlisted\">")
                        .append(esc(labels.notListed(unlisted)))
                        .append("</p>\n");
            }
        } finally {
            byType.values().forEach(SortedLines::close);
        }
    }

    private String organizationName(OrganizationId id, Locale locale) {
        return runtime.directory().organization(id).map(o -> link(o, locale)).orElse(esc(id.value()));
    }

    private static String link(Organization o, Locale locale) {
        String name = esc(o.name().resolve(locale));
        return o.website()
                .map(w -> "<a href=\"" + esc(w) + "\" rel=\"noopener\">" + name + "</a>")
                .orElse(name);
    }

    /**
     * schema.org JSON-LD of the network and its members that consent to be listed, written member by member as the
     * store reads them.
     */
    private void jsonLd(Network network, ParticipantQuery onTheDay, Locale locale, Writer out) throws IOException {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Organization");
        ld.put("name", network.name().resolve(locale));
        network.website().ifPresent(w -> ld.put("url", w));
        String head = script(ld);
        out.append(head, 0, head.length() - 1).append(",\"member\":[");
        boolean[] first = {true};
        ListedParticipants.each(runtime, onTheDay, p -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("@type", "Organization");
            member.put("name", p.organization().name().resolve(locale));
            p.organization().website().ifPresent(w -> member.put("url", w));
            try {
                out.append(first[0] ? "" : ",").append(script(member));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            first[0] = false;
        });
        out.append("]}");
    }

    /** JSON escaped for a script element: no "</" can close it early. */
    private static String script(Object value) {
        return JSON.writeValueAsString(value).replace("<", "\\u003c");
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
