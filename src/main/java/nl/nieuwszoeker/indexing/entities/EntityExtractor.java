package nl.nieuwszoeker.indexing.entities;

import static nl.nieuwszoeker.indexing.entities.Cues.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds persons, places and organisations in Dutch news text: the curated gazetteer (aliases and normalised
 * names), the proper names of the TaalTik lexicon (first and last names, places, organisations), and rules for
 * titles, particles, organisation words, acronyms, credits, demonyms and clubs named after their city.
 * Immutable once loaded, so one instance serves all indexing threads.
 */
public final class EntityExtractor {

    /** Bump when the rules change; the lists the rules read are hashed into {@link #version()} as they are. */
    static final String RULES_VERSION = "9";

    /** Dutch names of countries, whose national teams play as the country's name and are not typed as clubs. */
    private static final Set<String> COUNTRIES = java.util.Arrays.stream(Locale.getISOCountries())
            .map(GazetteerLoader::countryName).collect(Collectors.toUnmodifiableSet());

    static final List<String> LISTS = List.of("/entities/places.tsv", "/entities/organisations.tsv",
            "/entities/not-names.txt", "/entities/titles.txt", "/entities/organisation-words.txt",
            "/entities/clubs.txt", "/entities/sport-words.txt");

    private final Gazetteer gazetteer;
    private final NameRules names;
    private final NameLexicon lexicon;
    private final WordLists titles;
    private final WordLists organisationWords;
    private final WordLists clubs;
    private final WordLists sportWords;
    private final String version;

    private EntityExtractor(Gazetteer gazetteer, NameRules names, NameLexicon lexicon, WordLists titles,
                            WordLists organisationWords, WordLists clubs, WordLists sportWords, String version) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.lexicon = lexicon;
        this.titles = titles;
        this.organisationWords = organisationWords;
        this.clubs = clubs;
        this.sportWords = sportWords;
        this.version = version;
    }

    public static EntityExtractor load() {
        NameLexicon lexicon = NameLexicon.load();
        return new EntityExtractor(GazetteerLoader.load(), NameRules.load(), lexicon,
                WordLists.read("/entities/titles.txt"), WordLists.read("/entities/organisation-words.txt"),
                WordLists.read("/entities/clubs.txt"), WordLists.read("/entities/sport-words.txt"),
                stamp(lexicon));
    }

    /**
     * A short hash of the rules version, the lexicon the name list came from and every curated list: it changes
     * whenever the extractor may find something else, so the incremental indexer re-extracts then.
     */
    public String version() {
        return version;
    }

    private static String stamp(NameLexicon lexicon) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((RULES_VERSION + "\n" + lexicon.stamp() + "\n").getBytes(StandardCharsets.UTF_8));
            for (String list : LISTS) {
                sha.update(String.join("\n", ResourceLines.read(list)).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Entities extract(String title, String body) {
        String text = (title == null || title.isBlank() ? "" : title + "\n") + (body == null ? "" : body);
        List<Token> tokens = Tokenizer.tokenize(text);
        Set<String> lowercase = lowercaseWords(tokens);
        Scan scan = new Scan(tokens, lowercase, sportWords.distinctIn(lowercase) >= 2);
        scan.run();
        scan.resolve();
        List<Mention> kept = scan.mentions.stream().filter(m -> !scan.events.contains(m.value())).toList();
        return MentionMerging.group(MentionMerging.expandAcronyms(MentionMerging.oneTypePerName(kept, scan.guessed)));
    }

    /** Words the text itself writes in lowercase; capitalised at a sentence start they are ordinary words. */
    private static Set<String> lowercaseWords(List<Token> tokens) {
        return tokens.stream()
                .filter(t -> !t.capitalised())
                .map(t -> t.text().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    /** Per-call working state; never shared between calls. */
    private final class Scan {
        private final List<Token> tokens;
        private final Set<String> lowercaseWords;
        private final boolean sport;
        private final List<Mention> mentions = new ArrayList<>();
        /** Names the article gives to events ("het festival Lowlands"): no entity wherever they stand. */
        private final Set<String> events = new java.util.HashSet<>();
        private final List<Person> persons = new ArrayList<>();
        private final List<LoneWord> loneWords = new ArrayList<>();
        /** Places that are also surnames (Schiedam, Kampen): a person of that name in the article wins. */
        private final List<Mention> placesOrSurnames = new ArrayList<>();
        /** Positions of mentions typed by default, with no cue, list or lexicon entry saying which type. */
        private final Set<Integer> guessed = new java.util.HashSet<>();
        /** Runs of words no list knows, typed in {@link #resolve()} once the lone words are known. */
        private final List<int[]> unknownRuns = new ArrayList<>();
        /** Positions of lone words in a body's context ("woordvoerder van X", "werkt bij X"), settled in resolve(). */
        private final Set<Integer> bodyCued = new java.util.HashSet<>();
        /** Towns typed as their club by a match context: all their mentions without a place cue are the club. */
        private final Set<String> matchClubs = new java.util.HashSet<>();
        /** {@link #placeEnd} per token, -1 until asked. */
        private final int[] placeEnds;
        /** Names defined with their short form in brackets, by their first token. */
        private final java.util.Map<Integer, AcronymDefinitions.Definition> definedAt = new java.util.HashMap<>();
        /** The short forms so defined, with the named entity each stands for in this article. */
        private final java.util.Map<String, Mention> shortForms = new java.util.HashMap<>();

        Scan(List<Token> tokens, Set<String> lowercaseWords, boolean sport) {
            this.tokens = tokens;
            this.placeEnds = new int[tokens.size()];
            java.util.Arrays.fill(placeEnds, -1);
            this.lowercaseWords = lowercaseWords;
            this.sport = sport;
            AcronymDefinitions.find(tokens).forEach(d -> definedAt.putIfAbsent(d.start(), d));
        }

        void run() {
            int i = 0;
            while (i < tokens.size()) {
                i = step(i);
            }
        }

        private String text(int i) {
            return tokens.get(i).text();
        }

        private int step(int i) {
            Token token = tokens.get(i);
            AcronymDefinitions.Definition defined = definedAt.isEmpty() ? null : definedAt.get(i);
            if (defined != null) {
                Mention named = new Mention(definedType(i, defined.end()), join(i, defined.end()), i);
                mentions.add(named);
                shortForms.putIfAbsent(text(defined.acronym()), named);
                return defined.end();
            }
            if (BRANCH_WORDS.contains(token.text()) && i + 1 < tokens.size() && !tokens.get(i + 1).separated()) {
                int end = placeEnd(i + 1);
                if (end > i + 1) {
                    mention(EntityType.ORGANISATION, join(i, end), i);
                    return end;
                }
            }
            if (SHIP_PREFIXES.contains(token.text()) && i + 1 < tokens.size() && tokens.get(i + 1).capitalised()
                    && (!tokens.get(i + 1).separated() || tokens.get(i + 1).gap().strip().equals("."))) {
                return runEnd(i + 1); // "HMS Bonaventure", "Zr.Ms. Karel Doorman": a ship, none of the three kinds
            }
            int club = clubWithTown(i);
            if (club > i) {
                mention(EntityType.ORGANISATION, join(i, club), i);
                return club;
            }
            int branch = nationalBranch(i);
            if (branch > i) {
                mention(EntityType.ORGANISATION, join(i, branch), i);
                return branch;
            }
            if (i + 1 < tokens.size() && !tokens.get(i + 1).separated() && EMPIRES.contains(text(i + 1))
                    && token.capitalised() && DEMONYM.matcher(token.text()).matches() && !token.allCaps()) {
                mention(EntityType.PLACE, join(i, i + 2), i); // "het Romeinse Rijk", "het Ottomaanse Rijk"
                return i + 2;
            }
            if (STATE_WORDS.contains(token.text()) && i + 1 < tokens.size() && !tokens.get(i + 1).separated()
                    && placeEnd(i + 1) > i + 1) {
                mention(EntityType.PLACE, join(i, placeEnd(i + 1)), i); // "Groothertogdom Luxemburg"
                return placeEnd(i + 1);
            }
            int province = provinceBody(i);
            if (province > i) {
                mention(EntityType.ORGANISATION, join(i, province), i);
                return province;
            }
            int romance = romancePlaceEnd(i);
            if (romance > i) {
                mention(EntityType.PLACE, join(i, romance), i); // "San Pedro de Atacama", "Ciudad Juárez"
                return romance;
            }
            int linkedPlace = linkedPlaceEnd(i);
            if (linkedPlace > i) {
                mention(EntityType.PLACE, join(i, linkedPlace), i); // "Bergen op Zoom", "Capelle aan den IJssel"
                return linkedPlace;
            }
            Optional<Gazetteer.Match> match = gazetteer.matchAt(tokens, i).filter(m -> !ordinaryWord(i, m));
            if (match.isPresent() && branchAfterAcronym(i, match.get())) {
                // "FNV Metaal", "CNV Vakmensen": a known acronym before one word no name list knows is its branch.
                mention(EntityType.ORGANISATION, join(i, i + 2), i);
                return i + 2;
            }
            if (match.isPresent() && match.get().length() == 1 && match.get().entry().type() == EntityType.ORGANISATION
                    && organisationWords.contains(token.text()) && i + 1 < tokens.size()
                    && !tokens.get(i + 1).separated() && placeEnd(i + 1) > i + 1) {
                // "de Rekenkamer Rotterdam": a body's kind before a place names that place's own body.
                int end = placeEnd(i + 1);
                mention(EntityType.ORGANISATION, join(i, end), i);
                return end;
            }
            if (match.isPresent() && organisationAfter(i + match.get().length())) {
                // "Amsterdam UMC", "Schiphol Group": a known name followed by an organisation word names a body.
                int end = runEnd(i + match.get().length());
                mention(EntityType.ORGANISATION, join(i, end), i);
                return end;
            }
            if (match.isPresent() && token.credit() && match.get().entry().type() != EntityType.ORGANISATION) {
                return i + match.get().length(); // "© ANP / Robin Utrecht": a photographer, not the town
            }
            if (match.isPresent() && match.get().entry().type() == EntityType.ORGANISATION
                    && qualifierAfter(i + match.get().length())) {
                // "LTO Noord", "ING Nederland": a regional or national branch keeps its own name.
                int end = i + match.get().length() + 1;
                mention(EntityType.ORGANISATION, join(i, end), i);
                return end;
            }
            if (match.isPresent() && placeWordAfter(i + match.get().length())) {
                // "Philips Stadion", "Feyenoord Stadion": a known name before a building word names the building.
                int end = i + match.get().length() + 1;
                mention(EntityType.PLACE, join(i, end), i);
                return end;
            }
            if (match.isPresent()) {
                Gazetteer.Entry entry = match.get().entry();
                if (entry.type() == EntityType.PLACE && club(entry.canonical(), i, true)) {
                    mention(EntityType.ORGANISATION, entry.canonical(), i);
                } else {
                    add(entry, i);
                }
                return i + match.get().length();
            }
            String stem = NameRules.compoundStem(token.text());
            if (stem != null) {
                compound(stem, i);
                return i + 1;
            }
            if (road(token.text())) {
                mention(EntityType.PLACE, token.text(), i);
                return i + 1;
            }
            if (acronym(i) || (token.allCaps() && organisationWords.contains(token.text()))) {
                int end = runEnd(i);
                mention(EntityType.ORGANISATION, join(i, end), i);
                return end;
            }
            int surnameOnly = particleLedSurname(i);
            if (surnameOnly > i) {
                if (placeCue(i) && !VAN.contains(token.text())) {
                    mention(EntityType.PLACE, join(i, surnameOnly), i); // "in De Bilt", but "in Van der Elst"
                } else {
                    loneWords.add(new LoneWord(text(surnameOnly - 1), i, List.of(), false, join(i, surnameOnly),
                            !token.sentenceStart()));
                }
                return surnameOnly;
            }
            if (i > 0 && !token.separated() && token.capitalised() && !token.sentenceStart()
                    && !tokens.get(i - 1).capitalised() && EVENT_CUE.matcher(text(i - 1)).matches() && nameWord(i)) {
                int end = runEnd(i);
                events.add(join(i, end));
                return end;
            }
            int adjectiveLed = adjectiveLedOrganisation(i);
            if (adjectiveLed > i) {
                mention(EntityType.ORGANISATION, join(i, adjectiveLed), i);
                return adjectiveLed;
            }
            if (i >= 2 && token.capitalised() && !token.separated() && text(i - 1).equals("van")
                    && !tokens.get(i - 1).separated() && text(i - 2).equals("ministerie")
                    && !(i >= 3 && nationalityAdjective(i - 3) && !HOME_ADJECTIVES.contains(text(i - 3)))) {
                // (not "het Amerikaanse ministerie van Defensie", which is no Dutch ministry)
                int end = portfolioList(runEnd(i));
                mention(EntityType.ORGANISATION, "Ministerie van " + join(i, end), i); // "het ministerie van Financiën"
                return end;
            }
            if (!startsName(i)) {
                return i + 1;
            }
            // A portfolio or a word the lexicon does not know, right before a given name: "van Mobiliteit Annick De Ridder".
            if (i + 1 < tokens.size() && !tokens.get(i + 1).separated() && !lexicon.known(token.text()) && !titledAt(i)
                    && !organisationWord(i) && lexicon.firstName(text(i + 1)) && nameWord(i + 1)) {
                return i + 1;
            }
            int end = Set.of("Ministerie", "Departement").contains(token.text()) ? portfolioList(runEnd(i)) : runEnd(i);
            if (end < tokens.size() && FIRM_ENDINGS.contains(text(end)) && tokens.get(end).gap().strip().equals("&")) {
                // "J. Boel & Zonen"; "Mosselkweker Geluk & Zonen" opening a sentence starts after its kind.
                int from = end - i >= 2 && token.sentenceStart() && (kindOfBody(token.text().toLowerCase(Locale.ROOT))
                        || title(token.text())) ? i + 1 : i;
                mention(EntityType.ORGANISATION, join(from, end + 1), from);
                return end + 1;
            }
            int holder = holderAfterPortfolio(i, end);
            if (holder > i) {
                // "minister van Werk David Clarinval": the portfolio, then its minister.
                mention(EntityType.ORGANISATION, "Ministerie van " + join(i, holder), i);
                return holder;
            }
            if (portfolioAfterMinister(i) && gazetteer.matchAt(tokens, i).isEmpty() && !allPlaces(i, end)) {
                mention(EntityType.ORGANISATION, "Ministerie van " + join(i, end), i);
                return end;
            }
            if (namedWithEn(i, end)) {
                mention(EntityType.ORGANISATION, join(i, end + 2), i);
                return end + 2;
            }
            classify(i, end);
            return end;
        }

        /**
         * In a sports article, "Heracles Almelo", "VOC Amsterdam", "Standard Luik": one to three capitalised words no
         * list knows as a place or given name, right before a town that ends the phrase, name a club.
         */
        private int clubWithTown(int i) {
            Token first = tokens.get(i);
            if (!sport || !first.capitalised() || first.credit() || i + 1 >= tokens.size()
                    || tokens.get(i + 1).separated() || !tokens.get(i + 1).capitalised()) {
                return i;
            }
            int k = i + 1;
            while (k < tokens.size() && k - i <= 3 && !tokens.get(k).separated() && tokens.get(k).capitalised()
                    && placeEnd(k) == k) {
                k++;
            }
            if (k >= tokens.size() || tokens.get(k).separated() || !tokens.get(k).capitalised() || k - i > 3) {
                return i;
            }
            if (!names.nameWord(first.text()) && !first.allCaps() || ordinaryWordAtSentenceStart(i) || titledAt(i)
                    || title(first.text()) || strongPlaceCue(i) || placeEnd(i) > i && !lexicon.organisation(first.text())) {
                return i;
            }
            int end = placeEnd(k); // beyond k: the loop stopped at the town
            // A given name before the town ("Kees Dijkhuizen") makes a club only in a match's words ("van Heracles
            // Almelo" after a score).
            boolean person = java.util.stream.IntStream.range(i, k).anyMatch(j -> lexicon.firstName(text(j)))
                    && (k - i > 1 || !inMatch(i, end));
            if (person || lexicon.firstName(text(k)) || COUNTRIES.contains(join(k, end))
                    || end < tokens.size() && !tokens.get(end).separated() && tokens.get(end).capitalised()
                    || uniqueBySurname(persons, text(k - 1)).isPresent()) {
                return i;
            }
            return end;
        }

        /**
         * "Alzheimer Nederland", "Glastuinbouw Nederland", "Zorgverzekeraars Nederland": capitalised words right before
         * a country or region that ends the phrase name that body's national branch; not a person's name
         * ("dat Mark Rutte Nederland …", or "Rutte" after the article named him), nor places.
         */
        private int nationalBranch(int i) {
            Token first = tokens.get(i);
            if (!first.capitalised()) {
                return i;
            }
            // The qualifier first: it rules out nearly every word at the price of a few set lookups.
            int k = i;
            while (k < tokens.size() && k - i <= 3 && (k == i || !tokens.get(k).separated()) && tokens.get(k).capitalised()
                    && !BRANCH_QUALIFIERS.contains(text(k))) {
                k++;
            }
            if (k == i || k - i > 3 || k >= tokens.size() || tokens.get(k).separated()
                    || !BRANCH_QUALIFIERS.contains(text(k))
                    || k + 1 < tokens.size() && !tokens.get(k + 1).separated() && tokens.get(k + 1).capitalised()) {
                return i;
            }
            if (first.credit() || !names.nameWord(first.text()) && !first.allCaps() || titles.contains(first.text())
                    || ordinaryWordAtSentenceStart(i) || lexicon.firstName(first.text())) {
                return i;
            }
            if (allPlaces(i, k) || uniqueBySurname(persons, text(k - 1)).isPresent() || titledAt(i)
                    || gazetteer.matchAt(tokens, i).filter(m -> m.entry().type() != EntityType.ORGANISATION).isPresent()) {
                return i;
            }
            return k + 1;
        }

        /**
         * "Ministerie van Landbouw, Natuur en Voedselkwaliteit": a ministry's portfolios listed with commas and a
         * last "en" belong to its name. Returns {@code end} unchanged unless the list closes with "en".
         */
        private int portfolioList(int end) {
            int k = end;
            while (k < tokens.size() && tokens.get(k).gap().strip().equals(",") && tokens.get(k).capitalised()
                    && !tokens.get(k).sentenceStart() && !lexicon.place(text(k)) && !lexicon.firstName(text(k))
                    && !tokens.get(k).allCaps()) {
                k++;
            }
            boolean closes = k + 1 < tokens.size() && text(k).equals("en") && !tokens.get(k).separated()
                    && !tokens.get(k + 1).separated() && tokens.get(k + 1).capitalised() && !lexicon.place(text(k + 1));
            return k > end && closes ? k + 2 : end;
        }

        /** A defined name is a body unless the gazetteer or the lexicon knows it as a place ("Verenigde Staten (VS)"). */
        private EntityType definedType(int start, int end) {
            Optional<Gazetteer.Match> m = gazetteer.matchAt(tokens, start);
            if (m.isPresent() && m.get().length() == end - start) {
                return m.get().entry().type();
            }
            return allPlaces(start, end) ? EntityType.PLACE : EntityType.ORGANISATION;
        }

        /**
         * A town whose name holds a lowercase linking word: a town, or a word after a place cue, then "aan"/"op"
         * (with "de"/"den"/"het") and one capitalised word that is a place, a water or no known name; "bij" only
         * after a known name that is no town itself ("Wijk bij Duurstede", not "Houten bij Utrecht").
         */
        private int linkedPlaceEnd(int i) {
            if (i + 2 >= tokens.size() || tokens.get(i + 1).separated()) {
                return i;
            }
            String linker = text(i + 1);
            boolean bij = linker.equals("bij");
            if (!(linker.equals("aan") || linker.equals("op") || bij)) {
                return i; // checked first: it rules out almost every word at the price of one comparison
            }
            Token head = tokens.get(i);
            if (!head.capitalised() || head.allCaps() || head.credit() || !names.nameWord(head.text())
                    || organisationWord(i) || titles.contains(head.text())) {
                return i;
            }
            int k = i + 2;
            if (Set.of("de", "den", "het").contains(text(k)) && !bij) {
                k++;
            }
            if (k >= tokens.size() || tokens.get(k).separated() || !tokens.get(k).capitalised() || tokens.get(k).allCaps()
                    || !names.nameWord(text(k)) || organisationWord(k) || lexicon.firstName(text(k))
                    || lexicon.organisation(text(k))
                    || gazetteer.matchAt(tokens, k).filter(m -> m.entry().type() != EntityType.PLACE).isPresent()) {
                return i;
            }
            if (k + 1 < tokens.size() && !tokens.get(k + 1).separated() && tokens.get(k + 1).capitalised()) {
                return i;
            }
            String last = text(k);
            if (COUNTRIES.contains(last)) {
                return i; // "grenst Luxemburg aan Frankrijk": no town lies "aan" a country
            }
            boolean headPlace = lexicon.place(head.text()) && !lexicon.firstName(head.text());
            boolean cued = (placeCue(i) || inCuedList(i)) && !lexicon.firstName(head.text());
            if (bij) {
                return lexicon.known(head.text()) && !lexicon.place(head.text()) && !lexicon.firstName(head.text()) && cued
                        && lexicon.onlyPlace(last) ? k + 1 : i;
            }
            boolean lastFits = lexicon.place(last) || !lexicon.known(last) || (lexicon.lastName(last) && k > i + 2);
            return (headPlace || cued) && lastFits ? k + 1 : i;
        }

        /**
         * "in de Salar de Atacama", "San Pedro de Atacama", "Ciudad Juárez": a Romance place word, then capitalised
         * words joined by de/del/la/…, is a place, not a given name with a particle.
         */
        private int romancePlaceEnd(int i) {
            if (!ROMANCE_PLACE_HEADS.contains(text(i)) || tokens.get(i).credit() || i + 1 >= tokens.size()
                    || tokens.get(i + 1).separated() || gazetteer.matchAt(tokens, i).isPresent()) {
                return i;
            }
            int last = i;
            int k = i + 1;
            while (k < tokens.size() && !tokens.get(k).separated()) {
                Token t = tokens.get(k);
                if (t.capitalised() && !t.allCaps() && names.nameWord(t.text()) && !organisationWord(k)
                        && !titles.contains(t.text())) {
                    last = k;
                    k++;
                } else if (ROMANCE_LINKERS.contains(t.text()) && k + 1 < tokens.size() && !tokens.get(k + 1).separated()
                        && tokens.get(k + 1).capitalised()) {
                    k++;
                } else {
                    break;
                }
            }
            if (last == i || organisationAfter(last + 1)) {
                return i;
            }
            return last + 1;
        }

        /** "minister van Werk David Clarinval": the first given name after the portfolio, or {@code start}. */
        private int holderAfterPortfolio(int start, int end) {
            if (start < 2 || tokens.get(start).separated() || tokens.get(start - 1).separated()
                    || !text(start - 1).equals("van") || end - start < 3 || gazetteer.matchAt(tokens, start).isPresent()) {
                return start;
            }
            String cue = text(start - 2).toLowerCase(Locale.ROOT);
            if (!(cue.endsWith("minister") || cue.equals("staatssecretaris"))) {
                return start;
            }
            for (int j = start + 1; j + 1 < end; j++) {
                if (lexicon.firstName(text(j)) && !organisationWord(j)) {
                    return j;
                }
            }
            return start;
        }

        /**
         * "in Wijk bij Duurstede, Krimpen aan den IJssel, …": an item of a comma list opened by a strong place cue.
         * Walks back over the earlier items (capitalised words and the linking words of town names) to the cue.
         */
        private boolean inCuedList(int i) {
            int k = i;
            for (int items = 0; items < 12; items++) {
                if (k == 0 || !tokens.get(k).separated() || tokens.get(k).sentenceStart() || !tokens.get(k).capitalised()) {
                    return false;
                }
                int j = k - 1;
                while (true) {
                    Token u = tokens.get(j);
                    if (!u.capitalised() && !TOWN_LINKERS.contains(u.text())) {
                        return STRONG_PLACE_CUES.contains(u.text().toLowerCase(Locale.ROOT)) && j + 1 < k;
                    }
                    if (u.separated()) {
                        k = j;
                        break;
                    }
                    if (j == 0) {
                        return false;
                    }
                    j--;
                }
            }
            return false;
        }

        /** "FNV Metaal": a known acronym, then one capitalised word no list knows, ending the phrase. */
        private boolean branchAfterAcronym(int i, Gazetteer.Match match) {
            int j = i + 1;
            if (match.length() != 1 || match.entry().type() != EntityType.ORGANISATION || !tokens.get(i).allCaps()
                    || tokens.get(i).credit() || j >= tokens.size() || tokens.get(j).separated()) {
                return false;
            }
            Token t = tokens.get(j);
            return t.capitalised() && !t.allCaps() && names.nameWord(t.text()) && !lexicon.known(t.text())
                    && !titles.contains(t.text()) && !lowercaseWords.contains(t.text().toLowerCase(Locale.ROOT))
                    && gazetteer.matchAt(tokens, j).isEmpty() && !DEMONYM.matcher(t.text()).matches()
                    && (j + 1 >= tokens.size() || tokens.get(j + 1).separated() || !tokens.get(j + 1).capitalised());
        }

        /** "minister Femke Wiersma van Landbouw": the words after the minister's name and "van" name the ministry. */
        private boolean portfolioAfterMinister(int i) {
            if (i < 3 || tokens.get(i).separated() || tokens.get(i).sentenceStart() || !text(i - 1).equals("van")
                    || tokens.get(i - 1).separated() || !tokens.get(i - 2).capitalised()) {
                return false;
            }
            for (int k = i - 2; k >= 1 && k >= i - 6 && !tokens.get(k).separated(); k--) {
                String before = text(k - 1).toLowerCase(Locale.ROOT);
                if (!tokens.get(k - 1).capitalised() || tokens.get(k - 1).sentenceStart()) {
                    return before.endsWith("minister") || before.equals("staatssecretaris");
                }
                if (before.endsWith("minister") || before.equals("staatssecretaris")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "de provincie Zeeland" acting is the province's government; "in de provincie Zeeland" is the region and is
         * left to the place cues.
         */
        private int provinceBody(int i) {
            if (!text(i).equals("provincie") || i < 1 || i + 1 >= tokens.size() || tokens.get(i + 1).separated()
                    || !articleWord(text(i - 1)) || tokens.get(i).separated()) {
                return i;
            }
            if (i >= 2 && !tokens.get(i - 1).separated() && PLACE_CUES.contains(text(i - 2).toLowerCase(Locale.ROOT))) {
                return i;
            }
            int end = placeEnd(i + 1);
            return end > i + 1 ? end : i;
        }

        /**
         * "de partij Recht en Rechtvaardigheid": after a singular word for one body, "A en B" is one name; after a
         * plural ("netbeheerders Liander en Stedin") it is a list.
         */
        private boolean namedWithEn(int start, int end) {
            if (end != start + 1 || end + 1 >= tokens.size() || !text(end).equals("en") || tokens.get(end).separated()
                    || tokens.get(end + 1).separated() || !tokens.get(end + 1).capitalised() || start == 0
                    || tokens.get(start).separated()) {
                return false;
            }
            boolean last = end + 2 >= tokens.size() || tokens.get(end + 2).separated() || !tokens.get(end + 2).capitalised();
            String cue = text(start - 1);
            boolean singular = !tokens.get(start - 1).capitalised() && ORGANISATION_CUES.stream().anyMatch(cue::endsWith)
                    && !ORGANISATION_PLURAL.matcher(cue).matches();
            return last && singular && !isAcronym(text(start)) && !isAcronym(text(end + 1))
                    && gazetteer.matchAt(tokens, start).isEmpty() && gazetteer.matchAt(tokens, end + 1).isEmpty()
                    && !lexicon.organisation(text(start)) && !lexicon.organisation(text(end + 1));
        }

        /**
         * "Koninklijke Nederlandse Redding Maatschappij", "Vrije Universiteit": capitalised adjectives open the name
         * of a body when the capitalised words after them hold an organisation word. A nationality adjective counts
         * only after another adjective, since "de Duitse Bundesbank" is the Bundesbank.
         */
        private int adjectiveLedOrganisation(int i) {
            // "Van Gogh Museum", "De Hoge Raad": a capitalised particle may open a body's name too.
            boolean particle = tokens.get(i).capitalised() && names.particle(text(i)) && !tokens.get(i).allCaps()
                    && i + 1 < tokens.size() && !tokens.get(i + 1).separated() && tokens.get(i + 1).capitalised();
            if (nationalityAdjective(i) || tokens.get(i).capitalised() && text(i).endsWith("s") && !names.nameWord(text(i))
                    && !tokens.get(i).allCaps() && !WORDS_ENDING_IN_S.contains(text(i))) {
                // "Europese Investeringsbank", "Brussels Parlement", "Vlaams Parlement": a nationality adjective
                // before one organisation word is part of the name.
                int home = homeAdjectiveLed(i);
                if (home > i) {
                    return home;
                }
                int k = i + 1;
                boolean single = k < tokens.size() && !tokens.get(k).separated() && tokens.get(k).capitalised()
                        && organisationWords.contains(text(k)) && !titles.contains(text(k))
                        && (k + 1 >= tokens.size() || tokens.get(k + 1).separated() || !tokens.get(k + 1).capitalised());
                return single && !lexicon.known(text(k)) ? k + 1 : i;
            }
            if (!nameAdjective(i) && !(particle && (!tokens.get(i).sentenceStart() || !articleWord(text(i))))) {
                return i;
            }
            int k = i + 1;
            // "Koninklijk Nederlands Instituut voor …": after an adjective, "Nederlands" or "Vlaams" is one too.
            while (k < tokens.size() && !tokens.get(k).separated() && (nameAdjective(k) || nationalityAdjective(k)
                    || tokens.get(k).capitalised() && text(k).endsWith("s") && !names.nameWord(text(k)))) {
                k++;
            }
            if (k >= tokens.size() || tokens.get(k).separated() || !tokens.get(k).capitalised() || !nameWord(k)) {
                return i;
            }
            int end = runEnd(k);
            for (int j = k; j < end; j++) {
                if (organisationWord(j)) {
                    return end;
                }
            }
            return i;
        }

        /**
         * "Nederlandse Vereniging van Banken", "Vlaams Instituut voor de Zee", "Nederlands Kanker Instituut": a Dutch or
         * Belgian adjective, or one in its neuter form, opens a longer body's name; a foreign one ("de Duitse
         * Bundesbank", "het Franse Ministerie van Defensie") describes it, and is left to the single-word rule.
         */
        private int homeAdjectiveLed(int i) {
            String w = text(i);
            boolean home = HOME_ADJECTIVES.contains(w) || (w.endsWith("s") && !names.nameWord(w) && !w.endsWith("es"));
            int k = i + 1;
            if (!home || k >= tokens.size() || tokens.get(k).separated() || !tokens.get(k).capitalised()
                    || titles.contains(text(k))) {
                return i;
            }
            int end = runEnd(k);
            for (int j = k; j < end; j++) {
                if (organisationWord(j) && !titles.contains(text(j))) {
                    return end;
                }
            }
            return i;
        }

        private boolean articleWord(String w) {
            return Set.of("de", "het", "den").contains(w.toLowerCase(Locale.ROOT));
        }

        private boolean nameAdjective(int i) {
            Token t = tokens.get(i);
            String w = t.text();
            if (!t.capitalised() || t.allCaps() || w.length() < 4) {
                return false;
            }
            // The last letter first: the expression runs only for words that may end in -aal, -isch, -lijk, -ief.
            char last = w.charAt(w.length() - 1);
            boolean shape = last == 'e' || "lhkfr".indexOf(last) >= 0 && ADJECTIVE_FIRST.matcher(w).matches();
            return shape && names.nameWord(w) && !lexicon.known(w) && !DEMONYM.matcher(w).matches() && !title(w);
        }

        private boolean nationalityAdjective(int i) {
            Token t = tokens.get(i);
            return t.capitalised() && !t.allCaps() && t.text().endsWith("e") && DEMONYM.matcher(t.text()).matches();
        }

        private void compound(String stem, int i) {
            Optional<Gazetteer.Entry> known = gazetteer.lookupWord(stem);
            if (known.isPresent()) {
                add(known.get(), i);
            } else if (isAcronym(stem)) {
                mention(EntityType.ORGANISATION, stem, i);
            } else if (lexicon.place(stem) && !lexicon.firstName(stem)) {
                mention(EntityType.PLACE, stem, i);
            } else {
                lone(stem, i, false);
            }
        }

        /** End of a place right at {@code i} (gazetteer or lexicon), or {@code i} when there is none. */
        private int placeEnd(int i) {
            // Many rules ask this of the same word; the gazetteer and lexicon lookups are the scan's main cost.
            if (placeEnds[i] < 0) {
                placeEnds[i] = lookUpPlaceEnd(i);
            }
            return placeEnds[i];
        }

        private int lookUpPlaceEnd(int i) {
            Optional<Gazetteer.Match> m = gazetteer.matchAt(tokens, i);
            if (m.isPresent()) {
                return m.get().entry().type() == EntityType.PLACE ? i + m.get().length() : i;
            }
            String w = text(i);
            return tokens.get(i).capitalised() && lexicon.place(w) ? i + 1 : i;
        }

        /** "Te Kloese", "Van der Poel", "De Wever": a surname written without the given name. */
        private int particleLedSurname(int i) {
            Token token = tokens.get(i);
            if (!token.capitalised() || !names.particle(token.text())) {
                return i;
            }
            int k = i + 1;
            while (k < tokens.size() && !tokens.get(k).separated() && names.particle(text(k)) && !tokens.get(k).capitalised()) {
                k++;
            }
            // "De Universiteit van Amsterdam", "De Koninklijke Nederlandse …": a longer name, not a surname.
            if (k < tokens.size() && !tokens.get(k).separated() && nameWord(k) && gazetteer.matchAt(tokens, k).isEmpty()
                    && !organisationWord(k) && !PLACE_ENDING.matcher(text(k)).matches()
                    && (k + 1 >= tokens.size() || tokens.get(k + 1).separated() || !tokens.get(k + 1).capitalised())) {
                return k + 1;
            }
            return i;
        }

        private boolean startsName(int i) {
            return nameWord(i) && !ordinaryWordAtSentenceStart(i);
        }

        /** A capitalised word that may be (part of) a name: not a function word, title, month or demonym. */
        private boolean nameWord(int i) {
            String w = text(i);
            if (!names.nameWord(w) && givenNameInMidSentence(i)) {
                return true;
            }
            if (!names.nameWord(w) || title(w) || placeAdjective(w)) {
                return false;
            }
            if (lexicon.known(w) || !DEMONYM.matcher(w).matches() || PLACE_ENDING.matcher(w).matches()) {
                return true;
            }
            // "Hugo Coveliers", "Ward Beysen": after a given name a demonym-shaped word is a surname.
            if (i > 0 && !tokens.get(i).separated() && tokens.get(i - 1).capitalised()
                    && lexicon.firstName(text(i - 1))) {
                return true;
            }
            // "Farmers Defence Force" is a name; "Zwollenaren kunnen" and "Braziliaanse aanvaller" are not.
            return i + 1 < tokens.size() && !tokens.get(i + 1).separated() && tokens.get(i + 1).capitalised()
                    && names.nameWord(text(i + 1));
        }

        /** "Botic van de Zandschulp": particles right after a capitalised word belong to a name. */
        private boolean nameBefore(int particle) {
            int k = particle;
            while (k > 0 && !tokens.get(k).separated() && names.particle(text(k)) && !tokens.get(k).capitalised()) {
                k--;
            }
            return k < particle && !tokens.get(k + 1).separated() && tokens.get(k).capitalised();
        }

        /** "Haarlemmer", "Amsterdammer", "Leidenaar": an inhabitant, not the town. */
        private boolean demonymOfPlace(String w) {
            for (String end : List.of("mer", "ner", "er", "aar")) {
                if (w.length() > end.length() + 2 && w.endsWith(end)
                        && lexicon.place(w.substring(0, w.length() - end.length()))) {
                    return true;
                }
            }
            return false;
        }

        /** "Elke Van den Brandt", "Augustus De Morgan": capitalised in mid-sentence, a given name before a name. */
        private boolean givenNameInMidSentence(int i) {
            Token t = tokens.get(i);
            if (t.sentenceStart() || t.allCaps() || !t.capitalised() || !lexicon.firstName(t.text())
                    || i + 1 >= tokens.size() || tokens.get(i + 1).separated()) {
                return false;
            }
            int k = i + 1;
            while (k < tokens.size() && !tokens.get(k).separated() && names.particle(text(k))) {
                k++;
            }
            return k < tokens.size() && !tokens.get(k).separated() && tokens.get(k).capitalised()
                    && names.nameWord(text(k)) && (lexicon.lastName(text(k)) || !lexicon.known(text(k)));
        }

        /** "Delftse", "Utrechtse": the adjective of a town is no place. */
        private boolean placeAdjective(String w) {
            return w.length() > 4 && w.endsWith("se") && gazetteer.lookupWord(w).isEmpty() && !lexicon.lastName(w)
                    && !lexicon.firstName(w)
                    && (lexicon.place(w.substring(0, w.length() - 2)) || lexicon.place(w.substring(0, w.length() - 1)));
        }

        /** "Telegram" opening a sentence in a text that also writes "telegram" is the common noun; "IS" is not. */
        private boolean ordinaryWord(int i, Gazetteer.Match match) {
            return match.length() == 1 && ordinaryWordAtSentenceStart(i);
        }

        private boolean ordinaryWordAtSentenceStart(int i) {
            Token token = tokens.get(i);
            if (!token.sentenceStart() || token.allCaps() || !lowercaseWords.contains(token.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
            // "Universiteit Leiden stopt" opens with a name although the text also writes "de universiteit".
            boolean nameFollows = i + 1 < tokens.size() && !tokens.get(i + 1).separated()
                    && tokens.get(i + 1).capitalised() && names.nameWord(text(i + 1)) && organisationWords.contains(token.text());
            return !nameFollows;
        }

        /** A1, N270: checked first by length and letter, since every word that gets this far is tried. */
        private static boolean road(String w) {
            return w.length() >= 2 && w.length() <= 4 && (w.charAt(0) == 'A' || w.charAt(0) == 'N')
                    && ROAD.matcher(w).matches();
        }

        /** CDA, RIVM, and the mixed ones with a lowercase letter or two: PvdA, KvK, LSVb. */
        private boolean isAcronym(String w) {
            if (!Character.isUpperCase(w.codePointAt(0)) || w.endsWith(".")) {
                return false;
            }
            int[] counts = NameRules.letterCounts(w);
            int letters = counts[0];
            int capitals = counts[1];
            return letters >= 2 && letters <= 6
                    && (capitals == letters || (capitals >= 2 && capitals * 2 >= letters && !w.contains(".")))
                    && !NOT_ACRONYMS.contains(w) && !ROMAN.matcher(w).matches() && !CODE.matcher(w).matches();
        }

        /** An acronym, not a word of a headline set in capitals ("LEGER EIST AANSLAG OP"). */
        private boolean acronym(int i) {
            if (!isAcronym(text(i))) {
                return false;
            }
            boolean capsBefore = i > 0 && !tokens.get(i).separated() && capsWord(i - 1);
            boolean capsAfter = i + 1 < tokens.size() && !tokens.get(i + 1).separated() && capsWord(i + 1);
            return !capsBefore && !capsAfter;
        }

        private boolean capsWord(int i) {
            Token t = tokens.get(i);
            return t.allCaps() && t.text().length() >= 3 && gazetteer.matchAt(tokens, i).isEmpty();
        }

        private boolean organisationWord(int i) {
            String w = text(i);
            return organisationWords.contains(w) || (tokens.get(i).allCaps() && isAcronym(w));
        }

        /** The end of a run of name words from {@code start}: particles join persons' names, linking words organisations'. */
        private int runEnd(int start) {
            boolean organisation = organisationWord(start);
            int j = start + 1;
            while (j < tokens.size() && !tokens.get(j).separated()) {
                if (suspendedCompound(j)) {
                    organisation |= organisationWord(j + 1);
                    j += 2;
                    continue;
                }
                if (organisation && j - start >= 2 && tokens.get(j).allCaps() && isAcronym(text(j))
                        && !tokens.get(j - 1).allCaps()) {
                    break; // "Vereniging Nederlandse Reisbranche ANVR": the acronym after a long name is its short form
                }
                if (continues(j, organisation)) {
                    organisation |= organisationWord(j);
                    j++;
                    continue;
                }
                int k = j;
                while (k < tokens.size() && !tokens.get(k).separated() && linker(k, organisation)) {
                    k++;
                }
                if (organisation && k == j && !tokens.get(j).separated() && j + 1 < tokens.size()
                        && !tokens.get(j + 1).separated() && joinsWithEn(start, j, j + 1)) {
                    j += 2;
                    continue;
                }
                if (k > j && k < tokens.size() && !tokens.get(k).separated() && continues(k, organisation)
                        && !cutWord(k) // "de Egmont- en de Stuyvenbergakkoorden": a cut word, no name
                        && (organisation ? (!lexicon.firstName(text(k)) || placeNotGivenName(k))
                                && (!Set.of("aan", "op").contains(text(j))
                                || bodyWordIn(start, j)) : particleMayFollow(start, j, k))) {
                    organisation |= organisationWord(k);
                    j = k + 1;
                    continue;
                }
                break;
            }
            return j;
        }

        /** "Universiteit van Colorado": a place the lexicon also lists as a given name, with no surname after it. */
        private boolean placeNotGivenName(int k) {
            return lexicon.place(text(k)) && (k + 1 >= tokens.size() || tokens.get(k + 1).separated()
                    || !tokens.get(k + 1).capitalised() && !names.particle(text(k + 1)));
        }

        private boolean cutWord(int k) {
            return text(k).endsWith("-") || k + 1 < tokens.size() && tokens.get(k + 1).gap().strip().startsWith("-");
        }

        /**
         * "Theater aan de Parade" holds a body word before "aan"; "DP World aan het Deurganckdok" only an acronym,
         * so there "aan" leads to the body's site, not its name.
         */
        private boolean bodyWordIn(int start, int end) {
            for (int k = start; k < end; k++) {
                if (organisationWords.contains(text(k)) && !tokens.get(k).allCaps()) {
                    return true;
                }
            }
            return false;
        }

        /** "Voedsel- en Warenautoriteit": after a word cut at its hyphen, "en" and the next word belong to the name. */
        private boolean suspendedCompound(int j) {
            return text(j - 1).endsWith("-") && Set.of("en", "of").contains(text(j)) && j + 1 < tokens.size()
                    && !tokens.get(j + 1).separated() && tokens.get(j + 1).capitalised();
        }

        private boolean continues(int j, boolean organisation) {
            Token t = tokens.get(j);
            if (organisation) {
                return (t.capitalised() && !titles.contains(t.text()) && names.nameWord(t.text()))
                        || (t.allCaps() && isAcronym(t.text()))
                        || placeEnd(j) == j + 1
                        || adjectiveInName(j);
            }
            Optional<Gazetteer.Match> known = gazetteer.matchAt(tokens, j);
            if (known.isPresent()) {
                int after = j + known.get().length();
                // "Royal Schiphol Group": a known body whose last word is a body word may carry a longer name.
                boolean bodyWordLast = known.get().entry().type() == EntityType.ORGANISATION
                        && organisationWords.contains(text(after - 1)) && tokens.get(after - 1).capitalised();
                return organisationAfter(after) || bodyWordLast;
            }
            return nameWord(j) || (t.allCaps() && organisationWords.contains(t.text()))
                    || (ROMAN.matcher(t.text()).matches() && t.text().length() <= 4);
        }

        /** "Vereniging van Nederlandse Gemeenten": a nationality adjective inside a body's name, before a name word. */
        private boolean adjectiveInName(int j) {
            Token t = tokens.get(j);
            return t.capitalised() && !t.allCaps() && !names.nameWord(t.text()) && !titles.contains(t.text())
                    && (HOME_ADJECTIVES.contains(t.text()) || DEMONYM.matcher(t.text()).matches())
                    && j + 1 < tokens.size() && !tokens.get(j + 1).separated() && tokens.get(j + 1).capitalised()
                    && names.nameWord(text(j + 1));
        }

        private boolean linker(int k, boolean organisation) {
            String w = text(k);
            if (organisation && tokens.get(k - 1).allCaps()) {
                return false; // "de MIVB aan het Brussels Parlement": an acronym is the whole name
            }
            if (organisation) {
                return Set.of("van", "voor", "de", "der", "den", "het", "op", "aan", "of", "for", "and", "&", "De", "Het",
                        "Van", "Voor", "Der").contains(w);
            }
            return names.particle(w);
        }

        private boolean qualifierAfter(int j) {
            return j < tokens.size() && !tokens.get(j).separated()
                    && Set.of("Noord", "Zuid", "Oost", "West", "Midden", "Nederland", "Vlaanderen", "Wallonië", "Europa",
                            "International", "Internationaal").contains(text(j))
                    && (j + 1 >= tokens.size() || tokens.get(j + 1).separated() || !tokens.get(j + 1).capitalised());
        }

        /** A capitalised word such as Stadion, Plein or Arena right at {@code j}, in the same phrase. */
        private boolean placeWordAfter(int j) {
            return j < tokens.size() && !tokens.get(j).separated() && tokens.get(j).capitalised()
                    && !tokens.get(j).allCaps() && PLACE_ENDING.matcher(text(j)).matches() && !lexicon.known(text(j))
                    && gazetteer.matchAt(tokens, j).isEmpty();
        }

        /** A capitalised organisation word right at {@code j}, in the same phrase. */
        private boolean organisationAfter(int j) {
            return j < tokens.size() && !tokens.get(j).separated() && tokens.get(j).capitalised()
                    && organisationWords.contains(text(j)) && !titles.contains(text(j));
        }

        /**
         * "Inspectie Leefomgeving en Transport", "Waterschap Aa en Maas": "en" joins one last word to a body's name
         * of two or more words; not a second body ("Rabobank en ING", "KLM en Transavia").
         */
        private boolean joinsWithEn(int start, int j, int k) {
            if (k != j + 1 || !text(j).equals("en") || j - start < 2 || k >= tokens.size()) {
                return false;
            }
            String w = text(k);
            boolean last = k + 1 >= tokens.size() || tokens.get(k + 1).separated() || !tokens.get(k + 1).capitalised();
            return last && tokens.get(k).capitalised() && !tokens.get(k).allCaps() && !organisationWords.contains(w)
                    && !lexicon.organisation(w) && gazetteer.matchAt(tokens, k).isEmpty();
        }

        /** "Els van Doesburg" but not "Cor Lamers van Schiedam": only given names may precede a particle. */
        private boolean particleMayFollow(int start, int end, int surname) {
            if (end - start == 1) {
                // "Botic van de Zandschulp": two particles before a known surname join even an unknown given name.
                boolean twoParticles = surname - end >= 2 && lexicon.lastName(text(surname))
                        && !lexicon.organisation(text(surname)) && !lexicon.onlyPlace(text(surname));
                // An unknown word before "van" is a given name only where a surname follows or mid-sentence:
                // "Kritiek van Hans", "Hervorming van de Instellingen" open a sentence or a heading.
                boolean unknownGiven = !lexicon.known(text(start))
                        && (lexicon.lastName(text(surname)) || !tokens.get(start).sentenceStart());
                return lexicon.firstName(text(start)) || unknownGiven || twoParticles;
            }
            for (int i = start; i < end; i++) {
                if (!lexicon.firstName(text(i))) {
                    return false;
                }
            }
            return true;
        }

        private boolean titledAt(int i) {
            return i > 0 && !tokens.get(i).separated() && (title(text(i - 1)) || AGE.matcher(text(i - 1)).matches());
        }

        /** "Landbouwminister" ends in a title, but the surname Beljaarts does not end in "arts". */
        private boolean title(String w) {
            if (kindOfBody(w.toLowerCase(Locale.ROOT))) {
                return false; // "Marktonderzoeker NielsenIQ": a firm's kind, though it ends in the job "onderzoeker"
            }
            return titles.containsWhole(w) || (titles.contains(w) && !lexicon.known(w));
        }

        private boolean placeCue(int i) {
            if (i > 0 && !tokens.get(i).separated() && PLACE_CUES.contains(text(i - 1).toLowerCase(Locale.ROOT))) {
                return true;
            }
            return i > 1 && !tokens.get(i).separated() && !tokens.get(i - 1).separated()
                    && Set.of("de", "het").contains(text(i - 1))
                    && PLACE_CUES_WITH_ARTICLE.contains(text(i - 2).toLowerCase(Locale.ROOT))
                    || listedAfter(i, PLACE_PLURAL);
        }

        /** "in Valencia", "de regio Valencia": a place even where the word is also a given name. */
        private boolean strongPlaceCue(int i) {
            return i > 0 && !tokens.get(i).separated()
                    && STRONG_PLACE_CUES.contains(text(i - 1).toLowerCase(Locale.ROOT)) || listedAfter(i, PLACE_PLURAL);
        }

        private boolean organisationCue(int i) {
            if (i == 0 || tokens.get(i).separated()) {
                return listedAfter(i, ORGANISATION_PLURAL);
            }
            Token before = tokens.get(i - 1);
            String cue = before.text().toLowerCase(Locale.ROOT);
            if (before.capitalised() && !before.sentenceStart()) {
                return false;
            }
            if (kindOfBody(cue)) {
                return true;
            }
            return ORGANISATION_PLURAL.matcher(cue).matches() || listedAfter(i, ORGANISATION_PLURAL);
        }

        /**
         * "dorpen als Paiporta en Chiva", "webwinkels als Bol en Amazon", "woningcorporaties Mitros en Bo-Ex":
         * names listed after a plural noun (and "als") are of the kind the noun says. Walks back over the list.
         */
        private boolean listedAfter(int i, Pattern plural) {
            int k = i - 1;
            while (k >= 0) {
                String w = text(k);
                if (!tokens.get(k + 1).separated() && (w.equals("als") || w.equals("zoals"))) {
                    // "scheepsfirma's, zoals Exmar": "zoals" may follow a comma, "als" may not.
                    boolean joined = !tokens.get(k).separated() || w.equals("zoals") && tokens.get(k).gap().strip().equals(",");
                    return k > 0 && joined && plural.matcher(text(k - 1)).matches();
                }
                if (!tokens.get(k + 1).separated() && plural.matcher(w).matches() && !tokens.get(k).capitalised()) {
                    return true;
                }
                boolean listSeparator = (w.equals("en") || w.equals("of")) && !tokens.get(k + 1).separated();
                boolean comma = tokens.get(k + 1).separated() && !tokens.get(k + 1).sentenceStart()
                        && tokens.get(k).capitalised();
                if (listSeparator) {
                    k--;
                    if (k < 0 || !tokens.get(k).capitalised() || tokens.get(k + 1).separated()) {
                        return false;
                    }
                    k = startOfCapitalised(k) - 1;
                } else if (comma) {
                    k = startOfCapitalised(k) - 1;
                } else {
                    return false;
                }
            }
            return false;
        }

        private int startOfCapitalised(int k) {
            while (k > 0 && !tokens.get(k).separated() && tokens.get(k - 1).capitalised()) {
                k--;
            }
            return k;
        }

        /** @param town true for a name known as a place (a country's team is not its club) */
        private boolean club(String name, int i, boolean town) {
            if (!sport || placeCue(i)) {
                return false;
            }
            if (clubs.contains(name)) {
                return true;
            }
            if (town && !COUNTRIES.contains(name) && inMatch(i, i + name.split(" ").length)) {
                matchClubs.add(name);
                return true;
            }
            return false;
        }

        /**
         * In a match report, a town's name after "tegen", after a score and "van"/"bij" ("met 3-2 van Laren"), or
         * beside a verb of winning or playing ("won Den Bosch", "Amsterdam speelde") is the town's club.
         */
        private boolean inMatch(int start, int end) {
            if (start > 0 && !tokens.get(start).separated()) {
                String before = text(start - 1);
                if (before.equals("tegen") || MATCH_VERBS.contains(before)) {
                    return true;
                }
                if (Set.of("van", "bij").contains(before) && start > 1 && !tokens.get(start - 1).separated()
                        && SCORE.matcher(text(start - 2)).matches()) {
                    return true;
                }
            }
            return end < tokens.size() && !tokens.get(end).separated() && MATCH_VERBS.contains(text(end));
        }

        private void classify(int start, int end) {
            int s = start;
            // A capitalised sentence opener the lexicon does not know, right before a given name: "Landbouwminister".
            while (end - s > 1 && tokens.get(s).sentenceStart() && !lexicon.known(text(s))
                    && lexicon.firstName(text(s + 1)) && !organisationWord(s)) {
                s++;
            }
            // "de Engelsman Luke Littler", "de Schot Gary Anderson": a known word that is no given name, before a
            // given name and a surname, is a nationality or a role, not part of the name.
            while (end - s >= 3 && lexicon.known(text(s)) && !lexicon.firstName(text(s)) && !lexicon.place(text(s))
                    && !lexicon.organisation(text(s)) && lexicon.firstName(text(s + 1)) && !organisationWord(s)) {
                s++;
            }
            // "de Sloveen Tadej Pogačar": after "de", a capitalised noun no name list knows, before two name words,
            // is a nationality or a role.
            if (end - s >= 3 && s > 0 && !tokens.get(s).separated() && text(s - 1).equalsIgnoreCase("de")
                    && !lexicon.firstName(text(s)) && !lexicon.place(text(s)) && !lexicon.organisation(text(s))
                    && !adjectiveFirst(s) && !ADJECTIVE.matcher(text(s)).matches() && !HOME_ADJECTIVES.contains(text(s))
                    && NATIONALITY_NOUN.matcher(text(s)).matches() && !tokens.get(s).allCaps()
                    && tokens.subList(s, end).stream().noneMatch(t -> organisationWords.contains(t.text()))) {
                s++;
            }
            boolean titled = titledAt(s) || s > start;
            boolean organisation = false;
            for (int i = s; i < end; i++) {
                organisation |= organisationWord(i);
            }
            if (organisation && titledAt(s) && tokens.get(s - 1).capitalised() && !tokens.get(s - 1).sentenceStart()) {
                // "het Prinses Máxima Centrum": a capitalised title inside a body's name is part of it.
                s--;
            }
            if (organisation && end - s == 1 && tokens.get(s).sentenceStart() && !lexicon.known(text(s))
                    && (organisationWords.containsWhole(text(s)) || pluralOf(text(s)))) {
                return; // "Banken en ziekenhuizen …", "Natuurorganisaties als …": a generic word opening a sentence.
            }
            // Mid-sentence, a capitalised kind is part of the name: "het Rijksmuseum Twenthe".
            if (end - s >= 2 && genericWord(text(s)) && !restIsPlace(s + 1, end) && tokens.get(s).sentenceStart()) {
                // "Netbeheerders Liander", "Reizigersvereniging Rover", "Vakbond De Unie": the kind, then the name;
                // before two or more words the kind may be the name's head ("Uitvoeringsorganisatie Herstel Toeslagen").
                // "Drinkwaterbedrijf Brabant Water": a name opening with a known place or body is the name itself.
                boolean strip = end - s == 2 || articleWord(text(s + 1)) || organisationWords.containsWhole(text(s + 1))
                        || lexicon.place(text(s + 1)) || gazetteer.matchAt(tokens, s + 1).isPresent();
                mention(EntityType.ORGANISATION, join(strip ? s + 1 : s, end), strip ? s + 1 : s);
                return;
            }
            if (organisation && end - s == 1 && organisationWords.containsWhole(text(s))
                    && !lexicon.organisation(text(s))) {
                // "het Havenbedrijf", "de Kamer": a body's kind alone refers to the one body of that kind named before.
                String kind = text(s);
                List<String> earlier = mentions.stream().filter(m -> m.type() == EntityType.ORGANISATION)
                        .map(Mention::value).filter(v -> List.of(v.split(" ")).contains(kind)).distinct().toList();
                if (earlier.size() == 1) {
                    mention(EntityType.ORGANISATION, earlier.get(0), s);
                }
                // "de Vereniging" with no body of that kind named: the ordinary noun.
                return;
            }
            if (end - s >= 2 && STREET_ENDING.matcher(text(end - 1)).matches() && !lexicon.known(text(end - 1))) {
                mention(EntityType.PLACE, join(s, end), s); // "Paulus Potterstraat", "Anton de Komplein"
                return;
            }
            if (text(s).equals("The") && end - s > 1) {
                mention(EntityType.ORGANISATION, join(s, end), s); // The Lancet, The Guardian
                return;
            }
            if (tokens.get(s).credit()) {
                if (organisation) {
                    mention(EntityType.ORGANISATION, join(s, end), s);
                }
                return;
            }
            if (EVENT_ENDING.matcher(text(end - 1)).matches()) {
                return;
            }
            if (organisation && end - s == 2 && tokens.get(s).sentenceStart() && acronym(s + 1)
                    && !lexicon.known(text(s)) && organisationWords.contains(text(s))) {
                // "Vakbond FNV noemt": a generic word opening the sentence, then the organisation's own name.
                mention(EntityType.ORGANISATION, text(s + 1), s + 1);
            } else if (organisation) {
                mention(EntityType.ORGANISATION, join(s, end), s);
            } else if (end - s == 1) {
                single(s, titled);
            } else if (pairedWithPerson(s, end)) {
                person(tokens.subList(s, end).stream().map(Token::text).toList(), s);
            } else if (!titled && organisationCue(s)) {
                mention(EntityType.ORGANISATION, join(s, end), s);
            } else if (!titled && strongPlaceCue(s) && !lexicon.organisation(text(s)) && !INITIAL.matcher(text(s)).matches()
                    && !(lexicon.firstName(text(s)) && lexicon.lastName(text(end - 1)))) {
                mention(EntityType.PLACE, join(s, end), s); // "in Khan Younis": a place cue outweighs an unknown name
            } else if (!titled && adjectiveFirst(s) && end - s == 2 && !ORDINALS.contains(text(s))) {
                // "Tweede Wereldoorlog", "Klassieke Oudheid": with no body word, an adjective and a noun name a
                // period, a concept or a region; taken only where the words say place.
                if (PLACE_ENDING.matcher(text(end - 1)).matches() || allPlaces(s + 1, end)) {
                    mention(EntityType.PLACE, join(s, end), s);
                }
            } else if (!titled && adjectiveFirst(s)) {
                // "Medisch Spectrum Twente": longer, it is a body unless the words say place; never a person. An
                // ordinal opens names too ("Tweede Wereldoorlog"), kept as before for search though rarely a body.
                EntityType type = PLACE_ENDING.matcher(text(end - 1)).matches() || placeCue(s) || allPlaces(s, end)
                        ? EntityType.PLACE : EntityType.ORGANISATION;
                mention(type, join(s, end), s);
            } else if (personLike(s, end, titled)) {
                if (!titled && !lexicon.firstName(text(s))) {
                    guessed.add(s);
                }
                person(tokens.subList(s, end).stream().map(Token::text).toList(), s);
                coordinatedGivenName(s, end);
            } else if (!lexicon.known(text(s)) && !lexicon.known(text(end - 1)) && !placeCue(s)
                    && !PLACE_ENDING.matcher(text(end - 1)).matches()) {
                // Unknown words only: a person if the article uses the last one alone ("Gorzelany"), else a body.
                unknownRuns.add(new int[] {s, end});
            } else if (PLACE_ENDING.matcher(text(end - 1)).matches() || placeCue(s) || allPlaces(s, end)) {
                mention(EntityType.PLACE, join(s, end), s);
            } else {
                guessed.add(s);
                mention(EntityType.ORGANISATION, join(s, end), s);
            }
        }

        /** "Keltische stammen", "Friese koeien": a capitalised adjective before the lowercase noun it describes. */
        private boolean adjectiveBeforeNoun(int i) {
            String w = text(i);
            return (w.endsWith("ische") || w.endsWith("sche") || w.endsWith("aanse") || w.endsWith("iaanse"))
                    && i + 1 < tokens.size() && !tokens.get(i + 1).separated() && !tokens.get(i + 1).capitalised()
                    && Character.isLetter(text(i + 1).charAt(0));
        }

        /**
         * A capitalised adjective no name list knows as a name: "Tweede", "Klassieke", "Zeeuwse", "Koninklijk".
         * Given names of that shape ("Ilse", "Brigitte") are in the lexicon and so never count.
         */
        private boolean adjectiveFirst(int i) {
            Token t = tokens.get(i);
            String w = t.text();
            if (!t.capitalised() || t.allCaps() || lexicon.firstName(w) || lexicon.lastName(w) || lexicon.place(w)
                    || lexicon.organisation(w) || w.length() < 4) {
                return false;
            }
            return ADJECTIVE.matcher(w).matches() || ADJECTIVE_FIRST.matcher(w).matches()
                    || PLAIN_ADJECTIVES.contains(w);
        }

        /** A word naming a kind of body, as a cue does: Vakbond, Netbeheerders, Schoolbestuur. */
        private boolean genericWord(String w) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lexicon.known(w) || organisationWords.containsWhole(w) && !lower.equals("vakbond")) {
                return lower.equals("vakbond");
            }
            if (kindOfBody(lower)) {
                return true;
            }
            return ORGANISATION_PLURAL.matcher(lower).matches() || lower.endsWith("bestuur");
        }

        private boolean pluralOf(String w) {
            String lower = w.toLowerCase(Locale.ROOT);
            return (lower.endsWith("en") || lower.endsWith("s")) && organisationWords.contains(w)
                    && ORGANISATION_PLURAL.matcher(lower).matches();
        }

        /** "Universiteit Gent", "Waterschap Limburg": the kind stays part of a body named after its place. */
        private boolean restIsPlace(int from, int end) {
            if (Set.of("van", "voor").contains(text(from))) {
                return true;
            }
            Optional<Gazetteer.Match> m = gazetteer.matchAt(tokens, from);
            if (m.isPresent()) {
                return m.get().entry().type() == EntityType.PLACE && from + m.get().length() == end;
            }
            return end - from == 1 && lexicon.place(text(from));
        }

        private boolean allPlaces(int s, int end) {
            for (int i = s; i < end; i++) {
                if (!lexicon.place(text(i)) && !names.particle(text(i))) {
                    return false;
                }
            }
            return true;
        }

        /** "Arnon Grunberg en Hanna Bervoets": two unknown words joined by "en" to a given name and surname. */
        private boolean pairedWithPerson(int s, int end) {
            if (end - s != 2 || end + 2 >= tokens.size() || !text(end).equals("en") || tokens.get(end).separated()
                    || tokens.get(end + 1).separated() || tokens.get(end + 2).separated()) {
                return false;
            }
            return lexicon.firstName(text(end + 1)) && nameWord(end + 2) && !lexicon.place(text(end + 1))
                    && !lexicon.place(text(s)) && !organisationWord(end + 2) && !organisationWord(end + 1);
        }

        private boolean personLike(int s, int end, boolean titled) {
            String first = text(s);
            String last = text(end - 1);
            if (PLACE_ENDING.matcher(last).matches() && !lexicon.firstName(first)) {
                return false;
            }
            if (titled && !lexicon.onlyPlace(first)) {
                return true; // "directeur Alex Kroes" although Alex is also a bank
            }
            if (lexicon.onlyPlace(first) || lexicon.organisation(first)) {
                return false;
            }
            if (end - s >= 2 && Set.of("La", "Las", "Los", "Les", "Il", "Die", "Das").contains(first)
                    && !tokens.get(s).sentenceStart()) {
                return false; // "La Familia Michoacana", "Los Tlacos": a foreign article opens a body's name
            }
            if (!lexicon.known(first) && ADJECTIVE_FIRST.matcher(first).matches() && !titled) {
                return false; // "Nationaal Hitteplan", "Centraal Bureau"
            }
            // "Botic van de Zandschulp": particles between two words end in a surname.
            boolean particles = end - s >= 3 && names.particle(text(s + 1)) && lexicon.lastName(last);
            return lexicon.firstName(first) || titled || particles
                    || (!lexicon.known(first) && lexicon.lastName(last)) || (!lexicon.known(first) && spoken(s, end))
                    || end - s >= 2 && personContextAfter(end);
        }

        /**
         * What news and reference text write only after a person's name: an age or life dates in brackets ("Jan
         * Dekker (45)", "Augustus De Morgan (1806-1871)"), or a comma and a job ("Ilse Vos, directeur van …").
         */
        private boolean personContextAfter(int end) {
            if (end >= tokens.size()) {
                return false;
            }
            Token next = tokens.get(end);
            String w = next.text();
            if (next.gap().strip().equals("(")) {
                boolean age = w.matches("\\d{1,3}") && Integer.parseInt(w) <= 110 && end + 1 < tokens.size()
                        && tokens.get(end + 1).gap().strip().startsWith(")");
                boolean born = w.matches("(1[0-9]{3}|20[0-9]{2})-(1[0-9]{3}|20[0-9]{2})")
                        || w.matches("1[0-9]{3}|20[0-9]{2}") && end + 1 < tokens.size()
                        && tokens.get(end + 1).gap().strip().matches("[-–—]");
                return age || born || Set.of("geboren", "geb.").contains(w);
            }
            if (next.gap().strip().equals(",")) {
                int k = Set.of("de", "het", "een").contains(w) && end + 1 < tokens.size() ? end + 1 : end;
                return !tokens.get(k).capitalised() && titles.contains(text(k)) && !kindOfBody(text(k));
            }
            return false;
        }

        /**
         * "zegt Agustina Gorzelany", "Tine Roose zei": a verb of saying right before or after a run of unknown words
         * makes it a person; without one such a run ("North Sea Port", "Tokyo Electron") is more often a body.
         */
        private boolean spoken(int s, int end) {
            boolean before = s > 0 && !tokens.get(s).separated() && SPEECH_VERBS.contains(text(s - 1));
            boolean after = end < tokens.size() && !tokens.get(end).separated() && SPEECH_VERBS.contains(text(end));
            return before || after;
        }

        private void single(int i, boolean titled) {
            String w = text(i);
            if (titled) {
                lone(w, i, true);
            } else if (EVENT_WORD.matcher(w).matches() || adjectiveBeforeNoun(i)) {
                return;
            } else if (i > 0 && !tokens.get(i).separated() && VENUE_CUES.contains(text(i - 1))) {
                mention(EntityType.PLACE, w, i);
            } else if (organisationCue(i)) {
                mention(EntityType.ORGANISATION, w, i);
            } else if (!lexicon.known(w) && bodyContextBefore(i)) {
                bodyCued.add(i); // "woordvoerder van X", "werkt bij X": a body unless a person explains the word
                lone(w, i, false);
            } else if (club(w, i, lexicon.place(w))) {
                mention(EntityType.ORGANISATION, w, i);
            } else if (lexicon.place(w) && (!lexicon.firstName(w) || placeCue(i))) {
                Mention place = new Mention(EntityType.PLACE, w, i);
                if (lexicon.lastName(w) && !placeCue(i)) {
                    placesOrSurnames.add(place);
                } else {
                    mentions.add(place);
                }
            } else if (lexicon.organisation(w)) {
                mention(EntityType.ORGANISATION, w, i);
            } else if (i > 0 && !tokens.get(i).separated() && Set.of("de", "den").contains(text(i - 1))
                    && !tokens.get(i).sentenceStart() && !tokens.get(i).credit() && !organisationWord(i)
                    && !ADJECTIVE.matcher(w).matches() && !lowercaseWords.contains(w.toLowerCase(Locale.ROOT))
                    && (i + 1 >= tokens.size() || tokens.get(i + 1).separated() || !tokens.get(i + 1).capitalised())
                    && lexicon.known(w) && !demonymOfPlace(w) && !nameBefore(i - 1)) {
                // "de Maas", "de Geul", "de Bijlmer": a single name behind the article is a river, region or
                // building far more often than anything else; a person of that surname in the article wins.
                placesOrSurnames.add(new Mention(EntityType.PLACE, w, i));
            } else if (PLACE_ENDING.matcher(w).matches() && !lexicon.firstName(w) && !lexicon.lastName(w)) {
                mention(EntityType.PLACE, w, i);
            } else if (placeCue(i) && !lexicon.firstName(w) && !lexicon.lastName(w)) {
                mention(EntityType.PLACE, w, i);
            } else if (strongPlaceCue(i) && (!lexicon.lastName(w) || !Set.of("in", "uit", "te").contains(text(i - 1)))) {
                mention(EntityType.PLACE, w, i);
            } else if ((coordinatedWithCuedPlace(i) || inCuedList(i)) && !lexicon.firstName(w)) {
                mention(EntityType.PLACE, w, i); // "in Wenen en Graz": the cue covers both
            } else if (i > 0 && !tokens.get(i).separated() && text(i - 1).equalsIgnoreCase("het") && !lexicon.known(w)
                    && !tokens.get(i).sentenceStart() && !tokens.get(i).credit()) {
                // "het Nivel", "het Louvre": a name behind the neuter article is a body, not a person or town.
                mention(EntityType.ORGANISATION, w, i);
            } else {
                lone(w, i, false);
            }
        }

        /** The word after "en"/"of" that follows a place found after a strong place cue ("in Kaapstad en …"). */
        private boolean coordinatedWithCuedPlace(int i) {
            if (i < 3 || tokens.get(i).separated() || tokens.get(i - 1).separated()
                    || !Set.of("en", "of").contains(text(i - 1)) || mentions.isEmpty()) {
                return false;
            }
            Mention before = mentions.get(mentions.size() - 1);
            int words = before.value().split(" ").length;
            return before.type() == EntityType.PLACE && before.position() + words == i - 1
                    && strongPlaceCue(before.position());
        }

        /** The words with a space between them; an ampersand or a comma inside a name stays ("Research & Development"). */
        private String join(int start, int end) {
            StringBuilder name = new StringBuilder(text(start));
            for (int k = start + 1; k < end; k++) {
                String gap = tokens.get(k).gap();
                String kept = gap.length() == 1 ? gap : gap.strip(); // most gaps are one space
                name.append(kept.equals("&") ? " & " : kept.equals(",") ? ", " : " ").append(text(k));
            }
            return name.toString();
        }

        /** Marks a lone word directly before "en" + full name as a possible coordinated given name. */
        private void coordinatedGivenName(int start, int end) {
            if (start < 2 || loneWords.isEmpty()) {
                return;
            }
            Token conjunction = tokens.get(start - 1);
            if (!conjunction.text().equals("en") || conjunction.separated() || tokens.get(start).separated()) {
                return;
            }
            LoneWord last = loneWords.get(loneWords.size() - 1);
            if (last.position() == start - 2) {
                List<String> surname = tokens.subList(start + 1, end).stream().map(Token::text).toList();
                loneWords.set(loneWords.size() - 1, new LoneWord(last.word(), last.position(), surname, last.titled(),
                        last.written(), last.person()));
            }
        }

        private void person(List<String> words, int position) {
            Person person = Person.of(words);
            if (persons.stream().noneMatch(p -> p.name().equals(person.name()))) {
                persons.add(person);
            }
            mentions.add(new Mention(EntityType.PERSON, person.name(), position));
        }

        private void lone(String word, int position, boolean titled) {
            // Mid-sentence, a capitalised word the lexicon knows as a given or family name names a person.
            // A given name that is also a town somewhere (Ginny, Hugo, Fred) is the person unless the article
            // uses it as a place.
            boolean person = titled || (!tokens.get(position).sentenceStart() && !articleBefore(position)
                    && (!lexicon.place(word) || lexicon.firstName(word))
                    && !lexicon.organisation(word) && (lexicon.firstName(word) || lexicon.lastName(word)));
            loneWords.add(new LoneWord(word, position, List.of(), titled, word, person));
        }

        private void mention(EntityType type, String value, int position) {
            mentions.add(new Mention(type, value, position));
        }

        private void add(Gazetteer.Entry entry, int position) {
            mentions.add(new Mention(entry.type(), entry.canonical(), position));
        }

        /**
         * A lone word names a person only when exactly one full name ends in it, or when a title stands before
         * it ("zangeres Froukje"). Coordinated given names are settled first, against the full names written out
         * in the text, so "Biden en Kamala Harris" stays two people while "Ibrahim en Khalid El Bakraoui" gains
         * Ibrahim's surname. A place that is also a surname is the person when the article names one so.
         */
        void resolve() {
            for (int[] run : unknownRuns) {
                String last = text(run[1] - 1);
                boolean aloneElsewhere = loneWords.stream().anyMatch(l -> l.word().equals(last) && l.written().equals(last));
                if (aloneElsewhere) {
                    person(tokens.subList(run[0], run[1]).stream().map(Token::text).toList(), run[0]);
                } else {
                    guessed.add(run[0]);
                    mention(EntityType.ORGANISATION, join(run[0], run[1]), run[0]);
                }
            }
            List<Person> written = List.copyOf(persons);
            List<LoneWord> rest = new ArrayList<>();
            for (LoneWord lone : loneWords) {
                if (!lone.sharedSurname().isEmpty() && uniqueBySurname(written, lone.word()).isEmpty()) {
                    List<String> full = new ArrayList<>(List.of(lone.word()));
                    full.addAll(lone.sharedSurname());
                    person(full, lone.position());
                } else {
                    rest.add(lone);
                }
            }
            Set<String> places = mentions.stream().filter(m -> m.type() == EntityType.PLACE).map(Mention::value)
                    .collect(Collectors.toSet());
            for (LoneWord lone : rest) {
                Optional<Person> known = uniqueBySurname(persons, lone.word())
                        .or(() -> lone.written().equals(lone.word()) ? uniqueByGivenName(lone.word()) : Optional.empty());
                if (known.isPresent()) {
                    mentions.add(new Mention(EntityType.PERSON, known.get().name(), lone.position()));
                } else if (lone.person() && !places.contains(lone.written()) && (surnameWithParticle(lone)
                        || !lexicon.onlyPlace(lone.word()) && (lone.titled() || mentionsOf(rest, lone.written()) >= 2))) {
                    mentions.add(new Mention(EntityType.PERSON, lone.written(), lone.position()));
                } else if ((bodyCued.contains(lone.position()) || bodyVerbAfter(lone.position())
                        || coordinatedWithBody(lone.position())) && unknownWord(lone, true)
                        && !(tokens.get(lone.position()).sentenceStart() && kindOfBody(lone.word().toLowerCase(Locale.ROOT)))) {
                    // ("Supermarktketen sluit …": a kind of body opening a headline is the common noun.)
                    guessed.add(lone.position());
                    mentions.add(new Mention(EntityType.ORGANISATION, lone.written(), lone.position()));
                } else if (unknownName(lone) && mentionsOf(rest, lone.written()) >= 2) {
                    guessed.add(lone.position());
                    mentions.add(new Mention(EntityType.ORGANISATION, lone.written(), lone.position()));
                }
            }
            for (Mention place : placesOrSurnames) {
                Optional<Person> known = uniqueBySurname(persons, place.value());
                mentions.add(known.isPresent() ? new Mention(EntityType.PERSON, known.get().name(), place.position())
                        : place);
            }
            // "(NHG)" after its name, and "het NHG" later: the short form stands for the name it was defined with.
            mentions.replaceAll(m -> {
                Mention named = m.type() == EntityType.PERSON ? null : shortForms.get(m.value());
                return named == null ? m : new Mention(named.type(), named.value(), m.position());
            });
            // "tegen Bloemendaal", then "Bloemendaal bleef terugkomen": the club throughout, but "in Bloemendaal" the town.
            mentions.replaceAll(m -> m.type() == EntityType.PLACE && matchClubs.contains(m.value())
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

        /**
         * "woordvoerder van X", "aandeelhouders van X", "werkt bij X": words that speak of a body's staff, owners
         * or workplace right before a name.
         */
        private boolean bodyContextBefore(int i) {
            if (i < 2 || tokens.get(i).separated() || tokens.get(i - 1).separated() || tokens.get(i).sentenceStart()) {
                return false;
            }
            String before = text(i - 2).toLowerCase(Locale.ROOT);
            return switch (text(i - 1)) {
                case "van" -> BODY_ROLES_BEFORE_VAN.contains(before);
                case "bij" -> WORK_BEFORE_BIJ.contains(before);
                default -> false;
            };
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
                    && mentions.stream().anyMatch(m -> m.position() == i + 2 && m.type() == EntityType.ORGANISATION)) {
                return true;
            }
            if (i < 2 || tokens.get(i).separated() || !Set.of("en", "of").contains(text(i - 1))) {
                return false;
            }
            String before = text(i - 2);
            return mentions.stream().anyMatch(m -> m.type() == EntityType.ORGANISATION && m.position() < i - 1
                    && m.position() >= i - 6 && (m.value().endsWith(before) || m.position() == i - 2));
        }

        /** A name standing alone counts as a person only when the article uses it more than once. */
        private long mentionsOf(List<LoneWord> lones, String written) {
            return lones.stream().filter(l -> l.written().equals(written)).count();
        }

        /** "Dennis" after "Dennis te Kloese": a given name alone refers to the one full name that starts with it. */
        private Optional<Person> uniqueByGivenName(String word) {
            List<Person> found = persons.stream()
                    .filter(p -> p.name().indexOf(' ') > 0 && p.name().substring(0, p.name().indexOf(' ')).equals(word))
                    .toList();
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }

        /** "de IJssel", "het Nivel": a single name right after an article is a thing, a place or a body. */
        private boolean articleBefore(int i) {
            return i > 0 && !tokens.get(i).separated() && Set.of("de", "het", "den").contains(text(i - 1));
        }

        private Optional<Person> uniqueBySurname(List<Person> candidates, String word) {
            String key = NameRules.surnameKey(word);
            List<Person> found = candidates.stream().filter(p -> p.surnameKey().equals(key)).toList();
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }
    }
}
