package nl.nieuwszoeker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.nieuwszoeker.support.EsCall;

/**
 * Where the node's time per search goes. The captured search bodies are sent straight to Elasticsearch whole, and
 * again with the facets, the timelines, every aggregation, or the aggregations and the highlight left out. The
 * variants run in interleaved rounds at concurrency 1 (the order rotates per round); each cost is the median over
 * rounds of the difference of two variants' p50, with [min–max].
 */
final class NodeCost {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Sends one request and reads the answer; throws on anything but 200. */
    interface Sender {
        void send(HttpRequest request) throws IOException, InterruptedException;
    }

    private NodeCost() {}

    static Map<String, Object> run(URI es, List<EsCall> searches, int perRound, int rounds, Sender sender)
            throws InterruptedException {
        Map<String, List<HttpRequest>> variants = new LinkedHashMap<>();
        variants.put("full", requests(es, searches, body -> body));
        variants.put("no_facets", requests(es, searches, body -> withoutSubAggregations(body,
                name -> name.startsWith("top_") || name.startsWith("selected_"))));
        variants.put("no_timelines", requests(es, searches, body -> withoutSubAggregations(body,
                name -> name.equals("dates") || name.equals("mentioned_dates"))));
        variants.put("no_aggregations", requests(es, searches, body -> without(body, "aggregations")));
        variants.put("no_aggregations_no_highlight", requests(es, searches,
                body -> without(without(body, "aggregations"), "highlight")));
        List<String> names = new ArrayList<>(variants.keySet());
        Map<String, List<Double>> p50s = new LinkedHashMap<>();
        names.forEach(n -> p50s.put(n, new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                List<HttpRequest> list = variants.get(name);
                Load.Sample s = Load.run(1, perRound, round * perRound, k -> sender.send(list.get(k % list.size())));
                Map<String, Object> summary = s.summary();
                if (((Number) summary.get("errors")).intValue() > 0) {
                    throw new IllegalStateException(name + ": " + summary.get("errors") + " requests failed, first: "
                            + summary.get("first_error"));
                }
                p50s.get(name).add(((Number) summary.get("p50_ms")).doubleValue());
            }
        }
        var out = new LinkedHashMap<String, Object>();
        out.put("searches", searches.size());
        out.put("requests_per_round", perRound);
        out.put("rounds", rounds);
        var p50 = new LinkedHashMap<String, Object>();
        p50s.forEach((name, values) -> p50.put(name, spread(values)));
        out.put("p50_ms", p50);
        var cost = new LinkedHashMap<String, Object>();
        cost.put("facets", spread(difference(p50s.get("full"), p50s.get("no_facets"))));
        cost.put("timelines", spread(difference(p50s.get("full"), p50s.get("no_timelines"))));
        cost.put("all_aggregations", spread(difference(p50s.get("full"), p50s.get("no_aggregations"))));
        cost.put("highlight", spread(difference(p50s.get("no_aggregations"), p50s.get("no_aggregations_no_highlight"))));
        cost.put("query_and_hits", spread(p50s.get("no_aggregations_no_highlight")));
        out.put("cost_ms", cost);
        return out;
    }

    private static List<HttpRequest> requests(URI es, List<EsCall> searches, java.util.function.UnaryOperator<ObjectNode> change) {
        List<HttpRequest> out = new ArrayList<>();
        for (EsCall call : searches) {
            try {
                ObjectNode body = change.apply((ObjectNode) JSON.readTree(call.bodyText()));
                out.add(new EsCall(call.method(), call.pathAndQuery(), JSON.writeValueAsBytes(body), false).toRequest(es));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static ObjectNode without(ObjectNode body, String key) {
        ObjectNode copy = body.deepCopy();
        copy.remove(key);
        return copy;
    }

    /** Drops the named sub-aggregations from every filter group, and a group left with none. */
    private static ObjectNode withoutSubAggregations(ObjectNode body, Predicate<String> drop) {
        ObjectNode copy = body.deepCopy();
        JsonNode aggs = copy.path("aggregations");
        for (Iterator<Map.Entry<String, JsonNode>> groups = aggs.fields(); groups.hasNext(); ) {
            JsonNode inner = groups.next().getValue().path("aggregations");
            if (inner instanceof ObjectNode subs) {
                List<String> names = new ArrayList<>();
                subs.fieldNames().forEachRemaining(names::add);
                names.stream().filter(drop).forEach(subs::remove);
                if (subs.isEmpty()) {
                    groups.remove();
                }
            }
        }
        if (aggs.isEmpty()) {
            copy.remove("aggregations");
        }
        return copy;
    }

    private static List<Double> difference(List<Double> a, List<Double> b) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i) - b.get(i));
        }
        return out;
    }

    private static Map<String, Object> spread(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        var m = new LinkedHashMap<String, Object>();
        m.put("median", Load.round(Comparison.median(v)));
        m.put("min", Load.round(v[0]));
        m.put("max", Load.round(v[v.length - 1]));
        return m;
    }
}
