package nl.nieuwszoeker;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.indexing.Indexer;
import nl.nieuwszoeker.indexing.ReportText;
import nl.nieuwszoeker.search.SearchService;
import nl.nieuwszoeker.web.App;
import nl.nieuwszoeker.web.Deps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start Elasticsearch (embedded unless ES_URLS is set), index the seeds if the index is missing, and serve the search page and API.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @ParentCommand
    Main main;

    @Option(names = "--port", description = "HTTP port (default: NZ_PORT or 7070).")
    Integer port;

    @Option(names = "--seeds", description = "Folder of articles to index when the index is missing (default: seeds).")
    Path seeds;

    @Override
    public Integer call() throws Exception {
        AppConfig config = main.config();
        if (port != null) {
            config = config.withPort(port);
        }
        if (seeds != null) {
            config = config.withSeeds(seeds);
        }
        PortCheck.requireFree(config.port());
        Runtime runtime = Runtime.start(config);
        var stopped = new CountDownLatch(1);
        Javalin app = null;
        try {
            var indexer = new Indexer(runtime.client(), config.indexAlias(),
                    Indexer.Options.defaults().withShards(config.shards()));
            if (!indexer.aliasExists()) {
                LOG.info("Index {} is missing; indexing {}", config.indexAlias(), config.seeds().toAbsolutePath());
                var report = indexer.indexAll(config.seeds());
                ReportText.lines(report).forEach(line -> LOG.info("{}", line));
            }
            var deps = new Deps(runtime.client(), new SearchService(runtime.client(), config.indexAlias()),
                    runtime.provider().description());
            app = App.create(config, deps).start(config.port());
            Javalin started = app;
            java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.stop();
                runtime.close();
                stopped.countDown();
            }, "shutdown"));
            LOG.info("Serving on http://localhost:{}  (Ctrl-C stops the app and the embedded node)", config.port());
            stopped.await();
            return 0;
        } catch (Exception e) {
            if (app != null) {
                app.stop();
            }
            runtime.close();
            throw e;
        }
    }
}
