package dev.offprint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The author heuristics of {@link MetadataReader} and {@link Names}, one page snippet each. */
class MetadataAuthorTest {

    private static List<String> authors(String html) {
        return authors(html, "https://example.org/post");
    }

    private static List<String> authors(String html, String url) {
        return MetadataReader.read(Jsoup.parse("<link rel=canonical href='" + url + "'>" + html, url), null).metadata().authors();
    }

    private static String meta(String name, String content) {
        return "<meta name='" + name + "' content='" + content + "'>";
    }

    @Test
    void anAuthorBoxInAPictureCaptionCreditsThePicture() {
        assertEquals(List.of(), authors("<body><article><h1>Podolski retires</h1><div class=article-photo><img src=a.jpg alt=x>"
                + "<div class=photo-text><span class=author>Photo from Lukas Podolski's Instagram</span><span>15 August 2016</span></div></div>"
                + "<p>Lukas Podolski has decided to stop playing for the national team.</p></article>"));
        assertEquals(List.of("Jane Doe"), authors("<body><article><h1>Podolski retires</h1><div class=author-photo-box><img src=jane.jpg alt=x>"
                + "<span class=author>Jane Doe</span></div><p>Lukas Podolski has decided to stop playing for the national team.</p></article>"));
        assertEquals(List.of("Jane Doe"), authors("<body><article><div class=image><img src=a.jpg alt=x></div><div class=caption>"
                + "<h2>Podolski retires</h2><ul class=author><li>Jane Doe</li></ul></div>"
                + "<p>Lukas Podolski has decided to stop playing for the national team.</p></article>"), "a header laid over the picture");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.SECONDS,
            threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void thousandsOfAuthorBoxesWithoutNamesAreJudgedInLinearTime() {
        // Each avatar box is named "author" and holds no name; its list's ancestors were once
        // searched for a headline per box (20,000 comments: minutes).
        String comments = "<li><div class=author-avatar><img src=a.jpg alt=''></div><p>Nice post, thanks.</p></li>".repeat(20_000);
        assertEquals(List.of(), authors("<body><article><p>Text of the article.</p></article><ol class=replies>" + comments + "</ol>"));
    }

    @Test
    void aListJoinedWithAndIsSeveralAuthors() {
        assertEquals(List.of("Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz", "NDR"),
                authors("<head>" + meta("author", "Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR") + "</head><body><p>x"));
        assertEquals(List.of("Richard David Precht", "Karin Fischer"),
                authors("<head>" + meta("author", "Richard David Precht im Gespräch mit Karin Fischer") + "</head><body><p>x"));
    }

    @Test
    void aCommaAloneOrACompanyIsNotSplit() {
        assertEquals(List.of("Kooman, F."), authors("<head>" + meta("author", "Kooman, F.") + "</head><body><p>x"));
        assertEquals(List.of("Johnson & Johnson"), authors("<head>" + meta("author", "Johnson & Johnson") + "</head><body><p>x"));
    }

    @Test
    void everyDublinCoreCreatorIsAnAuthor() {
        assertEquals(List.of("Kooman, F.", "Jong, Michiel de"),
                authors("<head>" + meta("DC.Creator", "Kooman, F.") + meta("DC.Creator", "Jong, Michiel de") + "</head><body><p>x"));
    }

    @Test
    void theWrittenByPairOfLinkPreviewsNamesTheAuthor() {
        assertEquals(List.of("Karoline Herr"), authors("<head>" + meta("twitter:label1", "Verfasst von")
                + meta("twitter:data1", "Karoline Herr") + meta("twitter:label2", "Lesezeit") + "</head><body><p>x"));
    }

    @Test
    void anEditorialTeamIsTheAuthorOnlyWhenNoPersonIs() {
        assertEquals(List.of("Redaktion"), authors("<head>" + meta("twitter:label1", "Written by") + meta("twitter:data1", "Redaktion")
                + "</head><body><p>x"));
        assertEquals(List.of("Jane Roe"), authors("<head>" + meta("twitter:label1", "Written by") + meta("twitter:data1", "Redaktion")
                + "</head><body><p class=byline>Jane Roe</p><p>x"));
    }

    @Test
    void whatFollowsANameIsCut() {
        assertEquals(List.of("Williams Perdomo"), authors("<head>" + meta("author", "Williams Perdomo @wperdomod") + "</head><body><p>x"));
        assertEquals(List.of("Johanna Kropfitsch"), authors("<body><div class=author>Johanna Kropfitsch Alle Artikel</div><p>x"));
        assertEquals(List.of("Tomas Spahn"), authors("<body><div class=author-box>Tomas Spahn Fr</div><p>x"));
        assertEquals(List.of("Robin Tschöpe"), authors("<head>" + meta("author", "FOCUS-Online-Experte Robin Tschöpe") + "</head><body><p>x"));
        assertEquals(List.of("Jane Doe"), authors("<head>" + meta("author", "Jane Doe, Staff Writer") + "</head><body><p>x"));
    }

    @Test
    void textWhereANameGoesButIsNoneIsRejected() {
        assertEquals(List.of(), authors("<head>" + meta("author", "cipha[at]cipha.net") + "</head><body><p>x"));
        assertEquals(List.of(), authors("<body><div class=author>Afficher mon profil complet</div><p>x"));
        assertEquals(List.of(), authors("<body><div class=author>Archiv anzeigen →</div><p>x"));
        assertEquals(List.of(), authors("<body><div class=author-date>am 12.05.2011</div><p>x"));
    }

    @Test
    void aCompanyOrInitialsInTheMarkupYieldToAVisiblePerson() {
        assertEquals(List.of("Alexandra Weber"), authors("<head>" + meta("author", "Web Commerce GmbH") + "</head><body>"
                + "<article><p>Von Alexandra Weber</p><p>Text of the article.</p></article>"));
        assertEquals(List.of("Cosima Künzel"), authors("<head>" + meta("author", "LN") + "</head><body>"
                + "<article><p>Text.</p><p><em>Von <span>Cosima Künzel</span></em></p></article>"));
    }

    @Test
    void theSiteAfterACommaIsNotPartOfTheName() {
        assertEquals(List.of("Rob Picheta"), authors("<head>" + meta("author", "Rob Picheta, CNN") + "</head><body><p>x",
                "https://edition.cnn.com/2021/03/08/royal"));
        assertEquals(List.of("Rob Picheta, Reuters"), authors("<head>" + meta("author", "Rob Picheta, Reuters") + "</head><body><p>x",
                "https://edition.cnn.com/2021/03/08/royal"));
    }

    @Test
    void aLabelElementIntroducesTheName() {
        assertEquals(List.of("Nikolai Huke"), authors("<body><div><h4>Autor</h4> <p><a href='/p/nh'>Nikolai Huke</a><b>, </b></p></div><p>x"));
        assertEquals(List.of("Peter Maahn"), authors("<body><div><h5>Autor: </h5>Peter Maahn/SP-X</div><p>x"));
        assertEquals(List.of("Cara Stiles"), authors("<body><div><span class=screen-reader-text>| By </span> <span>Cara Stiles</span> | "
                + "<time>April 13</time></div><p>x"));
    }

    @Test
    void aDateDashNameLineNamesTheWriter() {
        assertEquals(List.of("Amelie Loevenich"), authors("<body><h1>Variablen und ihr Zuhause</h1><p class=text-muted>11.12.2019 - Amelie Loevenich</p><p>x"));
        assertEquals(List.of("Eberhard Fuhr"), authors("<body><div>05.02.2020 <span>- Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</span></div><p>x"));
    }

    @Test
    void explicitPostedByTakesOneWordAndRolesEndTheNames() {
        assertEquals(List.of("Konstantin"), authors("<body><p>Text.</p><p>Posted by Konstantin @ 12:00 am</p>"));
        assertEquals(List.of("Uta Staschewski"), authors("<body><p>Text.</p><p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></p>"));
    }

    @Test
    void theCopyrightHolderOfAPersonalSiteIsTheLastResort() {
        assertEquals(List.of("Gregory Szorc"), authors("<body><p>Text.</p><div id=footer><p>Copyright (c) 2012- Gregory Szorc. All rights reserved.</p></div>"));
        // A photo credit names the photographer, not the writer.
        assertEquals(List.of(), authors("<body><figure><img src=a.jpg><figcaption><p>© 2020 Iona Dutz</p></figcaption></figure><p>Text.</p>"));
    }

    @Test
    void theWebPageNodeNamesTheAuthorWhenNoArticleIsDeclared() {
        assertEquals(List.of("Florina Ionescu"), authors("<head><script type='application/ld+json'>{\"@graph\":["
                + "{\"@type\":\"WebPage\",\"@id\":\"#page\",\"author\":{\"@id\":\"#/person/1\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#/person/1\",\"name\":\"Florina Ionescu\"}]}</script></head><body><p>x"));
    }

    @Test
    void aMonthNameEndsANameOnlyWhenADateFollowed() {
        assertEquals(List.of("Kate May"), authors("<body><span class=author>Kate May</span><p>x"));
        assertEquals(List.of("Nathan Willis"), authors("<body><span class=author>Nathan Willis March 25, 2015</span><p>x"));
    }

    @Test
    void aFirstNameInTheMarkupIsCompletedFromTheArticle() {
        assertEquals(List.of("Nils Pickert"), authors("<head>" + meta("author", "Nils") + "</head><body>"
                + "<p><strong>Eine Kolumne von Nils Pickert</strong></p><p>Text.</p>"));
        // A month after the first name is a date, not a surname.
        assertEquals(List.of("Nils"), authors("<head>" + meta("author", "Nils") + "</head><body><p>Von Nils März 2020</p><p>Text.</p>"));
    }

    @Test
    void aCommentByThePostsAuthorNamesThem() {
        String page = "<body><article><p>Text of the post.</p></article><ol class=commentlist>"
                + "<li class='comment byuser comment-author-reader'><div class=vcard><b class=fn>reader</b></div><p>Nice.</p>"
                + "<ul class=children><li class='comment byuser comment-author-jancak bypostauthor'><div class=vcard><b class=fn>jancak</b></div>"
                + "<p>Thanks!</p></li></ul></li></ol>";
        assertEquals(List.of("jancak"), authors(page));
        // Without the mark, a commenter is nobody's byline.
        assertEquals(List.of(), authors(page.replace(" bypostauthor", "")));
        // Once the comments are taken out, a second reading still knows the post's author.
        org.jsoup.nodes.Document doc = Jsoup.parse(page, "https://example.org/post");
        MetadataReader.Result first = MetadataReader.read(doc, null);
        doc.select("ol.commentlist").remove();
        assertEquals(List.of("jancak"), MetadataReader.read(doc, null, first).metadata().authors());
    }

    @Test
    void byBeforeALinkToAProfilePageNamesTheMember() {
        assertEquals(List.of("Marianne1"), authors("<body><div class=tip><span>von <span><a href='https://example.org/user/Marianne1.html'>"
                + "Marianne1</a></span><br> am 20.09.2020</span></div><p>Text.</p>"));
        assertEquals(List.of("delta201"), authors("<body><div><a href='/fiction/1'><h2>Melas</h2></a><span> by </span>"
                + "<h3><a href='/profile/142450'>delta201</a></h3></div><p>Text.</p>"));
        // A profile link without "by" before it (a list of members) names no author.
        assertEquals(List.of(), authors("<body><p>Text.</p><p>Members: <a href='/user/anna'>anna</a></p>"));
    }

    @Test
    void aCjkEditorLabelNamesTheWriter() {
        assertEquals(List.of("焦鹏"), authors("<body><p>正文。</p><div><span>责任编辑： 焦鹏 </span></div>"));
        assertEquals(List.of(), authors("<body><p>正文。</p><div><span>中文编辑部</span></div>"));
    }

    @Test
    void theSiteNamedAsAuthorYieldsToTheByline() {
        // The saved page has no canonical address; its <base href> gives the site's host.
        assertEquals(List.of("Claudia Lindner"), MetadataReader.read(Jsoup.parse("<head><base href='https://www.l-mag.de/'>"
                + meta("author", "L-MAG – Das Magazin für Lesben") + "</head><body><p>Von Claudia Lindner</p><p>Text.</p>"), null)
                .metadata().authors());
        // The domain's name inside a longer name is the site too.
        assertEquals(List.of("Cooper"), authors("<head>" + meta("author", "EFC Bayrische Bembel") + "</head><body>"
                + "<p>Geschrieben von <a href='/userinfo.php?uid=6'>Cooper</a> am 25.08.2015 22:30</p><p>Text.</p>",
                "https://bayrische-bembel.de/news/504"));
    }

    @Test
    void aVisibleBylineWinsOverAMarkupAuthorThePageNeverShows() {
        assertEquals(List.of("Fabian"), authors("<head>" + meta("author", "Matthias Hille - Lukas Balbach") + "</head><body>"
                + "<p class=date>Erstellt von <a href='/author/fabian/'>Fabian</a> am Dienstag 6. Mai 2014</p><p>Text.</p>"));
        // A markup author the page shows stays.
        assertEquals(List.of("Matthias Hille"), authors("<head>" + meta("author", "Matthias Hille") + "</head><body>"
                + "<p class=date>Erstellt von <a href='/author/fabian/'>Fabian</a> am Dienstag 6. Mai 2014</p><p>Text.</p>"
                + "<p>Matthias Hille runs this blog.</p>"));
    }

    @Test
    void aQuotedPostCreditsSomeoneElse() {
        assertEquals(List.of(), authors("<body><p>Text.</p><blockquote><p>Quoted.</p><p>Posted by <a href='https://social.example/x'>SPÖ</a>"
                + " on Monday, February 28, 2022</p></blockquote>"));
        assertEquals(List.of("SPÖ"), authors("<body><p>Text.</p><p>Posted by <a href='https://social.example/x'>SPÖ</a>"
                + " on Monday, February 28, 2022</p>"));
    }

    @Test
    void theDeskThatSignsKeepsItsRedaktion() {
        assertEquals(List.of("Redaktion Polizeiticker Schweiz"), authors("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Redaktion Polizeiticker Schweiz\"}]}</script></head><body><p>x"));
        assertEquals(List.of("Eberhard Fuhr"), authors("<head>" + meta("author", "Redaktion: Eberhard Fuhr") + "</head><body><p>x"));
    }

    @Test
    void aSourceLineReplacesTheSitesBrand() {
        assertEquals(List.of("kathpress"), authors("<head>" + meta("author", "katholisch.at") + "</head><body><article><p>Text.</p>"
                + "<p style='text-align:right'>Quelle: <a href='http://www.kathpress.at'>kathpress</a></p></article>",
                "https://www.katholisch.at/aktuelles/1"));
        assertEquals(List.of("hessenschau.de/bb"), authors("<head>" + meta("author", "hessenschau.de, Frankfurt, Germany") + "</head><body>"
                + "<article><p>Text.</p><footer class=contentFooter><p>Quelle: hessenschau.de/bb</p></footer></article>",
                "https://www.hessenschau.de/kultur/1.html"));
        // A picture's source is its photographer's credit, and a person named in the markup stays.
        assertEquals(List.of("katholisch.at"), authors("<head>" + meta("author", "katholisch.at") + "</head><body><article><p>Text.</p>"
                + "<figure><img src=a.jpg><figcaption>Quelle: Jens Büttner</figcaption></figure></article>", "https://www.katholisch.at/a/1"));
        assertEquals(List.of("Anna Berg"), authors("<head>" + meta("author", "Anna Berg") + "</head><body><article><p>Text.</p>"
                + "<p>Quelle: kathpress</p></article>", "https://www.katholisch.at/a/1"));
    }

    @Test
    void aBylineBoxIsReadAsReadersSeeIt() {
        // A screen-reader copy of the name is not read twice.
        assertEquals(List.of("Kristen Falc'hon"), authors("<body><p class=cover-authors>Un documentaire de <a class=authors__name href='/auteurs/kf'>"
                + "Kristen Falc'hon<span class=u-screen-reader-text>Kristen Falc'hon</span></a></p><p>Text.</p>"));
        // Two spans stay two words, and the relative time after the name is cut.
        assertEquals(List.of("Houzz Deutschland"), authors("<body><div class=gallery-author-info><a href='/user/hd'><span>Houzz Deutschland</span></a>"
                + "<span>vor 5 Stunden</span></div><p>Text.</p>"));
    }

    @Test
    void aMarkupAuthorSeenOnlyByMachinesYieldsToTheVisibleByline() {
        String page = "<head>" + meta("author", "Isabell Angele") + "</head><body><h1>Erfinderinnen</h1>"
                + "<span class='vcard rich-snippet-hidden'><span class=fn><a href='/author/isabell/' rel=author>Isabell Angele</a></span></span>"
                + "<article><p><strong>Von Mat\u00ADthi\u00ADas Lauerer</strong></p><p>Text.</p></article>";
        assertEquals(List.of("Matthias Lauerer"), authors(page));
        assertEquals(List.of("Isabell Angele"), authors(page.replace("rich-snippet-hidden", "entry-meta")));
        // A sorted name is seen in the reading order too ("Kooman, F." as "F. Kooman").
        assertEquals(List.of("Kooman, F."), authors("<head>" + meta("DC.Creator", "Kooman, F.") + "</head><body><pre>Draft   F. Kooman</pre>"
                + "<p>By Jane Roe</p><p>Text.</p>"));
    }

    @Test
    void aMembersSubdomainIsNoBrandInsideTheirName() {
        String page = "<head>" + meta("author", "Steven Hu (stevenhgm)") + "</head><body><p>By Jane Roe</p><p>Steven Hu (stevenhgm) runs this blog.</p>";
        assertEquals(List.of("Steven Hu (stevenhgm)"), authors(page, "http://stevenhgm.pixnet.net/blog/post/1"));
        // On the site's own domain, the domain's name inside the author is the brand, and the byline's person wins.
        assertEquals(List.of("Jane Roe"), authors(page, "http://stevenhgm.net/blog/post/1"));
    }

    @Test
    void anAuthorBoxWithItsLabelWinsOverAnUnseenMarkupAuthor() {
        assertEquals(List.of("Teufel Blog Redaktion"), authors("<head>" + meta("author", "Teufel Editorial Team") + "</head><body><p>Text.</p>"
                + "<div class=author-info><h3 class=widget-title>Autor</h3><h4><a href='/author/teufel-redaktion/'>Teufel Blog Redaktion</a></h4></div>"));
    }

    @Test
    void theSignatureUnderAStatementNamesItsAuthor() {
        String prose = "<p>" + "Ein Absatz mit genug Text für einen Absatz des Artikels. ".repeat(2) + "</p>";
        assertEquals(List.of("Kazım TÜRKMEN"), authors("<body><div>" + prose + prose + prose
                + "<p>Kazım TÜRKMEN<br>DITIB-Bundesvorsitzender</p></div>"));
        // A contact block (a telephone number) or a name in the middle of the text is no signature.
        assertEquals(List.of(), authors("<body><div>" + prose + prose + prose + "<p>Tim Loppe<br>Tel. 0211 77900 363</p></div>"));
        assertEquals(List.of(), authors("<body><div>" + prose + prose + prose + "<p>Kazım Türkmen<br>Vorsitzender</p>" + prose + "</div>"));
    }

    @Test
    void manyProfileLinksInALongTextAreReadQuickly() {
        // Each link's neighbourhood is read with cheap checks, not by building its container's text.
        StringBuilder page = new StringBuilder("<body><div id=work>");
        for (int i = 0; i < 2000; i++) page.append("<div class=kudos><span><a href='/users/u").append(i).append("'>u").append(i).append("</a></span></div>");
        page.append(("<p>" + "A long chapter of the story goes on and on. ".repeat(40) + "</p>").repeat(100)).append("</div>");
        long start = System.nanoTime();
        assertEquals(List.of(), authors(page.toString()));
        org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - start < 3_000_000_000L, "took too long");
    }
}
