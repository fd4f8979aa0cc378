package nl.nieuwszoeker.web.page;

import static nl.nieuwszoeker.web.Html.escape;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.nieuwszoeker.search.ArticleSearch;
import nl.nieuwszoeker.search.SearchResult;

/**
 * Articles per period as an SVG bar chart. Each bar is a link to that period (from/to), so the chart works
 * by keyboard and without JavaScript; app.js adds dragging over several bars. The same chart serves two
 * timelines: publication dates and the dates articles mention.
 */
final class Histogram {

    /** Sets a range of one timeline on a search. */
    @FunctionalInterface
    interface RangeChange {
        ArticleSearch apply(ArticleSearch r, LocalDate from, LocalDate to);
    }

    /** One timeline: where it sits on the page, what it is called and which filter its bars set. */
    record Timeline(String id, String title, String fromParam, String toParam, Function<ArticleSearch, LocalDate> from,
                    Function<ArticleSearch, LocalDate> to, RangeChange change) {

        boolean active(ArticleSearch r) {
            return from.apply(r) != null || to.apply(r) != null;
        }
    }

    static final Timeline PUBLISHED = new Timeline("histogram", "Artikelen per", "from", "to", ArticleSearch::from,
            ArticleSearch::to, Change::dates);
    static final Timeline MENTIONED = new Timeline("genoemd", "Genoemde data: artikelen per", "mentioned_from",
            "mentioned_to", ArticleSearch::mentionedFrom, ArticleSearch::mentionedTo, Change::mentioned);

    static final int WIDTH = 600;
    static final int HEIGHT = 110;
    static final int BARS_HEIGHT = 90;
    static final double MAX_SLOT = 50;
    private static final String[] SHORT = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
        "nov", "dec"};

    private Histogram() {}

    static void render(StringBuilder html, ArticleSearch r, SearchResult.Histogram histogram) {
        render(html, r, histogram, PUBLISHED);
    }

    static void render(StringBuilder html, ArticleSearch r, SearchResult.Histogram histogram, Timeline timeline) {
        String heading = timeline.id() + "-kop";
        html.append("<section id=\"").append(timeline.id()).append("\" class=\"histogram\" aria-labelledby=\"")
                .append(heading).append("\">");
        List<SearchResult.Bucket> buckets = histogram == null ? List.of() : histogram.buckets();
        if (buckets.isEmpty() || buckets.stream().allMatch(b -> b.count() == 0)) {
            html.append("</section>");
            return;
        }
        String interval = histogram.interval() == null ? "month" : histogram.interval();
        html.append("<h2 id=\"").append(heading).append("\" class=\"small\">").append(timeline.title()).append(' ')
                .append(unit(interval))
                .append(" <span class=\"hint\">klik of sleep over de balken om een periode te kiezen</span></h2>")
                .append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"group\" aria-label=\"").append(timeline.title()).append(' ').append(unit(interval))
                .append("\" data-interval=\"").append(escape(interval)).append("\" data-from-param=\"")
                .append(timeline.fromParam()).append("\" data-to-param=\"").append(timeline.toParam()).append("\">");
        long max = buckets.stream().mapToLong(SearchResult.Bucket::count).max().orElse(1);
        double slot = Math.min((double) WIDTH / buckets.size(), MAX_SLOT);
        double gap = Math.min(2, slot * 0.15);
        int labelEvery = Math.max(1, (int) Math.ceil(buckets.size() / 8.0));
        for (int i = 0; i < buckets.size(); i++) {
            SearchResult.Bucket b = buckets.get(i);
            LocalDate start = Dutch.day(b.key());
            if (start == null) {
                continue;
            }
            LocalDate end = end(start, interval);
            double h = b.count() == 0 ? 0 : Math.max(2, BARS_HEIGHT * (double) b.count() / max);
            boolean in = inRange(timeline.from().apply(r), timeline.to().apply(r), start, end);
            String label = Dutch.period(start, interval) + ": " + Dutch.count(b.count())
                    + (b.count() == 1 ? " artikel" : " artikelen");
            html.append("<a href=\"").append(escape(QueryString.href(timeline.change().apply(r, start, end))))
                    .append("\" class=\"bar").append(in ? " in" : "").append("\" data-i=\"").append(i)
                    .append("\" data-from=\"").append(start).append("\" data-to=\"").append(end)
                    .append("\" aria-label=\"").append(escape(label)).append("\"><title>").append(escape(label))
                    .append("</title><rect class=\"area\" x=\"").append(fmt(i * slot)).append("\" y=\"0\" width=\"")
                    .append(fmt(slot)).append("\" height=\"").append(BARS_HEIGHT).append("\"/><rect class=\"fill\" x=\"")
                    .append(fmt(i * slot + gap / 2)).append("\" y=\"").append(fmt(BARS_HEIGHT - h))
                    .append("\" width=\"").append(fmt(slot - gap)).append("\" height=\"").append(fmt(h))
                    .append("\"/></a>");
            if (i % labelEvery == 0) {
                html.append("<text x=\"").append(fmt(i * slot + 1)).append("\" y=\"").append(HEIGHT - 4)
                        .append("\" aria-hidden=\"true\">").append(escape(shortLabel(start, interval))).append("</text>");
            }
        }
        html.append("</svg></section>");
    }

    static LocalDate end(LocalDate start, String interval) {
        return switch (interval) {
            case "year" -> start.plusYears(1).minusDays(1);
            case "month" -> start.plusMonths(1).minusDays(1);
            default -> start;
        };
    }

    private static boolean inRange(LocalDate from, LocalDate to, LocalDate start, LocalDate end) {
        if (from == null && to == null) {
            return false;
        }
        return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }

    private static String unit(String interval) {
        return switch (interval) {
            case "year" -> "jaar";
            case "month" -> "maand";
            default -> "dag";
        };
    }

    private static String shortLabel(LocalDate d, String interval) {
        return switch (interval) {
            case "year" -> Integer.toString(d.getYear());
            case "month" -> SHORT[d.getMonthValue() - 1] + " " + String.format("%02d", d.getYear() % 100);
            default -> d.getDayOfMonth() + " " + SHORT[d.getMonthValue() - 1];
        };
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
