package nl.nieuwszoeker.indexing.entities;

/** A full name found in the text, with the key of its last word for surname-only back-references. */
record Person(String name, String surnameKey) {

    static Person of(java.util.List<String> words) {
        return new Person(NameRules.normalise(words), NameRules.surnameKey(words.get(words.size() - 1)));
    }
}
