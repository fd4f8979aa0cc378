package nl.nieuwszoeker.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.nieuwszoeker.config.ShardSettings;
import nl.nieuwszoeker.es.IndexSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indices behind one alias: each full run gets a new "alias-yyyyMMdd-HHmmss-SSS" index (UTC), the alias
 * moves to it in one atomic action, the index it left is kept for rollback and older ones are deleted.
 * Only names of exactly that shape are ever touched, so other aliases' indices are safe.
 */
public final class IndexLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(IndexLifecycle.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final ElasticsearchClient client;
    private final String alias;
    private final Pattern ours;
    private final ShardSettings shards;

    public IndexLifecycle(ElasticsearchClient client, String alias, ShardSettings shards) {
        this.client = client;
        this.alias = alias;
        this.shards = shards;
        this.ours = Pattern.compile(Pattern.quote(alias) + "-\\d{8}-\\d{6}-\\d{3}");
    }

    public String alias() {
        return alias;
    }

    /** Creates a fresh index with the project's settings and mappings (and the deployment's shard counts). */
    public String createNext() {
        String name;
        do {
            name = alias + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        } while (exists(name));
        IndexSchema.create(client, name, shards);
        return name;
    }

    /** The indices the alias points at now; empty when it does not exist. */
    public List<String> live() {
        return call(() -> {
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                return List.of();
            }
            return client.indices().getAlias(a -> a.name(alias)).result().keySet().stream().sorted().toList();
        });
    }

    /** Points the alias at target and nothing else, in one request so searches never see a gap. */
    public List<String> swapTo(String target) {
        List<String> before = live();
        call(() -> client.indices().updateAliases(u -> {
            List<Action> actions = new ArrayList<>();
            for (String old : before) {
                if (!old.equals(target)) {
                    actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
                }
            }
            actions.add(Action.of(a -> a.add(ad -> ad.index(target).alias(alias))));
            return u.actions(actions);
        }));
        LOG.info("Alias {} now points at {} (was {})", alias, target, before.isEmpty() ? "nothing" : before);
        return before.stream().filter(i -> !i.equals(target)).toList();
    }

    /** Deletes this alias's indices other than the live one and those it just left; returns what went. */
    public List<String> retain(String live, List<String> previous) {
        List<String> deleted = new ArrayList<>();
        for (String index : ownIndices()) {
            if (!index.equals(live) && !previous.contains(index)) {
                delete(index);
                deleted.add(index);
            }
        }
        return deleted;
    }

    /** Moves the alias back to the newest own index older than the live one. */
    public Optional<String> rollback() {
        List<String> live = live();
        if (live.size() != 1) {
            return Optional.empty();
        }
        Optional<String> previous = ownIndices().stream().filter(i -> i.compareTo(live.get(0)) < 0)
                .reduce((a, b) -> b);
        previous.ifPresent(this::swapTo);
        return previous;
    }

    /** This alias's indices in the order they were made (the timestamp sorts as text). */
    public List<String> ownIndices() {
        return call(() -> client.indices().get(g -> g.index(alias + "-*")).result().keySet().stream()
                .filter(n -> ours.matcher(n).matches()).sorted().toList());
    }

    public void delete(String index) {
        call(() -> client.indices().delete(d -> d.index(index)));
        LOG.info("Deleted index {}", index);
    }

    private boolean exists(String index) {
        return call(() -> client.indices().exists(e -> e.index(index)).value());
    }

    private interface EsCall<T> {
        T run() throws IOException, ElasticsearchException;
    }

    private static <T> T call(EsCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
