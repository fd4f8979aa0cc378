package nl.nieuwszoeker.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import nl.nieuwszoeker.search.LookupService;
import nl.nieuwszoeker.search.SearchService;

/** What the web layer needs, built once by the caller, so main and the tests wire the app the same way. */
public record Deps(ElasticsearchClient client, SearchService search, LookupService lookups, String esDescription,
        ServeState state) {

    public Deps(ElasticsearchClient client, SearchService search, LookupService lookups, String esDescription) {
        this(client, search, lookups, esDescription, ServeState.NONE);
    }

    public Deps(ElasticsearchClient client, SearchService search, String esDescription) {
        this(client, search, new LookupService(client, search.alias()), esDescription, ServeState.NONE);
    }

    public Deps(ElasticsearchClient client, SearchService search, String esDescription, ServeState state) {
        this(client, search, new LookupService(client, search.alias()), esDescription, state);
    }
}
