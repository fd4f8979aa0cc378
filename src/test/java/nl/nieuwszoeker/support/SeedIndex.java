package nl.nieuwszoeker.support;

import java.nio.file.Path;
import nl.nieuwszoeker.indexing.Indexer;

/** The two seed articles, indexed once per test JVM under their own alias. */
public final class SeedIndex {

    public static final String ALIAS = "seeds-it";
    private static boolean indexed;

    private SeedIndex() {}

    public static synchronized String alias() {
        if (!indexed) {
            var report = new Indexer(TestElasticsearch.client(), ALIAS).indexAll(Path.of("seeds"));
            if (!report.ok()) {
                throw new IllegalStateException("seed indexing failed: " + report);
            }
            indexed = true;
        }
        return ALIAS;
    }
}
