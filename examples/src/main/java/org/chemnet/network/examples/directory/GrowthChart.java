package org.chemnet.network.examples.directory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.chemnet.network.common.Period;
import org.chemnet.network.membership.Membership;

/**
 * The number of participants at the end of each month, from the first membership to the day, as an inline SVG
 * chart. Memberships are added one at a time, each adding one from the first month-end it is active on to the last:
 * memory holds a number per month, not the memberships.
 */
final class GrowthChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 240;
    private static final int MARGIN = 48;

    private final LocalDate asOf;
    private final TreeMap<YearMonth, Long> changes = new TreeMap<>();
    private LocalDate first;

    /**
     * Starts a chart.
     *
     * @param asOf the last day, the point of the last month
     */
    GrowthChart(LocalDate asOf) {
        this.asOf = asOf;
        this.first = asOf;
    }

    /** The day a month is counted on: its last day, or the chart's day in the chart's month. */
    private LocalDate sampled(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        return end.isAfter(asOf) ? asOf : end;
    }

    /**
     * Counts a membership in each month whose day it is active on.
     *
     * @param membership the membership
     */
    void add(Membership membership) {
        if (membership.since().isBefore(first)) {
            first = membership.since();
        }
        for (Period period : membership.activePeriods()) {
            if (period.start().isAfter(asOf)) {
                continue;
            }
            YearMonth from = YearMonth.from(period.start());
            if (period.start().isAfter(sampled(from))) {
                from = from.plusMonths(1);
            }
            YearMonth to = YearMonth.from(asOf);
            if (period.end().isPresent()) {
                LocalDate end = period.end().get();
                to = YearMonth.from(end.isAfter(asOf) ? asOf : end);
                if (end.isBefore(sampled(to))) {
                    to = to.minusMonths(1);
                }
            }
            if (!to.isBefore(from)) {
                changes.merge(from, 1L, Long::sum);
                changes.merge(to.plusMonths(1), -1L, Long::sum);
            }
        }
    }

    /**
     * The chart.
     *
     * @param labels the page's words
     * @return the figure, SVG with its caption
     */
    String svg(Labels labels) {
        Map<LocalDate, Long> counts = new java.util.LinkedHashMap<>();
        long running = 0;
        for (YearMonth month = YearMonth.from(first); !month.atDay(1).isAfter(asOf); month = month.plusMonths(1)) {
            running += changes.getOrDefault(month, 0L);
            counts.put(sampled(month), running);
        }
        long max = Math.max(
                1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int n = Math.max(1, counts.size() - 1);
        StringBuilder points = new StringBuilder();
        int i = 0;
        for (long count : counts.values()) {
            double x = MARGIN + (double) i++ * (WIDTH - 2 * MARGIN) / n;
            double y = HEIGHT - MARGIN - (double) count * (HEIGHT - 2 * MARGIN) / max;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        String description = labels.chartDescription(first, asOf, max);
        return "<figure>\n<svg id=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 " + WIDTH + " "
                + HEIGHT + "\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"chart-title\">"
                + DirectoryPage.esc(description) + "</title>\n"
                + "<line x1=\"" + MARGIN + "\" y1=\"" + (HEIGHT - MARGIN) + "\" x2=\"" + (WIDTH - MARGIN)
                + "\" y2=\"" + (HEIGHT - MARGIN) + "\" class=\"axis\"/>\n"
                + "<line x1=\"" + MARGIN + "\" y1=\"" + MARGIN + "\" x2=\"" + MARGIN + "\" y2=\"" + (HEIGHT - MARGIN)
                + "\" class=\"axis\"/>\n"
                + "<text x=\"" + (MARGIN - 6) + "\" y=\"" + (MARGIN + 4) + "\" text-anchor=\"end\">" + max + "</text>\n"
                + "<text x=\"" + (MARGIN - 6) + "\" y=\"" + (HEIGHT - MARGIN) + "\" text-anchor=\"end\">0</text>\n"
                + "<text x=\"" + MARGIN + "\" y=\"" + (HEIGHT - MARGIN + 18) + "\">" + first.getYear() + "</text>\n"
                + "<text x=\"" + (WIDTH - MARGIN) + "\" y=\"" + (HEIGHT - MARGIN + 18) + "\" text-anchor=\"end\">"
                + DirectoryPage.esc(asOf.toString()) + "</text>\n"
                + "<polyline class=\"line\" points=\"" + points.toString().strip() + "\"/>\n</svg>\n"
                + "<figcaption>" + DirectoryPage.esc(description) + "</figcaption>\n</figure>\n";
    }
}
