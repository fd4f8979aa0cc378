package nl.nieuwszoeker.indexing.entities;

import java.util.List;

/** Each list holds distinct normalised values in order of first mention. */
public record Entities(List<String> persons, List<String> places, List<String> organisations) {

    public Entities {
        persons = List.copyOf(persons);
        places = List.copyOf(places);
        organisations = List.copyOf(organisations);
    }
}
