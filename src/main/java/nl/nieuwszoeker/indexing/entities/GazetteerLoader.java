package nl.nieuwszoeker.indexing.entities;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the gazetteer from the JDK's CLDR country names in Dutch plus curated TSV files
 * ({@code canonical<TAB>alias;alias...}; lines starting with # are comments).
 */
final class GazetteerLoader {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private GazetteerLoader() {
    }

    static Gazetteer load() {
        Map<String, Gazetteer.Entry> aliases = new LinkedHashMap<>();
        for (String region : Locale.getISOCountries()) {
            String name = countryName(region);
            add(aliases, name, new Gazetteer.Entry(EntityType.PLACE, name));
        }
        addFile(aliases, "/entities/places.tsv", EntityType.PLACE);
        addFile(aliases, "/entities/places-local.tsv", EntityType.PLACE);
        addFile(aliases, "/entities/organisations.tsv", EntityType.ORGANISATION);
        addFile(aliases, "/entities/organisations-news.tsv", EntityType.ORGANISATION);
        return Gazetteer.of(aliases);
    }

    /** CLDR adds qualifiers that news text never uses: "Hongkong SAR van China", "Myanmar (Birma)". */
    static String countryName(String region) {
        String name = new Locale.Builder().setRegion(region).build().getDisplayCountry(DUTCH);
        int cut = name.indexOf(" SAR ");
        if (cut < 0) {
            cut = name.indexOf(" (");
        }
        return cut < 0 ? name : name.substring(0, cut);
    }

    private static void addFile(Map<String, Gazetteer.Entry> aliases, String resource, EntityType type) {
        for (String line : ResourceLines.read(resource)) {
            String[] columns = line.split("\t");
            if (columns.length > 2) {
                throw new IllegalStateException(resource + ": expected canonical<TAB>aliases: " + line);
            }
            Gazetteer.Entry entry = new Gazetteer.Entry(type, columns[0].strip());
            add(aliases, entry.canonical(), entry);
            if (columns.length == 2) {
                for (String alias : columns[1].split(";")) {
                    add(aliases, alias.strip(), entry);
                }
            }
        }
    }

    private static void add(Map<String, Gazetteer.Entry> aliases, String alias, Gazetteer.Entry entry) {
        Gazetteer.Entry previous = aliases.putIfAbsent(alias, entry);
        if (previous != null && !previous.equals(entry)) {
            throw new IllegalStateException("alias '" + alias + "' names both " + previous + " and " + entry);
        }
    }
}
