package nl.nieuwszoeker.config;

import java.nio.file.Path;

/** Everything the app reads from its environment, resolved once at start-up. */
public record AppConfig(int port, Path seeds, String indexAlias, Paths paths, EsSettings elasticsearch,
        ShardSettings shards) {

    /** Where the embedded default keeps the unpacked distribution and its node. */
    public record Paths(Path cache, Path state) {}

    public AppConfig withPort(int newPort) {
        return new AppConfig(newPort, seeds, indexAlias, paths, elasticsearch, shards);
    }

    public AppConfig withSeeds(Path newSeeds) {
        return new AppConfig(port, newSeeds, indexAlias, paths, elasticsearch, shards);
    }
}
