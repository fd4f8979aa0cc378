package nl.nieuwszoeker.indexing.read;

/** A title for an article that has none: its lead sentence, shortened at a word boundary. */
public final class Titles {

    private static final int MAX = 200;

    private Titles() {}

    public static String leadSentence(String body) {
        String firstLine = body.strip().lines().findFirst().orElse("").strip();
        int end = firstLine.indexOf(". ");
        String sentence = end > 0 ? firstLine.substring(0, end + 1) : firstLine;
        if (sentence.length() <= MAX) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX);
        return sentence.substring(0, cut > 0 ? cut : MAX) + " …";
    }
}
