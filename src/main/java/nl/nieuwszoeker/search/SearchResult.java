package nl.nieuwszoeker.search;

import java.util.List;

public record SearchResult(long total, long took, List<Hit> hits) {
    public record Hit(String id, String title, String snippet) {}
}
