package nl.nieuwszoeker.config;

/**
 * Shards and replicas of a new article index; null keeps the value from mappings/articles.json.
 * Set per deployment, because the right numbers depend on the cluster, not on the documents.
 */
public record ShardSettings(Integer shards, Integer replicas) {

    public static final ShardSettings FROM_MAPPING = new ShardSettings(null, null);

    public ShardSettings {
        if (shards != null && shards < 1) {
            throw new ConfigException("NZ_SHARDS must be 1 or more, got " + shards);
        }
        if (replicas != null && replicas < 0) {
            throw new ConfigException("NZ_REPLICAS must be 0 or more, got " + replicas);
        }
    }
}
