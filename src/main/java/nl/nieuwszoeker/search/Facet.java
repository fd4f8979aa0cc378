package nl.nieuwszoeker.search;

import java.util.Arrays;
import java.util.Optional;

/** The facets a reader can filter on: the request parameter, the index field and the Dutch label. */
public enum Facet {
    PLACE("place", "places", "Plaats"),
    PERSON("person", "persons", "Persoon"),
    ORGANISATION("org", "organisations", "Organisatie"),
    SOURCE("source", "source", "Bron"),
    SECTION("section", "section", "Rubriek"),
    TAG("tag", "tags", "Trefwoord"),
    LENGTH("length", "length", "Lengte");

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
