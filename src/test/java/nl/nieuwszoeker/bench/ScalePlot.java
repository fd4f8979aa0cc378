package nl.nieuwszoeker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The scale curve as an SVG: search p50 at concurrency 1 and throughput at concurrency 16, app and direct,
 * against the number of articles (log scale), from one or more bench result files. Sizes measured in separate
 * runs (for instance 1M on its own) come together in one picture; each point names the file it came from in
 * its tooltip. Usage: {@code bench/run plot OUT.svg RESULT.json...}
 */
public final class ScalePlot {

    private record Point(double docs, double appP50, double directP50, double appTput, double directTput, String from) {}

    private static final int W = 860;
    private static final int H = 360;
    private static final int PANEL = 360;
    private static final int LEFT = 60;
    private static final int TOP = 40;
    private static final int PLOT_H = 240;

    private ScalePlot() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: bench/run plot OUT.svg RESULT.json...");
        }
        List<Point> points = new ArrayList<>();
        var mapper = new ObjectMapper();
        for (int i = 1; i < args.length; i++) {
            JsonNode root = mapper.readTree(Path.of(args[i]).toFile());
            for (JsonNode s : root.path("scale")) {
                JsonNode c1 = s.path("search").path("concurrency_1");
                JsonNode c16 = s.path("search").path("concurrency_16");
                points.add(new Point(s.path("docs").asDouble(), c1.path("app").path("p50_ms").asDouble(),
                        c1.path("direct").path("p50_ms").asDouble(), c16.path("app").path("throughput_per_s").asDouble(),
                        c16.path("direct").path("throughput_per_s").asDouble(), Path.of(args[i]).getFileName().toString()));
            }
        }
        var bySize = new TreeMap<Double, Point>();
        points.forEach(p -> bySize.put(p.docs(), p));
        List<Point> sorted = new ArrayList<>(bySize.values());
        Files.writeString(Path.of(args[0]), svg(sorted));
        System.out.println("[bench] wrote " + args[0] + " (" + sorted.size() + " sizes)");
    }

    static String svg(List<Point> points) {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                W, H));
        panel(out, 0, "Search p50, concurrency 1 (ms)", points, true);
        panel(out, PANEL + 80, "Throughput, concurrency 16 (searches/s)", points, false);
        out.append(String.format(Locale.ROOT, "<g transform=\"translate(%d,%d)\"><line x1=\"0\" y1=\"0\" x2=\"20\" y2=\"0\""
                + " stroke=\"#c0392b\" stroke-width=\"2\"/><text x=\"25\" y=\"4\">app (/api/search)</text>"
                + "<line x1=\"150\" y1=\"0\" x2=\"170\" y2=\"0\" stroke=\"#2471a3\" stroke-width=\"2\""
                + " stroke-dasharray=\"5,3\"/><text x=\"175\" y=\"4\">direct _search, same bodies</text></g>%n",
                LEFT, H - 12));
        out.append("</svg>\n");
        return out.toString();
    }

    private static void panel(StringBuilder out, int x0, String title, List<Point> points, boolean latency) {
        double minX = Math.log10(points.get(0).docs());
        double maxX = Math.log10(points.get(points.size() - 1).docs());
        if (maxX - minX < 1) {
            minX -= 0.5;
            maxX += 0.5;
        }
        double maxY = 0;
        for (Point p : points) {
            maxY = Math.max(maxY, latency ? Math.max(p.appP50(), p.directP50()) : Math.max(p.appTput(), p.directTput()));
        }
        maxY = niceCeiling(maxY);
        int left = x0 + LEFT;
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", left, TOP - 15,
                title));
        out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                + " stroke=\"#999\"/>%n", left, TOP, PANEL - LEFT, PLOT_H));
        for (int i = 0; i <= 4; i++) {
            double v = maxY * i / 4;
            double y = TOP + PLOT_H - PLOT_H * i / 4.0;
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", left - 5,
                    y + 4, v >= 10 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v)));
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>%n",
                    left, y, x0 + PANEL, y));
        }
        for (Point p : points) {
            double x = xOf(p.docs(), minX, maxX, left);
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x,
                    TOP + PLOT_H + 16, label(p.docs())));
        }
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">articles (log scale)</text>%n",
                left + (PANEL - LEFT) / 2, TOP + PLOT_H + 34));
        line(out, points, minX, maxX, maxY, left, latency ? Point::appP50 : Point::appTput, "#c0392b", "");
        line(out, points, minX, maxX, maxY, left, latency ? Point::directP50 : Point::directTput, "#2471a3",
                " stroke-dasharray=\"5,3\"");
    }

    private static void line(StringBuilder out, List<Point> points, double minX, double maxX, double maxY, int left,
                             java.util.function.ToDoubleFunction<Point> value, String colour, String dash) {
        var path = new StringBuilder();
        for (Point p : points) {
            double x = xOf(p.docs(), minX, maxX, left);
            double y = TOP + PLOT_H - PLOT_H * value.applyAsDouble(p) / maxY;
            path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s: %.2f"
                    + " (%s)</title></circle>%n", x, y, colour, label(p.docs()), value.applyAsDouble(p), p.from()));
        }
        out.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n", path,
                colour, dash));
    }

    private static double xOf(double docs, double minX, double maxX, int left) {
        return left + 20 + (PANEL - LEFT - 40) * (Math.log10(docs) - minX) / (maxX - minX);
    }

    private static String label(double docs) {
        return docs >= 1e6 ? String.format(Locale.ROOT, "%.0fM", docs / 1e6) : String.format(Locale.ROOT, "%.0fk", docs / 1e3);
    }

    private static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double step = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * step >= v) {
                return m * step;
            }
        }
        return 10 * step;
    }
}
