package nl.nieuwszoeker.indexing.entities;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The context words and word shapes {@link EntityExtractor} reads: cue words before names, endings that type a
 * name, and the shapes of demonyms, adjectives, roads and acronyms. Dutch news usage, not tied to any article.
 */
final class Cues {

    private Cues() {
    }

    /** Lowercase words that, followed by a place, name a local branch: "rechtbank Overijssel", "politie Den Haag". */
    static final Set<String> BRANCH_WORDS = Set.of("rechtbank", "politie", "politie-eenheid", "gerechtshof",
            "brandweer", "ggd", "omroep", "arbeidsrechtbank", "ondernemingsrechtbank", "politierechtbank",
            "familierechtbank", "arbeidshof");

    /** A place word right before an unknown capitalised word makes it a place: "in Vilnius", "havenstad Odesa". */
    static final Set<String> PLACE_CUES = Set.of("in", "uit", "industrieterrein", "bedrijventerrein", "naar", "bij", "nabij", "rond", "rondom", "te",
            "vanuit", "richting", "stad", "havenstad", "hoofdstad", "dorp", "gemeente", "provincie", "regio", "plaats",
            "wijk", "buurt", "deelgemeente", "kustplaats", "grensplaats", "badplaats", "station", "grensovergang",
            "vliegveld", "luchthaven", "vluchtelingenkamp", "kamp", "rivier", "eiland", "stadsdeel", "streek");

    /** A word right before a single capitalised word that makes it an organisation: "rederij Doeksen", "band Coldplay". */
    /** Place nouns in strong cues: "de regio Valencia" is the place even where Valencia is also a given name. */
    static final Set<String> STRONG_PLACE_CUES = Set.of("in", "uit", "industrieterrein", "bedrijventerrein", "vanuit", "nabij", "te", "stad",
            "havenstad", "hoofdstad", "dorp", "gemeente", "provincie", "regio", "plaats", "wijk", "buurt", "deelgemeente",
            "kustplaats", "grensplaats", "badplaats", "deelstaat", "staat", "eiland", "streek", "station",
            "grensovergang", "vliegveld", "luchthaven", "vluchtelingenkamp", "rivier", "stadsdeel");

    /** Words before a hall or a stadium, which is a place even where it also names its operator: "een uitverkocht Ahoy". */
    static final Set<String> VENUE_CUES = Set.of("uitverkocht", "uitverkochte", "afgeladen", "bomvol", "bomvolle");

    /** Before an article: "langs de Schelde", "op het Vrijthof", "aan de Stokstraat". */
    static final Set<String> PLACE_CUES_WITH_ARTICLE = Set.of("langs", "aan", "op", "over", "via");

    /** Plural nouns before "als": "dorpen als Paiporta en Chiva" lists places. */
    static final Pattern PLACE_PLURAL = Pattern.compile(
            "(?i).*(steden|dorpen|plaatsen|landen|gemeenten|gemeentes|regio's|provincies|wijken|eilanden|havens)");

    /**
     * A word ending in one of these, right before a name, makes it an organisation: "rederij Doeksen",
     * "winkelketen Dolfijn", "onderzoeksinstituut QuTech", "woningcorporaties Mitros en Bo-Ex".
     */
    static final Set<String> ORGANISATION_CUES = Set.of("rederij", "bedrijf", "vakbond", "bond", "concern",
            "club", "partij", "omroep", "krant", "band", "groep", "supermarktketen", "keten", "bank", "verzekeraar",
            "toezichthouder", "zender", "studentenvakbond", "woningcorporatie", "corporatie", "uitgeverij", "fabrikant",
            "chipmachinefabrikant", "chipfabrikant", "autofabrikant", "vliegtuigbouwer", "maatschappij", "ploeg",
            "voetbalclub", "organisatie", "stichting", "vereniging", "persbureau", "nieuwsdienst", "dagblad",
            "ziekenhuis", "museum", "orkest", "website", "platform", "app", "dienst", "instelling",
            "tijdschrift", "weekblad", "blad", "kantoor", "winkel", "webwinkel", "instituut", "leverancier",
            "retailer", "warenhuis", "coöperatie", "label", "merk", "vervoerder", "luchtvaartmaatschappij",
            "streamingdienst", "dienstverlener", "operator", "provider", "aanbieder", "netbeheerder",
            "fonds", "beweging", "denktank", "koepel", "school", "hogeschool", "universiteit",
            // kinds of body that precede a name in news of business, culture, crime and care
            "gezelschap", "kartel", "bende", "militie", "bureau", "agentschap", "brouwerij", "zuivelfabriek",
            "supermarkt", "multinational", "techbedrijf", "gigant", "reus", "vakcentrale", "werkgeversorganisatie",
            "dierentuin", "dierenpark", "groothandel", "distributeur", "scheepswerf", "werf", "ensemble", "koor",
            "collectief", "fractie", "coalitie", "federatie", "verbond", "alliantie", "conservatorium", "academie",
            "zorggroep", "zorginstelling", "zorgaanbieder", "thuiszorgorganisatie", "ggz-instelling", "vervoersbedrijf",
            "busmaatschappij", "energieleverancier", "telecomaanbieder", "nieuwssite", "investeringsmaatschappij",
            "durfinvesteerder", "beleggingsfonds", "pensioenfonds", "accountantskantoor", "advocatenkantoor",
            // firms named by what they do, some ending in a job word ("marktonderzoeker", "bezorger")
            "marktonderzoeker", "bezorger", "investeerder", "bouwer", "mijnbouwer", "discounter", "producent",
            "ontwikkelaar", "importeur", "exploitant",
            // Flemish and research bodies
            "intercommunale", "kenniscentrum", "onderzoekscentrum", "expertisecentrum", "verwerker", "uitgever");

    private static final Endings KINDS = new Endings(ORGANISATION_CUES, 3);

    /** Words that end the name of a venue, written apart: "Diaz Arena", "Abe Lenstra Stadion", "Ziggo Dome". */
    static final Set<String> VENUE_WORDS = Set.of("Arena", "ArenA", "Stadion", "Stadium", "Dome", "Hallen");

    /** Kinds of body that also open their names: "Stichting Dierenlot", "Omroep Brabant", "Club Brugge". */
    static final Set<String> NAME_HEADS = Set.of("stichting", "vereniging", "omroep", "club", "museum", "partij", "bank",
            "coöperatie", "academie", "hogeschool", "universiteit", "ziekenhuis", "dierenpark", "dierentuin", "groep",
            "federatie", "fonds", "instituut", "bureau", "agentschap", "conservatorium", "zorggroep", "school", "koor",
            "orkest", "ensemble", "collectief", "gezelschap", "kantoor", "dienst", "brouwerij", "rederij", "uitgeverij",
            "scheepswerf", "werf", "bond", "verbond", "alliantie", "beweging", "coalitie", "fractie", "platform", "band",
            "label", "merk", "blad", "krant", "dagblad", "weekblad", "tijdschrift", "winkel", "warenhuis", "supermarkt",
            "kenniscentrum", "expertisecentrum", "onderzoekscentrum", "intercommunale", "zuivelfabriek", "woonstichting",
            "zorginstelling", "woningcorporatie", "corporatie", "maatschappij", "organisatie", "vakcentrale");

    /** A lowercase word that ends in a kind of body, or is one in the plural: "winkelketen", "rederijen". */
    static boolean kindOfBody(String lower) {
        return KINDS.endOf(lower, false) || lower.endsWith("s") && ORGANISATION_CUES.contains(lower.substring(0, lower.length() - 1))
                || lower.endsWith("en") && ORGANISATION_CUES.contains(lower.substring(0, lower.length() - 2));
    }

    static final Pattern ORGANISATION_PLURAL = Pattern.compile(
            "(?i).*(bedrijven|ketens|banken|partijen|clubs|omroepen|kranten|winkels|webwinkels|corporaties|bonden|"
                    + "verzekeraars|zenders|merken|supermarkten|vervoerders|maatschappijen|fabrikanten|organisaties|"
                    + "gezelschappen|kartels|bendes|fracties|fondsen|instellingen|bureaus|brouwerijen|concerns|kenniscentra|"
                    + "onderzoekscentra|verwerkers|producenten|uitgevers|leveranciers|ziekenhuizen|universiteiten|"
                    + "hogescholen|musea|intercommunales|firma's|ondernemingen)");

    /** Endings of names of streets, waters and works: "Nieuwe Waterweg", "Jaarbeursplein", "Maeslantkering". */
    static final Pattern PLACE_ENDING = Pattern.compile(
            "(?i).*(weg|straat|plein|laan|singel|kade|gracht|haven|dijk|dam|kering|park|bos|meer|zee|baan|markt|veld|hof|brug|"
                    + "kanaal|sluis|toren|palace|arena|stadion|stadium|see|station|streek|hotel|airport|vallei|gebergte|baai|fjord|"
                    + "tunnel|gebied)");

    /** Adjectives and participles written with a capital: Engelstalige, Amsterdamse, Vernieuwde. */
    static final Pattern ADJECTIVE = Pattern.compile(".*(ige|ische|sche|lijke|ele|ale|se|de|te|ste|ere)");

    /** Common adjectives that open names of periods, regions and bodies, of no shape the patterns catch. */
    static final Set<String> PLAIN_ADJECTIVES = Set.of("Nieuw", "Nieuwe", "Oud", "Oude", "Groot", "Grote", "Klein",
            "Kleine", "Heilig", "Hoog", "Laag", "Lage", "Vrij", "Verenigd", "Zwart", "Zwarte", "Wit", "Witte", "Rood",
            "Rode", "Geel", "Gele", "Blauw", "Blauwe", "Groen", "Groene", "Gouden", "Zilveren", "Stille", "Dode");

    /** Verbs of saying next to a name: "zegt Tine Roose", "Tine Roose zei". */
    static final Set<String> SPEECH_VERBS = Set.of("zegt", "zei", "zeggen", "vertelt", "vertelde", "aldus", "verklaarde",
            "antwoordde", "reageerde", "benadrukte", "benadrukt", "waarschuwt", "waarschuwde", "vindt", "vond", "denkt",
            "dacht", "erkent", "erkende", "schrijft", "schreef", "lacht", "lachte");

    /** Adjectives of the Low Countries and Europe, which belong to the names of bodies they open. */
    static final Set<String> HOME_ADJECTIVES = Set.of("Nederlandse", "Vlaamse", "Belgische", "Europese", "Brusselse",
            "Waalse", "Friese", "Zeeuwse", "Limburgse", "Brabantse", "Groningse", "Drentse", "Gelderse", "Utrechtse",
            "Hollandse", "Antwerpse", "Gentse");

    static final Set<String> ORDINALS = Set.of("Eerste", "Tweede", "Derde", "Vierde", "Vijfde", "Zesde", "Zevende",
            "Achtste", "Negende", "Tiende");

    static final Pattern ADJECTIVE_FIRST = Pattern.compile(".*(aal|eel|isch|lijk|ief|ieve|aire|air)");

    /** Street names, whose last word nobody carries as a surname: "Paulus Potterstraat", "Anton de Komplein". */
    static final Pattern STREET_ENDING = Pattern.compile(
            "(?i).*(straat|plein|laan|weg|gracht|kade|singel|steeg|arena|stadion|stadium|palace|station|hotel|airport)");

    /** Events and competitions are names, but none of the three kinds. */
    static final Pattern EVENT_ENDING = Pattern.compile(
            "(?i).*(league|cup|open|trofee|prijs|award|spelen|festival|awards|tocht|toernooi|race|marathon|classic|rally|"
                    + "kampioenschap|kampioenschappen|week|tour|plan|wet|akkoord|regeling|verdrag|protocol|strategie|"
                    + "oorlog|oorlogen|verkiezing|verkiezingen|crisis|revolutie|opstand|conferentie|concilie)");

    /** A word ending in one of these names an event: "het festival Lowlands", "de wielerkoers Kuurne-Brussel-Kuurne". */
    static final Pattern EVENT_CUE = Pattern.compile(
            "(?i).*(festival|toernooi|wedstrijd|race|koers|klassieker|beurs|evenement|marathon|tentoonstelling|expositie|"
                    + "veldrit|rit|manifestatie|concert|voorstelling|musical|operatie|editie)");

    /** The event noun itself, capitalised as a nickname ("de Klassieker"): no name of a body. */
    static final Pattern EVENT_WORD = Pattern.compile(EVENT_CUE.pattern().replace("(?i).*(", "(?i)("));

    /** Demonyms and nationality adjectives the lexicon does not know: Zwollenaren, Rotterdammers, Braziliaanse. */
    static final Pattern DEMONYM = Pattern.compile(".*(aren|anen|ers|aars|ezen|aanse|ische|sche|se|ees|aan)");

    static final Pattern ROAD = Pattern.compile("[AN]\\d{1,3}");
    /** Letters and digits taking turns name a strain or a type, not a body: H5N1, H1N1, F16. */
    static final Pattern CODE = Pattern.compile("\\p{L}+\\d+\\p{L}+\\d+.*|\\p{Lu}\\d{1,3}");
    static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    static final Set<String> NOT_ACRONYMS = Set.of("CEO", "CFO", "CTO", "COO", "TV", "AI", "BTW", "ICT",
            "DNA", "GPS", "PDF", "NL", "OK", "VIP", "WK", "EK", "KM", "ID", "IT", "HR", "PR", "USB", "SMS", "LED",
            "MRI", "IC", "ICU", "NV", "BV", "MC", "UMC", "FC", "SC", "VV", "XL", "EV", "CO2", "NB", "PS", "VIA",
            "EHBO", "AED", "AOW", "WW", "BSN", "OV", "ZZP", "WOZ", "BBP", "BNP", "CAO", "MKB", "HBO", "MBO", "VWO",
            "HAVO", "VMBO", "WO", "GGZ", "OZB", "WMO", "VAR", "PFAS", "HIV", "ADHD", "LHBTI", "LHBTIQ", "COVID", "SUV",
            "NAP", "PhD", "MSc", "BSc", "MBA", "LLM", "kWh", "MWh", "GWh", "TWh", "MHz", "GHz", "GB", "MB", "KB", "TB");

    /** Heads of Spanish, Portuguese, Italian and French place names: "San Pedro de Atacama", "Ciudad Juárez". */
    static final Set<String> ROMANCE_PLACE_HEADS = Set.of("San", "Santa", "Santo", "São", "Salar", "Puerto", "Ciudad",
            "Sierra", "Río", "Rio", "Lago", "Monte", "Bahía", "Playa", "Isla", "Cerro", "Valle", "Saint", "Sainte", "Sankt",
            "Nueva", "Nuevo", "Golfo");

    /** Linking words inside such names. */
    static final Set<String> ROMANCE_LINKERS = Set.of("de", "del", "la", "las", "los", "do", "da", "dos", "das", "di",
            "della", "el", "sur", "sous");

    /** Lowercase words inside names of towns: "Wijk bij Duurstede", "Hoek van Holland", "Alphen aan den Rijn". */
    static final Set<String> TOWN_LINKERS = Set.of("aan", "op", "bij", "de", "den", "het", "van", "en");

    /** Verbs of a match right before or after a club named after its town: "won Den Bosch", "Amsterdam speelde". */
    static final Set<String> MATCH_VERBS = Set.of("won", "wint", "verloor", "verliest", "versloeg", "verslaat",
            "klopte", "speelde", "speelt", "scoorde", "scoort");

    /** A score: 3-2, 4-0. */
    static final Pattern SCORE = Pattern.compile("\\d{1,2}-\\d{1,2}");

    /** "de 34-jarige …": an age before a name makes it a person. */
    static final Pattern AGE = Pattern.compile("\\d{1,3}-jarige");

    /** Shapes of nationality nouns: Belg, Ier, Sloveen, Argentijn, Keniaan, Fransman, Duitser, Italiaan, Brit. */
    static final Pattern NATIONALITY_NOUN = Pattern.compile("\\p{Lu}\\p{Ll}+(een|ijn|aan|man|er|ees|ard|aat|ak|iër)"
            + "|Belg|Ier|Brit|Pool|Noor|Zweed|Deen|Rus|Turk|Schot|Fin|Griek|Est|Let|Litouwer|Tsjech|Sloveen|Slowaak");

    /** Lowercase words before "van X" that speak of a body: its staff, owners, customers, sites or results. */
    static final Set<String> BODY_ROLES_BEFORE_VAN = Set.of("woordvoerder", "woordvoerster", "topman", "topvrouw",
            "bestuursvoorzitter", "aandeelhouder", "aandeelhouders", "klanten", "werknemers", "medewerkers",
            "personeel", "directie", "ondernemingsraad", "hoofdkantoor", "vestiging", "vestigingen", "dochterbedrijf",
            "moederbedrijf", "eigenaar", "oprichter", "overname", "jaarcijfers", "omzet", "winst", "beurskoers",
            "aandeel", "aandelen", "filialen", "winkels", "fabriek", "fabrieken", "topmannen", "bestuurders",
            "kandidaat", "lijsttrekker", "partijleider", "voorzitter", "leden", "oprichters", "eigenaren", "leiding");

    /** Lowercase words before "bij X" that speak of work or jobs at a body. */
    static final Set<String> WORK_BEFORE_BIJ = Set.of("werkt", "werken", "werkte", "werkten", "werkzaam", "banen",
            "baan", "ontslagen", "vacatures", "reorganisatie", "ontslaggolf", "staking", "stakingen");

    /** Verbs of a company's acts right after a one-word name ("Lumatec sluit", "X schrapt"). */
    static final Set<String> BODY_VERBS = Set.of("meldt", "meldde", "schrapt", "schrapte", "sluit", "sloot",
            "ontslaat", "ontsloeg", "boekte", "boekt", "investeert", "investeerde", "produceert", "produceerde",
            "fuseert", "fuseerde", "lanceert", "lanceerde", "verhoogt", "verhoogde", "levert", "leverde",
            "exporteert", "importeert", "reorganiseert", "verplaatst", "verhuist", "opent", "opende");

    /** Prepositions and adverbs ending in -s that open sentences: no adjective of the "Vlaams" kind ("Volgens FNV"). */
    static final Set<String> WORDS_ENDING_IN_S = Set.of("Volgens", "Tijdens", "Namens", "Ondanks", "Sinds", "Eens",
            "Telkens", "Anders", "Soms", "Alvorens", "Inmiddels", "Trouwens", "Althans", "Eveneens", "Steeds",
            "Links", "Rechts", "Desondanks", "Overigens", "Straks", "Thans");

    /** Country and region names that end a body's national branch ("Alzheimer Nederland"). */
    static final Set<String> BRANCH_QUALIFIERS = Set.of("Nederland", "Vlaanderen", "België", "Netherlands",
            "Belgium", "International", "Benelux");
    /** Words for a state that go before its place name: "Groothertogdom Luxemburg", "Koninkrijk Marokko". */
    static final Set<String> STATE_WORDS = Set.of("Groothertogdom", "Koninkrijk", "Vorstendom", "Prinsdom",
            "Republiek", "Emiraat", "Sultanaat", "Keizerrijk");

    /** "J." opening a name: only persons are written with initials. */
    static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    /** Prefixes of a ship's name. */
    static final Set<String> SHIP_PREFIXES = Set.of("HMS", "USS", "RMS", "Hr.Ms", "Zr.Ms");
    /** Words after a family firm's name and an ampersand: "Geluk & Zonen". */
    static final Set<String> FIRM_ENDINGS = Set.of("Zonen", "Zoon", "Zn", "Co", "Partners", "Dochters");
    /** Empires named by an adjective: "het Romeinse Rijk", "het Duitse Keizerrijk". */
    static final Set<String> EMPIRES = Set.of("Rijk", "Keizerrijk", "Koninkrijk", "Kalifaat");

    /** A capitalised "Van" opens a surname written without its given name; no town's name starts so. */
    static final Set<String> VAN = Set.of("Van", "Vander", "Vanden");

    /** Roles held in a body, before a person's name: "topman Jan de Vries van Quooker" (not burgemeester: a town). */
    static final Set<String> ROLES_IN_A_BODY = Set.of("directeur", "directrice", "ceo", "cfo", "trainer", "coach",
            "hoofdtrainer", "voorzitter", "manager", "oprichtster", "eigenares", "bestuurder", "bestuurster");

    /** Sites named after a person with a title: "Koning Boudewijnstadion", "Prins Bernhardplein". */
    static final Pattern NAMED_SITE = Pattern.compile(".*(stadion|stadium|arena|plein|straat|laan|station|brug|tunnel|park|kazerne)");
}
