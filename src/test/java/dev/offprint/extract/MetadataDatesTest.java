package dev.offprint.extract;

import static dev.offprint.extract.ExtractorSpecTest.FILLER;
import static dev.offprint.extract.ExtractorSpecTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.model.Article;
import dev.offprint.model.Metadata;
import org.junit.jupiter.api.Test;

/** The date heuristics of {@link MetadataReader}: which source dates the page, in which zone. */
class MetadataDatesTest {

    private static Metadata meta(String head, String body) {
        return extract("<html><head><title>Ferries</title>" + head + "</head><body>" + body + "</body></html>").metadata();
    }

    @Test
    void aBareMetaDateYieldsToTheDateUnderTheTitle() {
        Metadata m = meta("<meta name=date content=2020-02-12>", "<article><h1>Ferries</h1><div>05.02.2020 - Redaktion</div>" + FILLER + "</article>");
        assertEquals("2020-02-05", m.published());
        // Without a date by the title the meta date stands.
        Metadata alone = meta("<meta name=date content=2020-02-12>", "<article><h1>Ferries</h1>" + FILLER + "</article>");
        assertEquals("2020-02-12", alone.published());
    }

    @Test
    void aPublicationMetaIsNotOverruledByTheDateUnderTheTitle() {
        Metadata m = meta("<meta property=article:published_time content=2020-02-12>",
                "<article><h1>Ferries</h1><div>05.02.2020 - Redaktion</div>" + FILLER + "</article>");
        assertEquals("2020-02-12", m.published());
    }

    @Test
    void aUtcTimestampIsShownInTheOffsetThePageUsesElsewhere() {
        Metadata m = meta("<meta property=article:published_time content='2023-10-30T23:30:18+00:00'>",
                "<article><h1>Ferries</h1>" + FILLER + "</article><aside><time datetime='2023-10-28T14:25:35+01:00'>28.10.</time></aside>");
        assertEquals("2023-10-31T00:30:18+01:00", m.published());
        Metadata utcOnly = meta("<meta property=article:published_time content='2023-10-30T23:30:18+00:00'>",
                "<article><h1>Ferries</h1>" + FILLER + "</article>");
        assertEquals("2023-10-30T23:30:18Z", utcOnly.published(), "no local offset on the page: UTC stays");
    }

    @Test
    void theDayInTheAddressCorrectsAUtcTimestampOneDayOff() {
        Metadata m = meta("<link rel=canonical href='https://blog.example/2019/01/01/new-year/'>"
                + "<meta property=article:published_time content='2018-12-31T23:11:59+00:00'>",
                "<article><h1>Ferries</h1>" + FILLER + "</article>");
        assertEquals("2019-01-01", m.published());
        Metadata far = meta("<link rel=canonical href='https://blog.example/2019/01/05/new-year/'>"
                + "<meta property=article:published_time content='2018-12-31T23:11:59+00:00'>",
                "<article><h1>Ferries</h1>" + FILLER + "</article>");
        assertEquals("2018-12-31T23:11:59Z", far.published(), "an address days away is another story's date");
    }

    @Test
    void frenchMiseEnLigneIsThePublicationNotAnUpdate() {
        Metadata m = meta("", "<article><h1>Ferries</h1>" + FILLER + "</article><ul><li><p>Mise en ligne</p><p>23 mai 2019</p></li></ul>");
        assertEquals("2019-05-23", m.published());
        assertEquals(null, m.modified());
        Metadata upd = meta("", "<article><h1>Ferries</h1>" + FILLER + "</article><ul><li>Mis à jour le 23 mai 2019</li></ul>");
        assertEquals("2019-05-23", upd.modified());
    }

    @Test
    void aBritishPageReadsSlashedDatesDayFirst() {
        String body = "<article><h1>Ferries</h1><span class=time>02/10/2020</span>" + FILLER + "</article>";
        assertEquals("2020-10-02", extract("<html lang=en-GB><head><title>Ferries</title></head><body>" + body + "</body></html>").metadata().published());
        assertEquals("2020-02-10", extract("<html lang=en-US><head><title>Ferries</title></head><body>" + body + "</body></html>").metadata().published());
    }

    @Test
    void aPublicationDateOpeningALongerLineDatesThePageAndTheLineStays() {
        Article a = extract("<html><head><title>Ferries</title></head><body><article><h2>Episode 158</h2>" + FILLER
                + "<p>Veröffentlicht am 16.08.2019<br> Dauer: 1 Stunde 4 Minuten<br>Lizenz: CC-BY 4.0</p></article></body></html>");
        assertEquals("2019-08-16", a.metadata().published());
        assertTrue(ExtractorSpecTest.text(a).contains("Dauer: 1 Stunde"), "the line holds more than the date");
        // The date must follow the word: a date further on is something else's.
        Metadata far = meta("", "<article><h2>Episode 158</h2>" + FILLER
                + "<p>Veröffentlicht in der Reihe Wissen, die seit Jahren läuft, zuerst am 16.08.2019</p></article>");
        assertEquals(null, far.published());
    }

    @Test
    void anAuthorBoxWithADateDatesThePage() {
        Metadata m = meta("", "<article><h2>Clan news</h2>" + FILLER + "<div class='left author'>Author: <a href=/p>Bo2man</a> am 29.12.2010, 13:36 Uhr</div></article>");
        assertEquals("2010-12-29", m.published());
    }

    @Test
    void whenJsonLdAndOpenGraphDisagreeTheShownDayWins() {
        String head = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-01-04T07:29:00Z\"}</script>"
                + "<meta property=article:published_time content='2022-01-06T08:29:34'>";
        Metadata shown = meta(head, "<article><h1>Ferries</h1><div>06.01.2022</div>" + FILLER + "</article>");
        assertEquals("2022-01-06T08:29:34", shown.published());
        Metadata unseen = meta(head, "<article><h1>Ferries</h1>" + FILLER + "</article>");
        assertEquals("2022-01-04T07:29:00Z", unseen.published(), "nothing shown: the JSON-LD stays first");
    }
}
