package nl.nieuwszoeker.indexing.entities;

import java.util.List;

/**
 * A capitalised word standing alone: maybe a surname-only mention, or (when {@code sharedSurname} is not empty)
 * a given name coordinated with a following full name, as in "Ibrahim en Khalid El Bakraoui". {@code titled}:
 * a title or job word stands before it ("zangeres Froukje"), so it names a person even when nothing resolves it.
 */
record LoneWord(String word, int position, List<String> sharedSurname, boolean titled) {

    LoneWord {
        sharedSurname = List.copyOf(sharedSurname);
    }
}
