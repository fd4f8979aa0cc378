package nl.nieuwszoeker.indexing.entities;

import java.util.List;

/**
 * A capitalised word standing alone: maybe a surname-only mention, or (when {@code sharedSurname} is not empty)
 * a given name coordinated with a following full name, as in "Ibrahim en Khalid El Bakraoui". {@code titled}:
 * a title or job word stands before it ("zangeres Froukje"). {@code written}: the words as the text has them ("De
 * Morgan"). {@code person}: the word names a person on its own when no full name in the article resolves it.
 */
record LoneWord(String word, int position, List<String> sharedSurname, boolean titled, String written, boolean person) {

    LoneWord {
        sharedSurname = List.copyOf(sharedSurname);
    }
}
