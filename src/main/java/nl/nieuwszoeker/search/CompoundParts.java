package nl.nieuwszoeker.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.nieuwszoeker.es.IndexSchema;

/**
 * Finds the dictionary parts of a typed word with the decompounder's own word list and sizes, read from
 * mappings/articles.json. The index splits compounds; queries do not, because a query token's parts would
 * be alternatives and "geloofsartikel" would find every "artikel". Instead a compound in a query asks for all
 * of its parts together (see SearchQueries).
 */
public final class CompoundParts {

    static final String FILTER = "dutch_decompound";

    private final Set<String> words;
    private final int minWordSize;
    private final int minSubwordSize;
    private final int maxSubwordSize;

    private CompoundParts(Set<String> words, int minWordSize, int minSubwordSize, int maxSubwordSize) {
        this.words = words;
        this.minWordSize = minWordSize;
        this.minSubwordSize = minSubwordSize;
        this.maxSubwordSize = maxSubwordSize;
    }

    public static CompoundParts fromMapping() {
        try (InputStream in = CompoundParts.class.getResourceAsStream(IndexSchema.RESOURCE)) {
            JsonNode filter = new ObjectMapper().readTree(in).path("settings").path("analysis").path("filter").path(FILTER);
            if (!filter.path("only_longest_match").asBoolean(false)) {
                throw new IllegalStateException(FILTER + " must use only_longest_match for query parts to match the index");
            }
            Set<String> list = new HashSet<>();
            filter.path("word_list").forEach(w -> list.add(w.asText()));
            return new CompoundParts(list, filter.path("min_word_size").asInt(5), filter.path("min_subword_size").asInt(2),
                    filter.path("max_subword_size").asInt(15));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The longest dictionary word at each point, left to right, skipping letters no part starts with (linking
     * s, e, en, or a modifier missing from the list). The index emits the longest part at every start, so each
     * of these is among the compound's indexed parts. Empty for a word that is no compound.
     */
    public List<String> parts(String typed) {
        String word = fold(typed);
        List<String> parts = new ArrayList<>();
        if (word.length() < minWordSize) {
            return parts;
        }
        int i = 0;
        while (i <= word.length() - minSubwordSize) {
            int longest = 0;
            for (int j = Math.min(maxSubwordSize, word.length() - i); j >= minSubwordSize; j--) {
                if (words.contains(word.substring(i, i + j))) {
                    longest = j;
                    break;
                }
            }
            if (longest > 0 && longest < word.length()) {
                parts.add(word.substring(i, i + longest));
                i += longest;
            } else {
                i++;
            }
        }
        return parts;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
