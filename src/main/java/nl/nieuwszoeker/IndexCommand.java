package nl.nieuwszoeker;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.indexing.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index a folder of articles into a new index and switch the alias to it.")
final class IndexCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--seeds", description = "Folder of articles (default: NZ_SEEDS or seeds).")
    Path seeds;

    @Override
    public Integer call() {
        AppConfig config = main.config();
        Path folder = seeds != null ? seeds : config.seeds();
        try (Runtime runtime = Runtime.start(config)) {
            Indexer.Report report = new Indexer(runtime.client(), config.indexAlias(), config.shards()).indexAll(folder);
            System.out.printf("read %d, indexed %d, failed %d (index %s)%n", report.read(), report.indexed(),
                    report.failures().size(), report.index());
            report.failures().forEach(f -> System.out.println("  failed: " + f));
            return report.failures().isEmpty() && report.indexed() == report.read() ? 0 : 1;
        }
    }
}
