package nl.nieuwszoeker;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.es.ElasticsearchProvider;
import nl.nieuwszoeker.node.Provisioning;
import nl.nieuwszoeker.node.SharedNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "elasticsearch", mixinStandardHelpOptions = true,
        description = {"Run only the embedded Elasticsearch node, with the analysis plugin, until Ctrl-C.",
                "If another command already runs the node of this data folder, this one uses it and prints its URL."})
final class ElasticsearchCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws InterruptedException {
        AppConfig config = main.config();
        ElasticsearchProvider node = SharedNode.acquire(Provisioning.distribution(config),
                config.paths().state().resolve("node"), config.elasticsearch(), "elasticsearch");
        var stopped = new CountDownLatch(1);
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.println("Elasticsearch is running at " + node.connection().urls().get(0)
                + " (Ctrl-C stops it, unless another command still uses it)");
        stopped.await();
        return 0;
    }
}
