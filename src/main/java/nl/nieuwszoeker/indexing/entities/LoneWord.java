package nl.nieuwszoeker.indexing.entities;

import java.util.List;

/**
 * A capitalised word standing alone: maybe a surname-only mention, or (when {@code sharedSurname} is not empty)
 * a given name coordinated with a following full name, as in "Ibrahim en Khalid El Bakraoui".
 */
record LoneWord(String word, int position, List<String> sharedSurname) {

    LoneWord {
        sharedSurname = List.copyOf(sharedSurname);
    }
}
