package nl.nieuwszoeker.indexing.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Proper names of the TaalTik lexicon by written form: first names, last names, places (towns, countries,
 * regions, islands) and organisations. The list is derived at build time by {@link NameListBuilder}.
 */
final class NameLexicon {

    static final String RESOURCE = "/entities/names.tsv.gz";
    static final String HEADER = "entity names";
    static final char FIRST = 'F';
    static final char LAST = 'L';
    static final char PLACE = 'P';
    static final char ORGANISATION = 'O';

    private static final byte F = 1;
    private static final byte L = 2;
    private static final byte P = 4;
    private static final byte O = 8;

    private final Map<String, Byte> forms;
    private final String stamp;

    private NameLexicon(Map<String, Byte> forms, String stamp) {
        this.forms = forms;
        this.stamp = stamp;
    }

    static NameLexicon load() {
        InputStream raw = NameLexicon.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException(RESOURCE + " is missing: the build derives it from the lexicon "
                    + "(mvn process-classes)");
        }
        Map<String, Byte> forms = new HashMap<>(400_000);
        String stamp = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    if (stamp == null) {
                        stamp = line.substring(1).strip();
                    }
                    continue;
                }
                int tab = line.indexOf('\t');
                byte bits = 0;
                for (int i = tab + 1; i < line.length(); i++) {
                    bits |= bit(line.charAt(i));
                }
                forms.put(line.substring(0, tab), bits);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameLexicon(forms, stamp);
    }

    /** Says which lexicon and builder made the list; part of the extractor's version stamp. */
    String stamp() {
        return stamp;
    }

    int size() {
        return forms.size();
    }

    boolean known(String form) {
        return forms.containsKey(form);
    }

    boolean firstName(String form) {
        return has(form, F);
    }

    boolean lastName(String form) {
        return has(form, L);
    }

    boolean place(String form) {
        return has(form, P);
    }

    boolean organisation(String form) {
        return has(form, O);
    }

    /** Known only as a place: never a person's name. */
    boolean onlyPlace(String form) {
        return only(form, P);
    }

    /** Known only as a last name: a given name the lexicon lacks is often listed so ("Meyrem"). */
    boolean onlyLastName(String form) {
        return only(form, L);
    }

    private boolean only(String form, byte bit) {
        Byte b = forms.get(form);
        return b != null && b == bit;
    }

    private boolean has(String form, byte bit) {
        Byte b = forms.get(form);
        return b != null && (b & bit) != 0;
    }

    private static byte bit(char c) {
        return switch (c) {
            case FIRST -> F;
            case LAST -> L;
            case PLACE -> P;
            case ORGANISATION -> O;
            default -> 0;
        };
    }
}
