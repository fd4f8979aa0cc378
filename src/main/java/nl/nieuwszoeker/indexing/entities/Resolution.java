package nl.nieuwszoeker.indexing.entities;

import static nl.nieuwszoeker.indexing.entities.Cues.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a scan can type only once the whole article is read: unknown runs, lone words and short forms. */
final class Resolution extends ArticleWords {

    Resolution(ArticleWords article) {
        super(article);
    }

    /**
     * A lone word names a person only when exactly one full name ends in it, or when a title stands before
     * it ("zangeres Froukje"). Coordinated given names are settled first, against the full names written out
     * in the text, so "Biden en Kamala Harris" stays two people while "Ibrahim en Khalid El Bakraoui" gains
     * Ibrahim's surname. A place that is also a surname is the person when the article names one so.
     */
    void resolve() {
        for (int[] run : found.unknownRuns) {
            String last = text(run[1] - 1);
            boolean aloneElsewhere = found.loneWords.stream()
                    .anyMatch(l -> l.word().equals(last) && l.written().equals(last));
            if (aloneElsewhere) {
                found.person(tokens.subList(run[0], run[1]).stream().map(Token::text).toList(), run[0]);
            } else {
                found.guessed.add(run[0]);
                found.mention(EntityType.ORGANISATION, join(run[0], run[1]), run[0]);
            }
        }
        List<Person> written = List.copyOf(found.persons);
        List<LoneWord> rest = new ArrayList<>();
        for (LoneWord lone : found.loneWords) {
            if (!lone.sharedSurname().isEmpty() && Findings.uniqueBySurname(written, lone.word()).isEmpty()) {
                List<String> full = new ArrayList<>(List.of(lone.word()));
                full.addAll(lone.sharedSurname());
                found.person(full, lone.position());
            } else {
                rest.add(lone);
            }
        }
        Set<String> places = found.mentions.stream().filter(m -> m.type() == EntityType.PLACE).map(Mention::value)
                .collect(Collectors.toSet());
        for (LoneWord lone : rest) {
            Optional<Person> known = Findings.uniqueBySurname(found.persons, lone.word())
                    .or(() -> lone.written().equals(lone.word()) ? found.uniqueByGivenName(lone.word()) : Optional.empty());
            if (known.isPresent()) {
                found.mentions.add(new Mention(EntityType.PERSON, known.get().name(), lone.position()));
            } else if (lone.person() && !places.contains(lone.written()) && (surnameWithParticle(lone)
                    || !lexicon.onlyPlace(lone.word()) && (lone.titled() || mentionsOf(rest, lone.written()) >= 2))) {
                found.mentions.add(new Mention(EntityType.PERSON, lone.written(), lone.position()));
            } else if ((found.bodyCued.contains(lone.position()) || bodyVerbAfter(lone.position())
                    || coordinatedWithBody(lone.position())) && unknownWord(lone, true)
                    && !(tokens.get(lone.position()).sentenceStart() && kindOfBody(lone.word().toLowerCase(Locale.ROOT)))) {
                // ("Supermarktketen sluit …": a kind of body opening a headline is the common noun.)
                found.guessed.add(lone.position());
                found.mentions.add(new Mention(EntityType.ORGANISATION, lone.written(), lone.position()));
            } else if (unknownName(lone) && mentionsOf(rest, lone.written()) >= 2) {
                found.guessed.add(lone.position());
                found.mentions.add(new Mention(EntityType.ORGANISATION, lone.written(), lone.position()));
            }
        }
        for (Mention place : found.placesOrSurnames) {
            Optional<Person> known = Findings.uniqueBySurname(found.persons, place.value());
            found.mentions.add(known.isPresent() ? new Mention(EntityType.PERSON, known.get().name(), place.position())
                    : place);
        }
        // "(NHG)" after its name, and "het NHG" later: the short form stands for the name it was defined with.
        found.mentions.replaceAll(m -> {
            Mention named = m.type() == EntityType.PERSON ? null : found.shortForms.get(m.value());
            return named == null ? m : new Mention(named.type(), named.value(), m.position());
        });
        // "tegen Bloemendaal", then "Bloemendaal bleef terugkomen": the club throughout, but "in Bloemendaal" the town.
        found.mentions.replaceAll(m -> m.type() == EntityType.PLACE && found.matchClubs.contains(m.value())
                && !placeCue(m.position()) ? new Mention(EntityType.ORGANISATION, m.value(), m.position()) : m);
    }

    /**
     * "Van Mierlo", "Van der Elst" in mid-sentence: Dutch capitalises the particle only when no given name goes
     * before it, so this is a surname alone, even one that is also a town. Only "Van": "De Bilt", "De Lijn",
     * "Ter Apel" and "Ten Boer" are written so too.
     */
    private boolean surnameWithParticle(LoneWord lone) {
        int space = lone.written().indexOf(' ');
        return space > 0 && VAN.contains(lone.written().substring(0, space));
    }

    /**
     * A capitalised word in mid-sentence that neither the lexicon nor the lists know, and that no person in
     * the article explains, is most often the name of a company, institute or brand ("het Nivel"); taken only
     * when the article uses it more than once, since one-off words are as often events or products.
     */
    private boolean unknownName(LoneWord lone) {
        return unknownWord(lone, false);
    }

    /** As {@link #unknownName}; a sentence opener counts only when the text never writes it in lowercase. */
    private boolean unknownWord(LoneWord lone, boolean openerToo) {
        Token token = tokens.get(lone.position());
        boolean opener = token.sentenceStart();
        return lone.written().equals(lone.word()) && token.capitalised() && token.text().equals(lone.word())
                && (!opener || (openerToo && !lowercaseWords.contains(lone.word().toLowerCase(Locale.ROOT))
                        && !ordinaryWordAtSentenceStart(lone.position())))
                && !token.credit() && !lone.word().endsWith("ige")
                && !lexicon.known(lone.word()) && lone.word().length() > 2 && !DEMONYM.matcher(lone.word()).matches()
                && lone.sharedSurname().isEmpty();
    }

    /** "Lumatec sluit", "X meldde": a verb of a company's acts right after a single word. */
    private boolean bodyVerbAfter(int i) {
        // "de politie van Merseyside meldde": after a preposition the name is not the one acting.
        boolean complement = i > 0 && !tokens.get(i).separated()
                && Set.of("van", "in", "uit", "bij", "naar", "voor", "met", "op", "aan", "over", "door", "te", "tot",
                        "rond", "nabij", "onder", "tegen", "zonder", "namens", "via").contains(text(i - 1));
        return !complement && i + 1 < tokens.size() && !tokens.get(i + 1).separated()
                && BODY_VERBS.contains(text(i + 1));
    }

    /**
     * "zoals OCI en Arlanxeo", "van Arriva en Qbuzz": a word no list knows, joined by "en"/"of" to a body found
     * right beside it, is a body of the same kind.
     */
    private boolean coordinatedWithBody(int i) {
        if (i + 2 < tokens.size() && !tokens.get(i + 1).separated() && !tokens.get(i + 2).separated()
                && Set.of("en", "of").contains(text(i + 1))
                && found.mentions.stream().anyMatch(m -> m.position() == i + 2 && m.type() == EntityType.ORGANISATION)) {
            return true;
        }
        if (i < 2 || tokens.get(i).separated() || !Set.of("en", "of").contains(text(i - 1))) {
            return false;
        }
        String before = text(i - 2);
        return found.mentions.stream().anyMatch(m -> m.type() == EntityType.ORGANISATION && m.position() < i - 1
                && m.position() >= i - 6 && (m.value().endsWith(before) || m.position() == i - 2));
    }

    /** A name standing alone counts as a person only when the article uses it more than once. */
    private long mentionsOf(List<LoneWord> lones, String written) {
        return lones.stream().filter(l -> l.written().equals(written)).count();
    }
}
