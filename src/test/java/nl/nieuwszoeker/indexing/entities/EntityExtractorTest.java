package nl.nieuwszoeker.indexing.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private static final EntityExtractor EXTRACTOR = EntityExtractor.load();

    private static Entities extract(String body) {
        return EXTRACTOR.extract(null, body);
    }

    @Test
    void islamicStateAliasesAndCompoundsBecomeOneValue() {
        Entities e = extract("IS eiste de aanslag op. Islamitische Staat verloor terrein, "
                + "maar de IS-strijders en IS’ers bleven actief. Daesh ontkende.");
        assertEquals(List.of("Islamitische Staat"), e.organisations());
        assertEquals(List.of(), e.persons());
    }

    @Test
    void lowercaseVerbIsIsNotIslamicState() {
        assertEquals(List.of(), extract("Het is duidelijk dat er iets is gebeurd.").organisations());
    }

    @Test
    void hyphenCompoundCountsAsMentionOfItsHeadOnly() {
        Entities e = extract("De Amerikanen joegen op de IS-kopstukken in Syrië.");
        assertEquals(List.of("Islamitische Staat"), e.organisations());
        assertEquals(List.of("Syrië"), e.places());
        assertEquals(List.of(), e.persons());
    }

    @Test
    void laterSurnameOnlyMentionYieldsOnlyTheFullNameNotASeparatePerson() {
        Entities e = extract("Oussama Atar werd gedood. Volgens de dienst was Atar het brein.");
        assertEquals(List.of("Oussama Atar"), e.persons());
    }

    @Test
    void surnameOnlyMentionBeforeFullNameStillMapsAndKeepsFirstMentionOrder() {
        Entities e = extract("Biden sprak kort. Daarna zei Kamala Harris iets. President Joe Biden zweeg.");
        assertEquals(List.of("Joe Biden", "Kamala Harris"), e.persons());
    }

    @Test
    void surnameWithArabicArticleMatchesRegardlessOfCapitalisation() {
        Entities e = extract("Abu Bakr Al-Baghdadi stierf in 2019. Na al-Baghdadi kwam een ander. Baghdadi was dood.");
        assertEquals(List.of("Abu Bakr al-Baghdadi"), e.persons());
    }

    @Test
    void surnameSharedByTwoPersonsIsLeftUnresolved() {
        Entities e = extract("Ibrahim El Bakraoui en zijn broer Khalid El Bakraoui bliezen zich op. Bakraoui was bekend.");
        assertEquals(List.of("Ibrahim El Bakraoui", "Khalid El Bakraoui"), e.persons());
    }

    @Test
    void coordinatedGivenNameSharesTheFollowingSurname() {
        Entities e = extract("Hij nam zijn neven Ibrahim en Khalid El Bakraoui mee.");
        assertEquals(List.of("Ibrahim El Bakraoui", "Khalid El Bakraoui"), e.persons());
    }

    @Test
    void knownSurnameBeforeEnStaysItsOwnPerson() {
        Entities e = extract("Joe Biden kwam. Later spraken Biden en Kamala Harris samen.");
        assertEquals(List.of("Joe Biden", "Kamala Harris"), e.persons());
    }

    @Test
    void sentenceInitialCapitalisedWordsAreNotEntities() {
        Entities e = extract("Speciale eenheden vielen aan. Volgens de speciale diensten ging alles goed.\n\n"
                + "Tegenstand\n\nBom ontploft. Volledig scherm. Uiteindelijk bleef het stil.");
        assertEquals(new Entities(List.of(), List.of(), List.of()), e);
    }

    @Test
    void titlesAndSentenceOpenersAreNotPartOfAName() {
        Entities e = extract("Volgens Joe Biden was het een succes. President Kamala Harris zweeg.");
        assertEquals(List.of("Joe Biden", "Kamala Harris"), e.persons());
    }

    @Test
    void nationalityAdjectivesAndDemonymsAreNotPlaces() {
        Entities e = extract("De Franse geheime dienst werkte samen met Amerikaanse troepen. "
                + "De Belgisch-Marokkaanse man en de Chinezen zwegen. Fransen en Russen keken toe.");
        assertEquals(List.of(), e.places());
        assertEquals(List.of(), e.persons());
    }

    @Test
    void diacriticsAreKeptInValues() {
        Entities e = extract("De aanval in Atmé, in het noordwesten van Syrië, bij de grens met Turkije.");
        assertEquals(List.of("Atmé", "Syrië", "Turkije"), e.places());
    }

    @Test
    void countryNamesComeFromJdkLocaleDataWithAbbreviationAliases() {
        Entities e = extract("Troepen uit de VS, Burkina Faso en Nieuw-Zeeland en de Verenigde Staten.");
        assertEquals(List.of("Verenigde Staten", "Burkina Faso", "Nieuw-Zeeland"), e.places());
    }

    @Test
    void misspelledDsgeIsTheFrenchServiceDgse() {
        Entities e = extract("De Franse dienst DSGE werkte met de NSA. Een bron van de DGSE bevestigt.");
        assertEquals(List.of("DGSE", "NSA"), e.organisations());
    }

    @Test
    void allCapsCreditsMatchLongerNamesOnly() {
        Entities e = extract("Een foto van de helikopter. © VIA REUTERS");
        assertEquals(List.of("Reuters"), e.organisations());
        assertEquals(List.of(), e.persons());
    }

    @Test
    void wordsInCapitalsNeverFormOrStartAPersonName() {
        Entities e = extract("Een zege voor de XYZ van Geert Wilders. SYRIË: LEGER EIST AANSLAG OP.");
        assertEquals(List.of("Geert Wilders"), e.persons());
        assertEquals(List.of("Syrië"), e.places());
    }

    @Test
    void namesDoNotRunAcrossPunctuation() {
        Entities e = extract("Het was Oussama Atar. Mohamed Abrini zweeg.");
        assertEquals(List.of("Oussama Atar", "Mohamed Abrini"), e.persons());
    }

    @Test
    void titleIsReadBeforeBodyAndMayBeNull() {
        assertEquals(List.of("Syrië", "Irak"), EXTRACTOR.extract("Aanval in Syrië", "Later ook in Irak.").places());
        assertEquals(List.of("Irak"), EXTRACTOR.extract(null, "Later ook in Irak.").places());
    }

    @Test
    void resultListsAreImmutable() {
        Entities e = extract("Joe Biden in Syrië.");
        assertThrows(UnsupportedOperationException.class, () -> e.persons().add("x"));
    }

    @Test
    void oneLoadedExtractorGivesTheSameResultOnManyThreads() {
        String text = "President Joe Biden zei dat IS-leider Abu Ibrahim al-Hashimi al-Qurayshi in Syrië stierf.";
        Entities expected = extract(text);
        assertTrue(IntStream.range(0, 200).parallel().mapToObj(i -> extract(text)).allMatch(expected::equals));
        assertEquals(List.of("Joe Biden", "Abu Ibrahim al-Hashimi al-Qurayshi"), expected.persons());
    }

    @Test
    void townWithLowercaseLinkingWordIsOnePlace() {
        Entities e = extract("De brug bij Alphen aan den Rijn gaat dicht. Ook in Bergen op Zoom en Ouderkerk aan de Amstel "
                + "wordt gewerkt.");
        assertEquals(List.of("Alphen aan den Rijn", "Bergen op Zoom", "Ouderkerk aan de Amstel"), e.places());
        assertEquals(List.of(), e.organisations());
    }

    @Test
    void townBeforeBijAnotherTownStaysTwoPlaces() {
        assertEquals(List.of("Houten", "Utrecht"), extract("Er was een ongeluk in Houten bij Utrecht.").places());
    }

    @Test
    void oneOffUnknownNameInABodysContextIsAnOrganisation() {
        Entities e = extract("Volgens een woordvoerder van Brinkwell is de fabriek te oud. Ook Zandvoort Logistiek "
                + "en Kravelo zoeken personeel. Quintara schrapt honderd banen.");
        assertTrue(e.organisations().containsAll(List.of("Brinkwell", "Kravelo", "Quintara")), e.toString());
        assertEquals(List.of(), e.persons());
    }

    @Test
    void knownAcronymBeforeAnUnknownWordIsItsBranch() {
        assertEquals(List.of("FNV Schoonmaak"), extract("Volgens FNV Schoonmaak is de cao te mager.").organisations());
        assertEquals(List.of("NS"), extract("Volgens NS is de trein te laat.").organisations());
    }

    @Test
    void nationalityNounOrAgeBeforeAnUnknownNameMakesAPerson() {
        Entities e = extract("Het doelpunt kwam van de Uruguayaan Santiago Bueno. De 31-jarige Oyelaran Adebayo "
                + "werd tweede.");
        assertEquals(List.of("Santiago Bueno", "Oyelaran Adebayo"), e.persons());
        assertEquals(List.of(), e.organisations());
    }

    @Test
    void shortFormInBracketsFixesWhereTheNameStartsAndStandsForItLater() {
        Entities e = extract("Het Nederlands Huisartsen Genootschap (NHG) ziet een rol. Ook de Belangenvereniging van "
                + "Ouders in de Kinderopvang (BOinK) steunt het plan. Het NHG wil wel meer geld.");
        assertEquals(List.of("Nederlands Huisartsen Genootschap", "Belangenvereniging van Ouders in de Kinderopvang"),
                e.organisations());
    }

    @Test
    void bracketedWordThatDoesNotSpellTheNameDefinesNothing() {
        Entities e = extract("Minister Jo Brouns (CD&V) liet weten dat het meevalt.");
        assertEquals(List.of("Jo Brouns"), e.persons());
        assertEquals(List.of("CD&V"), e.organisations());
    }

    @Test
    void bodyBeforeACountryIsItsNationalBranch() {
        Entities e = extract("Volgens Alzheimer Nederland en Zorgverzekeraars Nederland is dat te weinig.");
        assertEquals(List.of("Alzheimer Nederland", "Zorgverzekeraars Nederland"), e.organisations());
        assertEquals(List.of(), e.places());
    }

    @Test
    void personBeforeACountryStaysAPerson() {
        Entities e = extract("Premier Mark Rutte bezocht de top. Later zei Rutte Nederland te willen vertegenwoordigen.");
        assertEquals(List.of("Mark Rutte"), e.persons());
        assertEquals(List.of("Nederland"), e.places());
        assertEquals(List.of(), e.organisations());
    }

    @Test
    void warsAndElectionsAreNoBodies() {
        Entities e = extract("Na de Tweede Wereldoorlog groeide de partij. De Tweede Kamerverkiezingen waren een succes.");
        assertEquals(List.of(), e.organisations());
        assertEquals(List.of(), e.places());
    }

    @Test
    void capitalisedVanOpensASurnameEvenOfATownsName() {
        Entities e = extract("Het vertrouwen in Van der Elst kwam onder druk.");
        assertEquals(List.of("Van der Elst"), e.persons());
        assertEquals(List.of(), e.places());
    }

    @Test
    void ministryKeepsItsListOfPortfoliosButAForeignOneIsNotDutch() {
        Entities e = extract("Volgens het ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur valt het mee.");
        assertEquals(List.of("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"), e.organisations());
        assertEquals(List.of(), extract("Het Amerikaanse ministerie van Defensie zweeg.").organisations());
    }

    @Test
    void listedAfterAKindOfBodyInThePluralAreBodies() {
        Entities e = extract("Ook de intercommunale Interleuven en de kenniscentra Inagro en ZonMw doen mee.");
        assertEquals(List.of("Interleuven", "Inagro", "ZonMw"), e.organisations());
    }

    @Test
    void capitalisedAdjectiveBeforeItsNounIsNoPlace() {
        Entities e = extract("Het gebied werd bevolkt door Keltische stammen, later hoorde het bij het Romeinse Rijk.");
        assertEquals(List.of("Romeinse Rijk"), e.places());
    }

    @Test
    void familyFirmKeepsItsAmpersand() {
        assertEquals(List.of("J. Boel & Zonen"),
                extract("Het bedrijf, dat toen J. Boel & Zonen heette, groeide snel.").organisations());
    }

    @Test
    void namesAfterPluralKindAndZoalsAreBodies() {
        assertEquals(List.of("Almabo", "Exmar"),
                extract("Na afsplitsingen van scheepsfirma's, zoals Almabo en Exmar, bleef de werf over.").organisations());
    }

    @Test
    void nameBeforeATownIsAClubInASportsArticle() {
        Entities e = extract("De trainer zag de wedstrijd. Clubs als VOC Amsterdam kunnen de speelsters niet houden. "
                + "Oranje speelde gelijk.");
        assertEquals(List.of("VOC Amsterdam", "Oranje"), e.organisations());
        assertEquals(List.of(), e.places());
    }

    @Test
    void nameBeforeATownIsNoClubOutsideSport() {
        Entities e = extract("Volgens Alzheimer Nederland en de gemeente is de zorg in Almelo goed.");
        assertEquals(List.of("Alzheimer Nederland"), e.organisations());
        assertEquals(List.of("Almelo"), e.places());
    }

    @Test
    void possessiveEndsANameAndInitialsMakeAPerson() {
        Entities e = extract("Ron is een personage in J. K. Rowling's boekenserie. Het kantoor van Moody's zweeg.");
        assertEquals(List.of("J. K. Rowling"), e.persons());
        assertEquals(List.of(), e.places());
    }

    @Test
    void ageLifeDatesOrAJobAfterACommaMakeUnknownNamesPersons() {
        Entities e = extract("Gisteren werd Orlo Quendrix (45) aangehouden. Later sprak Tavi Marrow, directeur van het "
                + "museum, met de pers. Abelard Quince (1806-1871) was een wiskundige.");
        assertEquals(List.of("Orlo Quendrix", "Tavi Marrow", "Abelard Quince"), e.persons());
        assertEquals(List.of(), e.organisations());
    }

    @Test
    void shipsAreNoneOfTheThreeKindsAndFjordsArePlaces() {
        Entities e = extract("De HMS Bonaventure lag bij de Kåfjord voor anker. Later voer Zr.Ms. Karel Doorman uit.");
        assertEquals(List.of("Kåfjord"), e.places());
        assertEquals(List.of(), e.organisations());
        assertEquals(List.of(), e.persons());
    }

    @Test
    void rankAbbreviationIsATitle() {
        assertEquals(List.of("Hudspeth"), extract("Volgens Lt Hudspeth was de aanval geslaagd.").persons());
    }

    @Test
    void unknownGivenNameBeforeACapitalisedParticleStaysWithTheSurname() {
        Entities e = extract("De regering van Orlando Van Quackel viel. Volgens Tavi De Marrow was dat terecht.");
        assertEquals(List.of("Orlando Van Quackel", "Tavi De Marrow"), e.persons());
    }

    @Test
    void regionalPapersAndBroadcastersAreOrganisations() {
        Entities e = extract("Dat meldden Gazet van Antwerpen en Omrop Fryslân dinsdag.");
        assertEquals(List.of("Gazet van Antwerpen", "Omrop Fryslân"), e.organisations());
        assertEquals(List.of(), e.places());
    }

    @Test
    void belgianPartiesAreOrganisationsAndACartelNameIsItsParty() {
        Entities e = extract("In Brussel praten de PS en DéFI met PVDA-PTB over een coalitie.");
        assertEquals(List.of("PS", "DéFI", "PVDA"), e.organisations());
        assertEquals(List.of("Brussel"), e.places());
    }

    @Test
    void cyclingTeamsKeepTheirSponsorNames() {
        Entities e = extract("Jonas Vingegaard (Visma-Lease a Bike) won voor Tadej Pogačar van UAE Team Emirates XRG "
                + "en Mathieu van der Poel van Alpecin-Deceuninck.");
        assertEquals(List.of("Visma-Lease a Bike", "UAE Team Emirates", "Alpecin-Deceuninck"), e.organisations());
        assertEquals(List.of("Jonas Vingegaard", "Tadej Pogačar", "Mathieu van der Poel"), e.persons());
    }

    @Test
    void municipalitiesAndWatersTheLexiconLacksArePlaces() {
        Entities e = extract("Het Hogeland en Berg en Dal fuseren niet. Mosselen uit de Oosterschelde gaan naar "
                + "Súdwest-Fryslân.");
        assertEquals(List.of("Het Hogeland", "Berg en Dal", "Oosterschelde", "Súdwest-Fryslân"), e.places());
        assertEquals(List.of(), e.organisations());
    }

    @Test
    void listedCommonNounOpeningASentenceIsNoBodyWhenTheTextAlsoWritesItInLowercase() {
        Entities e = extract("Kustwacht is een taak van de marine. De Italiaanse kustwacht redde er dertig.");
        assertEquals(List.of(), e.organisations());
        assertEquals(List.of("Kustwacht"), extract("De Kustwacht redde er dertig.").organisations());
    }

    @Test
    void listedWordThatIsAlsoASurnameStaysThePersonsAfterAGivenNameOrVan() {
        Entities e = extract("Ingrid van Pelt won de prijs. Van Pelt was blij. Ook Jan Groen uit Pelt sprak, namens Groen.");
        assertEquals(List.of("Ingrid van Pelt", "Jan Groen"), e.persons());
        assertEquals(List.of("Pelt"), e.places());
        assertEquals(List.of("Groen"), e.organisations());
    }

    @Test
    void speechVerbMakesAPersonOfTwoWordsTheLexiconListsOnlyAsSurnames() {
        Entities e = extract("Dat zei Meyrem Almaci van Groen.");
        assertEquals(List.of("Meyrem Almaci"), e.persons());
        assertEquals(List.of("Groen"), e.organisations());
    }

    @Test
    void listedNamesWithAnAmpersandMatchWhole() {
        Entities e = extract("Procter & Gamble sluit een fabriek. Gall & Gall verkoopt minder wijn dan P&G.");
        assertEquals(List.of("Procter & Gamble", "Gall & Gall"), e.organisations());
        assertEquals(List.of(), e.persons());
    }

    @Test
    void inhabitantAfterAnAgeIsNoPerson() {
        Entities e = extract("De politie hield een 34-jarige Rotterdammer aan in Utrecht.");
        assertEquals(List.of(), e.persons());
        assertEquals(List.of("Utrecht"), e.places());
    }

    @Test
    void foreignMinistryIsNotTheDutchOneEvenWhenItsPortfolioIsListed() {
        Entities e = extract("Volgens het Libanese ministerie van Volksgezondheid vielen vijf doden. Het ministerie van "
                + "Volksgezondheid in Den Haag zweeg.");
        assertEquals(List.of("Ministerie van Volksgezondheid, Welzijn en Sport"), e.organisations());
    }

    @Test
    void portugueseRioOpensAPlaceName() {
        Entities e = extract("In de Braziliaanse deelstaat Rio Grande do Sul vielen doden.");
        assertEquals(List.of("Rio Grande do Sul"), e.places());
        assertEquals(List.of(), e.persons());
    }

    @Test
    void compoundGluedToALongerNameEndsThatNameAtTheHyphen() {
        Entities e = extract("De Tata Steel-fabriek stoot minder uit, zei Erasmus MC-onderzoeker Pieter de Boer. "
                + "De Tweede Kamer-fractie van de VVD stemde tegen.");
        assertEquals(List.of("Tata Steel", "Erasmus MC", "Tweede Kamer", "VVD"), e.organisations());
        assertEquals(List.of("Pieter de Boer"), e.persons());
    }

    @Test
    void ratingAgenciesAreBodiesAndTheirPossessiveShapeIsNoCompound() {
        Entities e = extract("Volgens Moody's en Standard & Poor's is het risico klein, maar Fitch is somberder.");
        assertEquals(List.of("Moody's", "Standard & Poor's", "Fitch"), e.organisations());
    }

    @Test
    void wordAfterAPersonWithARoleInABodyIsThatBody() {
        Entities e = extract("Topman Jan de Vries van Quooker is tevreden. Burgemeester Anna Smit van Dalfsen ook.");
        assertEquals(List.of("Quooker"), e.organisations());
        assertEquals(List.of("Dalfsen"), e.places());
    }

    @Test
    void sourceCreditLeadIsNoTownAndNamesNoPerson() {
        Entities e = extract("De staking duurt voort.\nBron: NOS\nBeeld: Reuters / Piet Bakker");
        assertEquals(List.of(), e.places());
        assertEquals(List.of(), e.persons());
        assertEquals(List.of("NOS", "Reuters"), e.organisations());
    }

    @Test
    void siteNamedAfterATitledPersonIsAPlace() {
        Entities e = extract("De Rode Duivels spelen in het Koning Boudewijnstadion. Koning Filip kijkt toe.");
        assertEquals(List.of("Koning Boudewijnstadion"), e.places());
        assertEquals(List.of("Filip"), e.persons());
    }

    @Test
    void worldCitiesTheLexiconLacksArePlacesWithoutACue() {
        Entities e = extract("Het Spaanse Valencia herstelt nog. Sydney en Lviv kregen ook regen.");
        assertEquals(List.of("Valencia", "Sydney", "Lviv"), e.places());
    }

    @Test
    void kindOfBodyOpeningASentenceIsNoPartOfTheName() {
        Entities e = extract("Vakbond IG Metall eist meer loon. Stichting Dierenlot helpt. Havenbedrijf Rotterdam groeit.");
        assertEquals(List.of("IG Metall", "Stichting Dierenlot", "Havenbedrijf Rotterdam"), e.organisations());
    }

    @Test
    void cuedBodyKeepsItsRegionalBranch() {
        Entities e = extract("Volgens vakbond ACV Limburg is het te laat. Werkgeversorganisatie Voka Vlaams-Brabant is boos.");
        assertEquals(List.of("ACV Limburg", "Voka Vlaams-Brabant"), e.organisations());
        assertEquals(List.of(), e.places());
    }

    @Test
    void datelineInCapitalsIsThePlace() {
        Entities e = extract("Storm\n\nDEN HAAG - Het kabinet valt.\n\n'S-HERTOGENBOSCH - Ook hier.\n\nNOS - Geen plaats.");
        assertEquals(List.of("Den Haag", "'s-Hertogenbosch"), e.places());
        assertEquals(List.of("NOS"), e.organisations());
    }

    @Test
    void titleListedAsSurnameEndsANameAfterAParticle() {
        Entities e = extract("Wethouder Ruud de Koning van Voorschoten zei het. Koning Willem-Alexander zweeg.");
        assertEquals(List.of("Ruud de Koning", "Willem-Alexander"), e.persons());
    }

    @Test
    void germanTownWithItsRiverIsOnePlace() {
        assertEquals(List.of("Emmerich am Rhein", "Mülheim an der Ruhr"),
                extract("De bende sloeg toe in Emmerich am Rhein en in Mülheim an der Ruhr.").places());
    }

    @Test
    void inhabitantBeforeANameIsNoPartOfIt() {
        Entities e = extract("Curaçaoënaar Shendrick Martina sloeg een homerun. Rotterdammer Jan Smit ving.");
        assertEquals(List.of("Shendrick Martina", "Jan Smit"), e.persons());
    }

    @Test
    void capitalisedArticleMidSentenceBelongsToTheName() {
        assertEquals(List.of("Het Financieele Dagblad"),
                extract("Dat melden ingewijden aan Het Financieele Dagblad.").organisations());
    }

    @Test
    void bodyNamedAfterAPlaceAfterItsKindIsTheBody() {
        Entities e = extract("Durfinvesteerder Waterland koopt het bedrijf. Het gerechtshof Arnhem-Leeuwarden oordeelt.");
        assertEquals(List.of("Waterland", "gerechtshof Arnhem-Leeuwarden"), e.organisations());
        assertEquals(List.of(), e.places());
    }

    @Test
    void kindOfBodyOpeningASentenceIsDroppedBeforeLongerNamesAreRead() {
        Entities e = extract("Vakbond Nautilus International is boos. Milieuorganisatie Bond Beter Leefmilieu vraagt uitleg.");
        assertEquals(List.of("Nautilus International", "Bond Beter Leefmilieu"), e.organisations());
    }

    @Test
    void tunnelsAndAreasArePlaces() {
        Entities e = extract("De Kennedytunnel en het Sloegebied liggen er verlaten bij.");
        assertEquals(List.of("Kennedytunnel", "Sloegebied"), e.places());
        assertEquals(List.of(), e.organisations());
    }

    @Test
    void datelineKeepsTheLinkingWordsOfAPlaceLowercase() {
        assertEquals(List.of("Hoek van Holland"), extract("Veerdienst\n\nHOEK VAN HOLLAND - De boot vaart.").places());
    }

    @Test
    void streetNamedAfterAPersonKeepsItsCapitalisedDe() {
        assertEquals(List.of("De Ruijterkade"), extract("Het kantoor aan De Ruijterkade gaat dicht.").places());
    }

    @Test
    void nameEndingInAVenueWordIsAPlaceNotAPerson() {
        Entities e = extract("Diaz Arena loopt vol voor de derby.");
        assertEquals(List.of("Diaz Arena"), e.places());
        assertEquals(List.of(), e.persons());
    }

    @Test
    void belgianCourtsAreBodiesOfTheirDistrict() {
        Entities e = extract("De rechtbank van eerste aanleg West-Vlaanderen oordeelt. De ondernemingsrechtbank Gent ook.");
        assertEquals(List.of("rechtbank van eerste aanleg West-Vlaanderen", "ondernemingsrechtbank Gent"), e.organisations());
        assertEquals(List.of(), e.places());
    }
}
