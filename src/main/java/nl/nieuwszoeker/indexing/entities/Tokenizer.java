package nl.nieuwszoeker.indexing.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class Tokenizer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’&.][\\p{L}\\p{N}]+)*(?:\\*[\\p{L}]+)?");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?:;…\\n“„«\"]");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        boolean credit = false;
        while (m.find()) {
            String gap = text.substring(previousEnd, m.start());
            boolean first = tokens.isEmpty();
            boolean sentenceStart = first || SENTENCE_BREAK.matcher(gap).find();
            boolean separated = first || !gap.isBlank() || gap.indexOf('\n') >= 0;
            if (gap.indexOf('\n') >= 0) {
                credit = false;
            }
            if (gap.indexOf('©') >= 0 || (!first && gap.strip().startsWith(":")
                    && tokens.get(tokens.size() - 1).text().equalsIgnoreCase("foto"))) {
                credit = true;
            }
            tokens.add(new Token(m.group(), sentenceStart, separated, credit));
            previousEnd = m.end();
        }
        return tokens;
    }
}
