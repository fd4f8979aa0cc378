package nl.nieuwszoeker;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.nieuwszoeker.config.AppConfig;
import nl.nieuwszoeker.config.ConfigException;
import nl.nieuwszoeker.config.ConfigLoader;
import nl.nieuwszoeker.es.ProvisionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "nieuwszoeker", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Faceted full-text search over Dutch news, on Elasticsearch.",
        subcommands = {ServeCommand.class, IndexCommand.class, ElasticsearchCommand.class})
public final class Main implements Callable<Integer> {

    @Option(names = "--config", description = "Properties file with settings (environment variables win).")
    Path configFile;

    public static void main(String[] args) {
        var cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ProvisionException || e instanceof ConfigException
                    || e instanceof io.javalin.util.JavalinBindException) {
                cmd.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    AppConfig config() {
        return ConfigLoader.load(System.getenv(), configFile);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var info = nl.nieuwszoeker.es.BuildInfo.load();
            return new String[] {"nieuwszoeker " + info.version() + " (Elasticsearch " + info.elasticsearchVersion() + ")"};
        }
    }
}
