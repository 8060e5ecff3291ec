package dev.offprint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The title heuristics of {@link MetadataReader}, one page snippet each. */
class MetadataTitleTest {

    private static String title(String html) {
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/post"), null).metadata().title();
    }

    @Test
    void dublinCoreTitleComesBeforeOpenGraph() {
        assertEquals("Dublin Core title", title("<head><title>Page</title><meta property=og:title content='Sharing title'>"
                + "<meta property=dc:title content='Dublin Core title'></head><body><p>Text</p>"));
    }

    @Test
    void aLoneHeadingSharingOneIncidentalWordDoesNotBeatTheDeclaredTitle() {
        assertEquals("Preferred title", title("<head><title>Element</title><meta property=og:title content='Preferred title'></head>"
                + "<body><h1>Test document title</h1><p>Text</p>"));
    }

    @Test
    void aLoneHeadingOnTheSameSubjectBeatsTheSharingTitle() {
        assertEquals("Wait, are dead skin cells actually a good thing?",
                title("<head><meta property=og:title content='Dead Skin Cells Might Actually Be A Good Thing'></head>"
                        + "<body><h1>Wait, are dead skin cells actually a good thing?</h1><p>Text</p>"));
    }

    @Test
    void aTitleParsedIntoTheBodyIsStillRead() {
        // A server warning printed before the doctype pushes <head> into <body>.
        assertEquals("Alles Neue macht der Mai", title("<b>Warning</b>: mysql_get_server_info() failed<br>\n<!DOCTYPE html><html><head>"
                + "<title>Alles Neue macht der Mai | Bibliothek 2.0</title></head><body><svg><title>arrow</title></svg><p>Text</p>"));
    }

    @Test
    void aScreenReaderHeadingRepeatingTheTitleIsNotTheHeadline() {
        assertEquals("Tote Hummeln unter Linden", title("<head><meta property=og:site_name content=Hummeln>"
                + "<meta property=og:title content='Tote Hummeln unter Linden: Die Erklärung | Hummeln'></head><body>"
                + "<header><h2 class=screen-reader-text>Tote Hummeln unter Linden: Die Erklärung | Hummeln</h2></header>"
                + "<article><h1 class=entry-title>Tote Hummeln unter Linden</h1><p>Text</p></article>"));
    }

    @Test
    void aLogoHeadingInTheTitleIsNotTakenForTheArticle() {
        String t = "Camping in autumn (2) @ Steven's home :: PIXNET ::";
        assertEquals(t, title("<head><meta property=og:title content=\"" + t + "\"></head><body>"
                + "<h1 class=topbar__logo__title>PIXNET</h1><h1><a href='http://steven.example/blog'>Steven's home</a></h1><p>Text</p>"));
        assertEquals("Evolve: Shared Mutable History", title("<head><title>Evolve: Shared Mutable History — evolve extension for Mercurial</title></head><body>"
                + "<h1><a href='index.html'>evolve extension for Mercurial</a></h1><h1>Evolve: Shared Mutable History</h1><p>Text</p>"));
    }

    @Test
    void aJsonLdHeadlineLosesTheSiteSuffix() {
        assertEquals("Ultium Cells erhöht Kapazität", title("<head><meta property=og:site_name content='Battery-News.de'>"
                + "<script type='application/ld+json'>{\"@type\":\"Article\",\"name\":\"Ultium Cells erhöht Kapazität - Battery-News.de\"}</script>"
                + "</head><body><p>Text</p>"));
    }

    @Test
    void anUnnamedOpeningSpanOfTheHeadingIsAKicker() {
        assertEquals("Bundesregierung drosselt Bioenergie, Branche protestiert", title(
                "<head><title>Bundesregierung drosselt Bioenergie, Branche protestiert | Energiezukunft</title></head><body>"
                + "<h1><span class=green>Strompreisbremse – Erlösabschöpfung</span><span>: </span>"
                + "<span class=headline>Bundesregierung drosselt Bioenergie, Branche protestiert</span></h1><p>Text</p>"));
        // A heading that is one element is whole.
        assertEquals("Bundesregierung drosselt Bioenergie", title("<head><title>Bundesregierung drosselt Bioenergie | Energiezukunft</title></head><body>"
                + "<h1><span>Bundesregierung drosselt Bioenergie</span></h1><p>Text</p>"));
    }

    @Test
    void hiddenTextInTheHeadingIsNotPartOfTheTitle() {
        assertEquals("Was wir über uns nicht hören wollen", title("<head><meta property=og:title content='Was wir über uns nicht hören wollen | FASSETTE.NET'>"
                + "</head><body><h1 class=title>Was wir über uns nicht hören wollen<span class=element-invisible> | FASSETTE.NET</span></h1><p>Text</p>"));
    }

    @Test
    void aLoneHeadingThatGoesOnFromTheDeclaredTitleIsItsFullForm() {
        assertEquals("Ultium Cells erhöht Gigafactory-Kapazität in Tennessee", title("<head>"
                + "<script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"Ultium Cells erhöht Gigafactory-Kapazität\"}</script>"
                + "</head><body><h1>Ultium Cells erhöht Gigafactory-Kapazität in Tennessee</h1><p>Text</p>"
                + "<aside><h3 class=title>Ultium Cells erhöht Gigafactory-Kapazität</h3></aside><div class=post-title>Ultium Cells erhöht Gigafactory-Kapazität</div>"));
        // After a separator comes a second title, not the rest of the first.
        assertEquals("Skandinavien im Wohnmobil erleben", title("<head><meta property=og:title content='Skandinavien im Wohnmobil erleben'>"
                + "<title>Vanlife in Schweden | Outdoor</title></head><body><h1>Vanlife in Schweden - Skandinavien im Wohnmobil</h1>"
                + "<h2>Skandinavien im Wohnmobil erleben</h2><p>Text</p>"));
    }

    @Test
    void ideographicSpacesStayButWidowNoBreakSpacesGo() {
        assertEquals("欲張りなイヌ\u3000＜福娘童話集＞", title("<head><title>欲張りなイヌ\u3000＜福娘童話集＞</title></head><body><p>Text</p>"));
        assertEquals("So Do We.", title("<head><title>So Do\u00A0We.</title></head><body><p>Text</p>"));
    }

    @Test
    void withoutATitleElementADeclaredTitleOnAnotherSubjectStillWins() {
        assertEquals("Some Other Title", title("<head><meta name=parsely-title content='Some Other Title'></head><body><h1>Test document heading</h1><p>Text</p>"));
        assertEquals("Test document heading", title("<head></head><body><h1>Test document heading</h1><p>Text</p>"));
    }

    @Test
    void aBreadcrumbHeadingIsNotTheHeadline() {
        assertEquals("Lässt sich die Ausbreitung kontrollieren?", title("<head><meta property=og:title content='Covid-19: Lässt sich die Ausbreitung kontrollieren?'>"
                + "</head><body><ol class=breadcrumbs><li><a href=/>Home</a></li><li><h1>Covid-19: Lässt sich die Ausbreitung kontrollieren?</h1></li></ol>"
                + "<article><h2><span class=kicker>Covid-19</span> <span class=content__title>Lässt sich die Ausbreitung kontrollieren?</span></h2><p>Text</p></article>"));
        // A headline the theme sets in a breadcrumb bar, not in a crumb, is still the headline.
        assertEquals("Pearl Oscar Dress -- STOLEN!!!", title("<head><title>Pearl Oscar Dress -- STOLEN!!! | TMZ.com</title></head><body>"
                + "<div class=breadcrumbs><h1 class=post-title-breadcrumb>Pearl Oscar Dress -- STOLEN!!!</h1></div><p>Text</p>"));
    }

    @Test
    void aTitleLabelInsideALinkNamesWhatTheLinkLeadsTo() {
        assertEquals("Make your Firefox your own", title("<head><meta property=og:title content='Firefox — Customize and make it your own — The most flexible browser'>"
                + "</head><body><main><h1>Make your Firefox your own</h1><p>Text</p>"
                + "<a class=download-link href=/dl><strong class=download-title>Firefox</strong> for Windows</a></main>"));
    }

    @Test
    void theArticlesOwnHeadingBeatsANewsletterHeadingInMain() {
        assertEquals("Mein cosy Home Gift Guide bei Westwing", title("<head><title>Christmas Gift Guide | Journelles | Jetzt entdecken!</title></head><body><main>"
                + "<article><h1>Mein cosy Home Gift Guide bei Westwing</h1><p>Text</p></article>"
                + "<div class=newsletter><h1>Das ist Liebe in deinem Posteingang: Unser Newsletter!</h1></div></main>"));
    }

    @Test
    void ofSeveralHeadingsTheOneOnThePagesSubjectIsTheHeadline() {
        assertEquals("Wellaflex – Schnell aufgefrischtes Haar mit dem Trockenshampoo", title("<head>"
                + "<title>The Insiders - Schnell aufgefrischtes Haar mit dem neuen Wellaflex Trockenshampoo - Info (de-de)</title>"
                + "<meta property=og:title content='Möchtest Du The Insiders mit mir zusammen beitreten?'></head><body>"
                + "<h1>Wellaflex – Schnell aufgefrischtes Haar mit dem Trockenshampoo</h1><p>Text</p><h1>Anwendung</h1><p>Text</p>"));
        assertEquals("Frei erfunden: Grab-Bote fliegt nach Singapur", title("<head><meta property=og:title content='Frei erfunden: Grab-Bote fliegt nach Singapur, Thailand'>"
                + "</head><body><h1>Bangkok</h1><h1 class=page-title>Frei erfunden: Grab-Bote fliegt nach Singapur</h1><p>Text</p><h1>Leserkommentare</h1>"));
    }

    @Test
    void aTitleThatIsJustTheDomainLosesToTheLoneHeading() {
        assertEquals("Willkommen!", MetadataReader.read(Jsoup.parse("<head><title>Anwalt Niemeyer</title>"
                + "<link rel=canonical href='https://anwaltniemeyer.de/'></head><body><h1>Willkommen!</h1><p>Text</p>", ""), null).metadata().title());
        // A title on another subject than the heading, and not the site's name, still wins.
        assertEquals("Anwalt Meyer", MetadataReader.read(Jsoup.parse("<head><title>Anwalt Meyer</title>"
                + "<link rel=canonical href='https://anwaltniemeyer.de/'></head><body><h1>Willkommen!</h1><p>Text</p>", ""), null).metadata().title());
    }

    @Test
    void aShareBoxRepeatingTitleAndSiteLosesToTheBareHeadline() {
        // Chinese titles set the separator without spaces.
        assertEquals("武汉的声音：有英勇的你，才有英雄的城！", title("<head><title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title></head><body>"
                + "<div class=share-title>武汉的声音：有英勇的你，才有英雄的城！-新华网</div><div class=h-title>武汉的声音：有英勇的你，才有英雄的城！</div><p>Text</p>"));
        assertEquals("Weekly report", title("<head><title>Weekly report - SLF</title></head><body>"
                + "<div class=share-title>Weekly report - SLF</div><div class=h-title>Weekly report</div><p>Text</p>"));
        // A part in brackets belongs to the title.
        assertEquals("Bhindi masala (okra stir fry)", title("<head><title>Bhindi masala (okra stir fry)</title></head><body>"
                + "<h1>Bhindi masala (okra stir fry)</h1><p>Text</p><div class=recipe-title>Bhindi masala</div>"));
    }

    @Test
    void aLowerCaseDeclaredTitleTakesTheCapitalsThePageShows() {
        assertEquals("Makrophotos von Insekten", title("<head><meta property=og:title content='makrophotos von insekten'></head><body>"
                + "<div class=post><p><strong>Makrophotos von Insekten</strong></p><p>Text</p></div>"));
        // A title the page never shows otherwise stays as declared.
        assertEquals("makrophotos von insekten", title("<head><meta property=og:title content='makrophotos von insekten'></head><body><p>Text</p>"));
    }

    @Test
    void aHeadingEndingWithTheTitleAfterASeparatorOpensWithAKicker() {
        assertEquals("Impfen und Boostern ist bis Ende Februar möglich", title("<head><title>Impfen und Boostern ist bis Ende Februar möglich</title>"
                + "<meta property=og:title content=Medienmitteilungen></head><body><h1><style>.a{color:grey}</style>"
                + "<span class=a>Medienmitteilung der Gesundheits-, Sozial- und Integrationsdirektion <span class=b>:</span></span>"
                + "Impfen und Boostern ist bis Ende Februar möglich</h1><p>Text</p>"));
        // Without a separator the heading is a fuller title, not a kicker and a title.
        assertEquals("Warum Impfen und Boostern ist bis Ende Februar möglich", title("<head><title>Impfen und Boostern ist bis Ende Februar möglich</title>"
                + "</head><body><h1>Warum Impfen und Boostern ist bis Ende Februar möglich</h1><p>Text</p>"));
    }

    @Test
    void anInlineStyleBlockDoesNotHideAnUnnamedKicker() {
        assertEquals("Bundesregierung drosselt Bioenergie, Branche protestiert", title(
                "<head><title>Bundesregierung drosselt Bioenergie, Branche protestiert | Energiezukunft</title></head><body>"
                + "<h1><style>.g{color:green}</style><span class=g>Strompreisbremse</span>"
                + "Bundesregierung drosselt Bioenergie, Branche protestiert</h1><p>Text</p>"));
    }

    @Test
    void aLoneHeadingTheOpenGraphTitleShowsBeatsARecipeCardsJsonLdName() {
        assertEquals("Char Kway Teow (Stir Fry Flat Rice Noodles)", title("<head>"
                + "<meta property=og:title content='Char Kway Teow (Stir Fry Flat Rice Noodles) - Eat What Tonight'>"
                + "<meta property=og:site_name content='Eat What Tonight'>"
                + "<script type='application/ld+json'>{\"@type\":\"Recipe\",\"name\":\"Char Kway Teow (Stir Fry Flat Noodles)\"}</script>"
                + "</head><body><article><h1 class=entry-title><a href=/char-kway-teow>Char Kway Teow (Stir Fry Flat Rice Noodles)</a></h1><p>Text</p>"
                + "<div class=recipe-card><h2 class=recipe-card-title>Char Kway Teow (Stir Fry Flat Noodles)</h2></div></article>"));
    }

    @Test
    void aHyphenatedCompoundIsTheSameWordAsItsClosedSpelling() {
        assertEquals("Mail-Aktion an den Deutschen Bundestag", title("<head><title>Mailaktion an den Bundestag</title></head><body>"
                + "<h1>Mail-Aktion an den Deutschen Bundestag</h1><p>Text</p>"));
    }

    @Test
    void aTaglineHeldInTheTitleLosesToTheLoneHeadingOnTheSameThing() {
        assertEquals("Parallels Desktop 15 for Mac", title("<head><title>Run Windows on Mac - Parallels Desktop 15 Virtual Machine for Mac</title></head><body>"
                + "<header><h1>Parallels Desktop 15 for Mac</h1><h3>Run Windows on Mac</h3></header><p>Text</p>"));
        // An h1 with separators of its own is a section's label; the post's heading stays the title.
        assertEquals("Hochauflösende Schneekarten auf Gipfelbuch.ch", title("<head>"
                + "<title>gipfelbuch.ch - Outdoornews - Hochauflösende Schneekarten auf Gipfelbuch.ch</title></head><body>"
                + "<main><h1>OutdoorNews | Eintrag</h1><h2>Hochauflösende Schneekarten auf Gipfelbuch.ch</h2><p>Text</p></main>"));
    }

    @Test
    void withoutAnH1AnH2OnTheCompositeTitlesSubjectIsTheHeadline() {
        assertEquals("Bootsdienst Ausbildung", title("<head><title>Feuerwehr Oldenburg - Ausbildung</title></head><body>"
                + "<div><h2 class=hide>Navigation</h2><h2>Bootsdienst Ausbildung</h2><p>Text</p></div>"));
        // A bare declared title beside the composite one is the page's own statement: it stays.
        assertEquals("Die Minze als Mutmacher – Bericht aus dem türkischen Knast", title("<head>"
                + "<title>Die Minze als Mutmacher – Bericht aus dem türkischen Knast | hessenschau.de</title>"
                + "<meta property=og:title content='Die Minze als Mutmacher – Bericht aus dem türkischen Knast'></head><body>"
                + "<article><h2>Die Minze als Mutmacher – Bericht aus dem Knast</h2><p>Text</p></article>"));
        // A title without separators is the page's own title too.
        assertEquals("Bartleby the Scrivener Web Study Text", title("<head><title>Bartleby the Scrivener Web Study Text</title></head><body>"
                + "<table><tr><td><h2>Bartleby the Scrivener: A Story of Wall-Street (1853)</h2><p>Text</p></td></tr></table>"));
    }

    @Test
    void aSectionAndHeadlineLineWhosePartsTheTitleHoldsApartGivesTheHeadline() {
        assertEquals("Eintracht Frankfurt stellt Weichen für die Zukunft", title("<head>"
                + "<title>EFC Bembel Regensburg - Eintracht Frankfurt stellt Weichen für die Zukunft - Eintracht Presse - News</title></head><body>"
                + "<table><tr><td class=itemHead><span class=itemTitle>Eintracht Presse : Eintracht Frankfurt stellt Weichen für die Zukunft</span></td></tr></table><p>Text</p>"));
        // A heading the title holds whole (dashes aside) is a title of two parts, not a section and a headline.
        assertEquals("Energy Rising – 33 Tage Yoga Challenge", title("<head><title>Energy Rising - 33 Tage Yoga Challenge - Mady Morrison - Yoga Lifestyle</title>"
                + "<meta property=og:site_name content='Mady Morrison - Yoga Lifestyle'></head><body>"
                + "<article><h1 class=post-title>Energy Rising – 33 Tage Yoga Challenge</h1><p>Text</p></article>"));
    }

    @Test
    void theTitleIsInUnicodesComposedForm() {
        assertEquals("কুপিয়ে হত্যা", title("<head><title>কুপি\u09DFে হত্যা</title></head><body><p>Text</p>"));
        assertEquals("Café Müller", title("<head><title>Cafe\u0301 Mu\u0308ller</title></head><body><p>Text</p>"));
    }

    @Test
    void aTitleThatIsTheMenusLabelForThePageLosesToItsH1() {
        assertEquals("The strategic Think & Do Tank", title("<head><title>About Us - Shabka</title><meta property=og:site_name content=Shabka></head><body>"
                + "<nav><ul class=menu><li><a href=/>Home</a></li><li><a href=/about>About Us</a></li></ul></nav>"
                + "<h1>The strategic Think &amp; Do Tank</h1><p>Text</p>"));
        // Shown as a heading too, the label is the page's title.
        assertEquals("About Us", title("<head><title>About Us - Shabka</title><meta property=og:site_name content=Shabka></head><body>"
                + "<nav><ul class=menu><li><a href=/about>About Us</a></li></ul></nav><h2>About Us</h2>"
                + "<h1>The strategic Think &amp; Do Tank</h1><p>Text</p>"));
    }

    @Test
    void titlesThatAreAllTheSitesNameLoseToTheFirstOtherHeading() {
        assertEquals("Davor und Danach", title("<head><title>ICON • ICON Magazine</title><meta property=og:title content='ICON Magazine'>"
                + "<meta property=og:site_name content='ICON Magazine'></head><body><h1 class=head-title>ICON Magazine</h1>"
                + "<h4 class=single-subtitle>ICON</h4><div class=title><div class=title-text><p><em>Davor und Danach</em></p></div></div><p>Text</p>"));
    }

    @Test
    void aTitleOfTheSitesAndASectionsNameLosesToTheFirstHeadline() {
        assertEquals("Energiepreiskrise: Entlastungen auf einen Blick", MetadataReader.read(Jsoup.parse("<head><title>energieverbraucher.de | Gaspreise</title>"
                + "<link rel=canonical href='https://www.energieverbraucher.de/de/gaspreise'></head><body><div class=cat-title>Energiebezug</div>"
                + "<div class=article-content><div class=itc-headline>Energiepreiskrise: Entlastungen auf einen Blick</div><p>Text</p></div>", ""), null)
                .metadata().title());
        // A title of three words beside the site's name is the page's own.
        assertEquals("Gaspreise steigen weiter", MetadataReader.read(Jsoup.parse("<head><title>energieverbraucher.de | Gaspreise steigen weiter</title>"
                + "<link rel=canonical href='https://www.energieverbraucher.de/de/gaspreise'></head><body>"
                + "<div class=article-content><div class=itc-headline>Energiepreiskrise: Entlastungen auf einen Blick</div><p>Text</p></div>", ""), null)
                .metadata().title());
    }

    @Test
    void governmentSiteBuilderAuralTextIsNotPartOfTheTitle() {
        // "aural" spans and headings are for screen readers only.
        assertEquals("Energiewende, Mobilität und nachhaltiges Wirtschaften", title("<head><title>Energiewende und nachhaltiges Wirtschaften - BMBF</title>"
                + "</head><body><h1 class=aural>Navigation und Service</h1><main><h1 class=c-intro__headline><span>Energiewende, Mobilität und nachhaltiges Wirtschaften</span>"
                + "<span class=aural>: </span><small class=c-topline><span class=aural>, Thema:</span><span>Forschung</span></small></h1>"
                + "<p>Text</p></main><h1 class=aural>Fußbereich</h1>"));
    }

    @Test
    void aBoxDrawingBarSeparatesTheSiteName() {
        assertEquals("Produkttester werden: gratis testen & bewerten", title("<head>"
                + "<meta property=og:title content='Produkttester werden: gratis testen &amp; bewerten \u2502 Nestlé Marktplatz'></head><body><p>Text</p>"));
    }

    @Test
    void aLastPartOpeningWithTheDomainNameIsTheSiteEvenAfterAShortHeadline() {
        assertEquals("Magic Cleaning", MetadataReader.read(Jsoup.parse("<head><title>Magic Cleaning | sheego \u2665 Magazin</title>"
                + "<link rel=canonical href='https://www.sheego.de/magazin/magic-cleaning/'></head><body><p>Text</p>",
                "https://www.sheego.de/magazin/magic-cleaning/"), null).metadata().title());
        // A two-word title whose last part is not the site's stays whole.
        assertEquals("Magic Cleaning | Tipps und Tricks", title("<head><title>Magic Cleaning | Tipps und Tricks</title></head><body><p>Text</p>"));
    }

    @Test
    void theSiteLogoHeadingInTheTitleDoesNotHideTheArticleHeading() {
        assertEquals("Historischer Markt", title("<head><title>Historischer Markt › Historische Wehranlage in Horka e.V</title></head><body>"
                + "<h1><a href='http://www.wehranlage-horka.de'>Historische Wehranlage in Horka e.V</a></h1>"
                + "<div class=post><h2 class=entry-title>Historischer Markt</h2><p>Text</p></div>"));
    }

    @Test
    void aSlugDeclaredAsTitleIsSkipped() {
        assertEquals("Kindersitze im Test", title("<head><title>ADAC Kindersitz-Test 2018 | ADAC</title>"
                + "<meta property=og:title content='adac-kindersitztest-herbst-2018'><meta name=twitter:title content='Kindersitze im Test'>"
                + "</head><body><p>Text</p>"));
        assertEquals("ADAC Kindersitz-Test 2018", title("<head><title>ADAC Kindersitz-Test 2018 | ADAC</title>"
                + "<meta property=og:title content='adac-kindersitztest-herbst-2018'></head><body><p>Text</p>"));
    }

    @Test
    void aSharingBlurbIsNoTitle() {
        assertEquals("shop.example reviewed by Mrs H Pyke", title("<head><title>shop.example reviewed by Mrs H Pyke</title>"
                + "<meta property=og:title content='Mrs H Pyke gave shop.example 5 stars. Check out the full review...'></head><body><p>Text</p>"));
        // One sentence trailing off is a title.
        assertEquals("Mr. Smith goes to Washington…", title("<head><title>Page</title>"
                + "<meta property=og:title content='Mr. Smith goes to Washington…'></head><body><p>Text</p>"));
    }

    @Test
    void aLowerCaseKeywordLineWithTheDomainNameIsNoHeadline() {
        String page = "<head><title>blog | Echte Demokratie Jetzt! Occupy</title><link rel=canonical href='http://www.echte-demokratie-jetzt.de/blog/'>"
                + "</head><body><h1 id=site-title><a href='http://www.echte-demokratie-jetzt.de/'>Echte Demokratie Jetzt! Occupy</a></h1>"
                + "<div id=main><h1>yes we camp echte demokratie jetzt spanishrevolution <a href='/t-shirt/'>yeswecamp t-shirt</a></h1>"
                + "<div class=post><h2 class=entry-title>Liebe Menschen Europas</h2><p>Text</p></div></div>";
        assertEquals("Liebe Menschen Europas", MetadataReader.read(Jsoup.parse(page, "http://www.echte-demokratie-jetzt.de/blog/"), null).metadata().title());
    }

    @Test
    void theLogoHeadingBesideASectionNameIsTheSiteOnly() {
        // "Section | Logo heading": the first heading below the logo names the page.
        assertEquals("Liebe Menschen Europas", title("<head><title>blog | Echte Demokratie Jetzt! Occupy</title></head><body>"
                + "<h1 class=site-title><a href='/'>Echte Demokratie Jetzt! Occupy</a></h1>"
                + "<div class=post><h2 class=entry-title>Liebe Menschen Europas</h2><p>Text</p></div>"));
    }

    @Test
    void aSectionLabelBeforeTheSiteNameGoesToo() {
        assertEquals("Stadtrat beschließt neuen Haushalt", title("<head><title>Stadtrat beschließt neuen Haushalt | Lokales | Musterstadt Zeitung</title>"
                + "<meta property=og:site_name content='Musterstadt Zeitung'></head><body><p>Text</p>"));
        // A paginated article's page number goes like a section's label.
        assertEquals("Stadtrat beschließt neuen Haushalt", title("<head><title>Stadtrat beschließt neuen Haushalt - Seite 2 - Musterstadt Zeitung</title>"
                + "</head><body><p>Text</p>"));
        // A date after the separator is part of the title, not a section.
        assertEquals("Unia Leszno gegen Falubaz Zielona Góra - 28.09.2020", title("<head>"
                + "<title>Unia Leszno gegen Falubaz Zielona Góra - 28.09.2020 - Sport Seite</title><meta property=og:site_name content='Sport Seite'>"
                + "</head><body><p>Text</p>"));
        assertEquals("Stadtrat beschließt neuen Haushalt", title("<head><title>Stadtrat beschließt neuen Haushalt \u22C5 Musterstadt Zeitung</title>"
                + "</head><body><p>Text</p>"));
    }

    @Test
    void aPermalinkMarkerInTheHeadingIsNotPartOfTheTitle() {
        assertEquals("Installing the tool", title("<head><title>Installing the tool</title></head><body>"
                + "<h1 id=x>Installing the tool<a class=headerlink href='#x' title='Permalink to this headline'>¶</a></h1><p>Text</p>"));
        // An in-page link with words stays.
        assertEquals("Installing the tool on Linux", title("<head><title>Installing the tool on Linux | Docs</title></head><body>"
                + "<h1>Installing the tool on <a href='#linux'>Linux</a></h1><p>Text</p>"));
    }

    @Test
    void searchMarksSoftHyphensTwiceEncodedEntitiesAndDanglingSeparatorsAreTidied() {
        assertEquals("Strompreise 2024: So sparen Sie beim Wechsel", title("<head><title>\u25B7 Strompreise 2024: So sparen Sie beim Wechsel \u2714</title></head><body><p>Text</p>"));
        assertEquals("Stadtrat beschließt neuen Haushalt", title("<head><meta property=og:title content='Stadt&shy;rat be&shy;schließt neuen Haushalt'></head><body><p>Text</p>"));
        assertEquals("Tom & Jerry kehren ins Kino zurück", title("<head><title>Tom &amp;amp; Jerry kehren ins Kino zurück</title></head><body><p>Text</p>"));
        assertEquals("Stadtrat beschließt neuen Haushalt", title("<head><title>Stadtrat beschließt neuen Haushalt |</title></head><body><p>Text</p>"));
        // An emoji is the writer's.
        assertEquals("Wir fliegen zum Mond \uD83D\uDE80", title("<head><title>Wir fliegen zum Mond \uD83D\uDE80</title></head><body><p>Text</p>"));
    }

    @Test
    void theLogoHeadingEqualToASiteNameTitleGivesWayToThePageHeading() {
        assertEquals("Stadtrat beschließt neuen Haushalt", title("<head><title>Zeitung</title><meta property=og:site_name content=Zeitung></head><body>"
                + "<header><h1><a href='/'>Zeitung</a></h1></header><main><h2>Stadtrat beschließt neuen Haushalt</h2><p>Text</p></main>"));
    }

    @Test
    void theSiteNameIsCutFromCjkTitlesAndFromTheMiddle() {
        assertEquals("東京で新しい美術館が開館", title("<head><meta charset=utf-8><title>東京で新しい美術館が開館｜アートニュース</title>"
                + "<meta property=og:site_name content='アートニュース'></head><body><p>Text</p>"));
        assertEquals("【速報】東京で新しい美術館が開館", title("<head><meta charset=utf-8><title>【速報】東京で新しい美術館が開館 | アートニュース</title></head><body><p>Text</p>"));
        assertEquals("Stadtrat beschließt neuen Haushalt", title("<head><title>Stadtrat beschließt neuen Haushalt | NDR.de - Nachrichten - Niedersachsen</title>"
                + "<meta property=og:site_name content=NDR.de></head><body><p>Text</p>"));
    }

    /** The CJK cut reads code points: a headline ending in an Extension B ideograph (two chars) loses the site's name too. */
    @Test
    void theCjkSiteCutReadsCodePoints() {
        assertEquals("香港新開張的餐廳賣\uD840\uDC0B", title("<head><meta charset=utf-8><title>香港新開張的餐廳賣\uD840\uDC0B｜飲食新聞</title>"
                + "<meta property=og:site_name content='飲食新聞'></head><body><p>Text</p>"));
    }

    @Test
    void withoutHeadingsTheOneBlockNamedHeadlineIsTheTitle() {
        String head = "<head><title>Magic Cleaning | sheego \u2665 Magazin</title><link rel=canonical href='https://www.sheego.de/magazin/magic-cleaning/'></head><body>";
        assertEquals("Die besten Tricks von Marie Kondo", onSheego(head
                + "<div class=crumbs>Start | Magazin | Magic Cleaning</div><div class=l-headline><span>Die besten Tricks von Marie Kondo</span></div><p>Text</p>"));
        // Teasers and several different headline blocks are no title.
        assertEquals("Magic Cleaning", onSheego(head + "<div class=blog_teaser_headline>Kein Elefantengedächtnis in der Verwaltung</div><p>Text</p>"));
        assertEquals("Magic Cleaning", onSheego(head
                + "<div class=headline>Kein Elefantengedächtnis in der Verwaltung</div><div class=headline>Die besten Tricks von Marie Kondo</div><p>Text</p>"));
    }

    private static String onSheego(String html) {
        return MetadataReader.read(Jsoup.parse(html, "https://www.sheego.de/magazin/magic-cleaning/"), null).metadata().title();
    }

    @Test
    void aHeadingEqualToTheTitleButForItsDashesIsTheHeadline() {
        // Not the column's name that a sidebar list shows and the title holds before its dash.
        assertEquals("Kolumne: Queer Royal - Über Dragqueens auf der Bühne", title(
                "<head><title>Kolumne: Queer Royal – Über Dragqueens auf der Bühne</title></head><body>"
                + "<div class=page-header><h2>Kolumne: Queer Royal - Über Dragqueens auf der Bühne</h2></div><p>Text</p>"
                + "<div class=more><h3>Kolumne: Straßentheater</h3><h3>Kolumne: Queer Royal</h3></div>"));
    }

    @Test
    void theRegisteredNameIsTheLabelBeforeTheTopLevelDomainOrACountrysSecondLevel() {
        assertEquals("cnn", MetadataReader.registeredName("edition.cnn.com"), "a short name under a generic domain is the name");
        assertEquals("ndr", MetadataReader.registeredName("blog.ndr.de"));
        assertEquals("bbc", MetadataReader.registeredName("news.bbc.co.uk"));
        assertEquals("abc", MetadataReader.registeredName("abc.net.au"));
        assertEquals("sheego", MetadataReader.registeredName("sheego.de"));
        assertEquals("echtedemokratiejetzt", MetadataReader.registeredName("echte-demokratie-jetzt.de"));
        assertEquals(null, MetadataReader.registeredName("localhost"));
    }

    @Test
    void aDeclaredTitleOfThousandsOfWordsIsReadWithoutOverflowingTheStack() {
        String blurb = "ab. Cd ".repeat(3000);
        String slug = "ab-".repeat(6000) + "cd";
        for (String declared : new String[] {blurb, slug}) {
            String title = MetadataReader.read(Jsoup.parse("<head><meta property=og:title content='" + declared + "'>"
                    + "<title>Short title</title></head><body><p>Text</p>", "https://example.org/a"), null).metadata().title();
            org.junit.jupiter.api.Assertions.assertNotNull(title);
        }
    }
}
