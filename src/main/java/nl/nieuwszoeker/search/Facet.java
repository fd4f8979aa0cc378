package nl.nieuwszoeker.search;

import java.util.Arrays;
import java.util.Optional;
import nl.nieuwszoeker.model.Fields;

/** The facets a reader can filter on: the request parameter, the index field and the Dutch label. */
public enum Facet {
    PLACE("place", Fields.PLACES, "Plaats"),
    PERSON("person", Fields.PERSONS, "Persoon"),
    ORGANISATION("org", Fields.ORGANISATIONS, "Organisatie"),
    SOURCE("source", Fields.SOURCE, "Bron"),
    SECTION("section", Fields.SECTION, "Rubriek"),
    TAG("tag", Fields.TAGS, "Trefwoord"),
    LENGTH("length", Fields.LENGTH, "Lengte");

    private final String param;
    private final String field;
    private final String label;

    Facet(String param, String field, String label) {
        this.param = param;
        this.field = field;
        this.label = label;
    }

    public String param() {
        return param;
    }

    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    public static Optional<Facet> byParam(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }
}
