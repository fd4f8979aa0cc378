package nl.nieuwszoeker.indexing.entities;

/**
 * A word of the text. {@code separated} is true when punctuation or a line break lies between this word and
 * the previous one, so multi-word names never run across it. {@code credit} marks words of a photo or source
 * credit ("© ANP / Jeffrey Groeneweg", "Foto: Pim Ras"), which name agencies but never persons in the news.
 * {@code gap} is the text between the previous word and this one.
 */
record Token(String text, boolean sentenceStart, boolean separated, boolean credit, String gap) {

    Token(String text, boolean sentenceStart, boolean separated) {
        this(text, sentenceStart, separated, false, separated ? "\n" : " ");
    }

    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }
}
