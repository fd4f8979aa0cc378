package nl.nieuwszoeker.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import java.util.List;
import java.util.function.Predicate;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.search.SearchService;
import nl.nieuwszoeker.support.FixtureCorpus;
import nl.nieuwszoeker.support.TestElasticsearch;

/** The app started on a free port against the fixture corpus in its own alias, for the page tests. */
final class NewsFixture implements AutoCloseable {

    static final String XSS_ID = FixtureCorpus.XSS_ID;
    static final String XSS_TAG = FixtureCorpus.XSS_TAG;

    final String alias;
    final List<Article> articles = FixtureCorpus.ARTICLES;
    final Javalin app;
    final String base;

    private NewsFixture(String alias, Javalin app) {
        this.alias = alias;
        this.app = app;
        this.base = "http://localhost:" + app.port();
    }

    static NewsFixture start(String alias) {
        ElasticsearchClient client = TestElasticsearch.client();
        FixtureCorpus.index(alias);
        AppConfig defaults = TestElasticsearch.config();
        AppConfig config = new AppConfig(0, defaults.seeds(), alias, defaults.paths(), defaults.elasticsearch(),
                defaults.shards());
        var deps = new Deps(client, new SearchService(client, alias), "test node");
        return new NewsFixture(alias, App.create(config, deps).start(0));
    }

    long count(Predicate<Article> p) {
        return FixtureCorpus.count(p);
    }

    Article article(String id) {
        return FixtureCorpus.byId(id);
    }

    @Override
    public void close() {
        app.stop();
    }
}
