package nl.nieuwszoeker.indexing.entities;

/** A resolved entity at a token position; the position orders values by first mention. */
record Mention(EntityType type, String value, int position) {
}
