package nl.nieuwszoeker.indexing.entities;

/**
 * A word of the text. {@code separated} is true when punctuation or a line break lies between this word and
 * the previous one, so multi-word names never run across it.
 */
record Token(String text, boolean sentenceStart, boolean separated) {

    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean allCaps() {
        return text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && text.chars().anyMatch(Character::isLetter);
    }
}
