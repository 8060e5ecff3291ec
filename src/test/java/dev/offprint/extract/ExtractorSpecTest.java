package dev.offprint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.diag.OffprintException;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import dev.offprint.source.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec-style tests: each heuristic of the extractor on a small HTML snippet. Filler paragraphs
 * make the snippets long enough to be read as an article.
 */
class ExtractorSpecTest {

    static final String FILLER = "<p>Harbour ferries have carried commuters across the water for decades, and the new boats, "
            + "which are quieter and cleaner, will keep doing so for decades more, the authority says.</p>"
            + "<p>The board approved the plan on Tuesday, after a long debate about costs, timetables, crews, "
            + "charging points and the disruption that building work will cause on the quayside.</p>";

    static Article extract(String html) {
        return extract(html, "https://example.org/news/story.html", null);
    }

    static Article extract(String html, String base, Path folder) {
        return new Extractor().extract(new Page("test", html, "UTF-8", base, folder, null)).article();
    }

    static String text(Article a) { return PlainText.of(a.body()); }

    static <T> List<T> all(List<Block> body, Class<T> type) {
        List<T> out = new ArrayList<>();
        java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>(body);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (type.isInstance(o)) out.add(type.cast(o));
            if (o instanceof Block.ListBlock l) l.items().forEach(todo::addAll);
            else if (o instanceof Block.Quote q) { todo.addAll(q.content()); todo.addAll(q.attribution()); }
            else if (o instanceof Block.Paragraph p) todo.addAll(p.content());
            else if (o instanceof Block.Heading h) todo.addAll(h.content());
            else if (o instanceof Block.Figure f) { todo.addAll(f.caption()); todo.addAll(f.credit()); }
            else if (o instanceof Inline i) todo.addAll(InlineBuilder.children(i));
        }
        return out;
    }

    // ------------------------------------------------------------------ locating

    @Test
    void schemaArticleBodyIsTheFirstRung() {
        Article a = extract("<body><div class=sidebar><p>" + "Side text, side text, side text. ".repeat(20) + "</p></div>"
                + "<div itemprop=articleBody>" + FILLER + FILLER + "</div></body>");
        assertEquals("schema-articleBody", a.extraction().method());
        assertFalse(text(a).contains("Side text"));
    }

    @Test
    void aDominantArticleElementIsChosen() {
        Article a = extract("<body><nav><a href=/a>Home</a><a href=/b>World</a></nav><article><h1>Ferries</h1>" + FILLER + FILLER
                + "</article><footer><p>Copyright 2026 The Herald, all rights reserved, no reproduction.</p></footer></body>");
        assertTrue(a.extraction().method().startsWith("article-element"), a.extraction().method());
        assertFalse(text(a).contains("Copyright"));
        assertFalse(text(a).contains("Home"));
    }

    @Test
    void scoringFindsTheProseAmongBoxes() {
        String links = "<ul>" + "<li><a href=/x>Another story about something</a></li>".repeat(12) + "</ul>";
        Article a = extract("<body><div id=menu>" + links + "</div><div class=main-text>" + FILLER + FILLER + FILLER
                + "</div><div class=rail>" + links + "</div></body>");
        assertEquals("scoring", a.extraction().method());
        assertFalse(text(a).contains("Another story"));
        assertTrue(text(a).contains("The board approved the plan"));
    }

    @Test
    void shortPageFallsBackWithoutFailing() {
        Article a = extract("<body><div><p>Just one short line.</p></div></body>");
        assertTrue(text(a).contains("Just one short line."));
    }

    @Test
    void pageWithoutTextHasNoArticle() {
        OffprintException e = assertThrows(OffprintException.class,
                () -> extract("<html><head><title>x</title><script>var a=1;</script></head><body><nav><a href=/>Home</a></nav></body></html>"));
        assertEquals("no-article", e.code());
    }

    // ------------------------------------------------------------------ boilerplate

    @Test
    void boilerplateInsideTheContentIsDropped() {
        Article a = extract("<article>" + FILLER
                + "<div class=share-bar><a href='https://facebook.com/share'>Share on Facebook</a></div>"
                + "<aside class=newsletter><p>Sign up to our newsletter</p><form><input type=email></form></aside>"
                + "<div class=related-box><h3>Related Topics</h3><ul><li><a href=/a>Topic A</a></li><li><a href=/b>Topic B</a></li></ul></div>"
                + "<div id=cookie-banner>We use cookies to improve your experience.</div>"
                + FILLER + "</article>");
        String t = text(a);
        assertFalse(t.contains("Share on Facebook"));
        assertFalse(t.contains("newsletter"));
        assertFalse(t.contains("Related Topics"));
        assertFalse(t.contains("Topic A"));
        assertFalse(t.contains("cookies"));
    }

    @Test
    void germanAlreadyReadTeasersAreDropped() {
        Article a = extract("<article>" + FILLER + "<h3>Schon gelesen?</h3><ul><li><a href=/a>Luftwaffe bildet in Italien aus</a></li>"
                + "<li><a href=/b>Neue Hubschrauber im Dienst</a></li></ul>" + FILLER + "</article>");
        assertFalse(text(a).contains("Schon gelesen"));
        assertFalse(text(a).contains("Hubschrauber"));
    }

    @Test
    void bareRelatedTitleAndItsLinkListAreDropped() {
        Article a = extract("<article>" + FILLER + "<h3>Related Topics</h3><ul><li><a href=/a>Topic A</a></li><li><a href=/b>Topic B</a></li></ul>"
                + FILLER + "</article>");
        assertFalse(text(a).contains("Related Topics"));
        assertFalse(text(a).contains("Topic B"));
    }

    @Test
    void hiddenElementsAreDropped() {
        Article a = extract("<article>" + FILLER + "<p style='display:none'>Invisible words here.</p><p hidden>Also hidden.</p>" + FILLER + "</article>");
        assertFalse(text(a).contains("Invisible"));
        assertFalse(text(a).contains("Also hidden"));
    }

    // ------------------------------------------------------------------ structure

    @Test
    void titleHeadingIsDroppedAndOutlineNormalised() {
        Article a = extract("<head><title>Ferries | Herald</title></head><article><h1>Ferries</h1>" + FILLER
                + "<h4>Timetable</h4><p>Boats every twelve minutes at peak times, up from fifteen now.</p>"
                + "<h6>Fares</h6><p>Fares will not rise as a result of the project, the board said.</p>"
                + "<h4>Timetable</h4><p>More about the timetable and the last sailing of the day.</p></article>");
        assertEquals("Ferries", a.metadata().title());
        List<Block.Heading> hs = all(a.body(), Block.Heading.class);
        assertEquals(3, hs.size(), hs.toString());
        assertEquals(2, hs.get(0).level());
        assertEquals(3, hs.get(1).level(), "no jump from 2 to 4");
        assertEquals(2, hs.get(2).level());
        assertEquals("timetable", hs.get(0).id());
        assertEquals("fares", hs.get(1).id());
        assertEquals("timetable-2", hs.get(2).id(), "ids are unique");
    }

    @Test
    void titleHeadingAfterAnImageStillLeadsAndIsDropped() {
        Article a = extract("<head><title>Ferries | Herald</title></head><article><img src='a.jpg' width='600' height='300'>"
                + "<h2>Ferries</h2>" + FILLER + "</article>");
        assertTrue(all(a.body(), Block.Heading.class).isEmpty(), a.body().toString());
    }

    @Test
    void theBlogsNameInTheH1AndOgTitleIsNotThePostsTitle() {
        Article a = extract("<head><title>Was ist Virales Marketing? | DimidoBlog</title><meta property='og:title' content='DimidoBlog'></head>"
                + "<body><header><h1>DimidoBlog</h1></header><article><h2>Was ist Virales Marketing?</h2>" + FILLER + "</article></body>");
        assertEquals("Was ist Virales Marketing?", a.metadata().title());
    }

    @Test
    void aKickerInsideTheHeadlineIsNotPartOfTheTitle() {
        Article a = extract("<head><title>Große Aufgaben für die neue Regierung</title></head><body><article>"
                + "<h1><small>Tunesien</small><br> Große Aufgaben für die neue Regierung</h1>" + FILLER + "</article></body>");
        assertEquals("Große Aufgaben für die neue Regierung", a.metadata().title());
        assertFalse(a.body().get(0) instanceof Block.Heading, "the headline with its kicker leads the body and goes");
        Article b = extract("<head><title>Corona-Pandemie - Es kommt auch darauf an, wie die Menschen sterben | Cicero</title></head><body><article><h1><span class='teaser__kicker'>Corona-Pandemie</span> "
                + "<span>Es kommt auch darauf an, wie die Menschen sterben</span></h1>" + FILLER + "</article></body>");
        assertEquals("Es kommt auch darauf an, wie die Menschen sterben", b.metadata().title());
    }

    @Test
    void titleWordsAsAHeadingMidArticleAreKept() {
        Article a = extract("<head><title>Ferries | Herald</title></head><article><h1>Ferries</h1>" + FILLER
                + "<h2>Ferries</h2><p>The section the author headed with the title's words is content too, and stays.</p></article>");
        List<Block.Heading> hs = all(a.body(), Block.Heading.class);
        assertEquals(1, hs.size(), hs.toString());
        assertEquals("Ferries", InlineBuilder.plain(hs.get(0).content()));
        assertFalse(a.body().get(0) instanceof Block.Heading, "the leading h1 went");
    }

    @Test
    void sectionEditLinksAndSymbolPermalinksLeaveHeadings() {
        Article a = extract("<article>" + FILLER
                + "<h2><span class=mw-headline id=History>History</span><span class=mw-editsection><span>[</span>"
                + "<a href='/w/index.php?title=Ferry&amp;action=edit&amp;section=1'>edit</a><span>]</span></span></h2>" + FILLER
                + "<h2>Fares [<a href='/w/index.php?title=Ferry&amp;action=edit&amp;section=2'>edit</a>]</h2>" + FILLER
                + "<h2 id=crews>Crews <a href='#crews' class=bookmark>#</a></h2>" + FILLER
                + "<h3><a href='#piers'>\u00B6</a> Piers</h3>" + FILLER
                + "<h3>Why <a href='#c-sharp'>C#</a> and <a href='#plus'>+</a> stay</h3>" + FILLER + "</article>");
        List<String> hs = all(a.body(), Block.Heading.class).stream().map(h -> InlineBuilder.plain(h.content())).toList();
        assertEquals(List.of("History", "Fares", "Crews", "Piers", "Why C# and + stay"), hs);
    }

    @Test
    void listsNestAndKeepOrderAndStart() {
        Article a = extract("<article>" + FILLER + "<ol start=3><li>Three<ul><li>inner a</li><li>inner b</li></ul></li><li>Four</li></ol></article>");
        Block.ListBlock ol = all(a.body(), Block.ListBlock.class).get(0);
        assertTrue(ol.ordered());
        assertEquals(3, ol.start());
        assertEquals(2, ol.items().size());
        Block.ListBlock inner = (Block.ListBlock) ol.items().get(0).get(1);
        assertFalse(inner.ordered());
        assertEquals(2, inner.items().size());
    }

    @Test
    void inlineMarkupBecomesModelInlines() {
        Article a = extract("<article>" + FILLER + "<p>Some <em>stressed</em> and <strong>strong</strong> text with <code>x  =  1</code>,"
                + " H<sub>2</sub>O and x<sup>2</sup>, <del>old</del>.</p></article>");
        assertEquals(1, all(a.body(), Inline.Emphasis.class).size());
        assertEquals(1, all(a.body(), Inline.Strong.class).size());
        assertEquals(1, all(a.body(), Inline.Subscript.class).size());
        assertEquals(1, all(a.body(), Inline.Superscript.class).size());
        assertEquals(1, all(a.body(), Inline.Strikethrough.class).size());
        assertEquals("x  =  1", all(a.body(), Inline.Code.class).get(0).text(), "white space kept in code");
    }

    @Test
    void linksResolveAgainstTheCanonicalUrlAndUnsafeOnesBecomeText() {
        Article a = extract("<head><link rel=canonical href='https://news.example.com/2026/story'></head><article>" + FILLER
                + "<p><a href='../about'>About</a> <a href='javascript:alert(1)'>Script</a> <a href='file:///etc/passwd'>File</a>"
                + " <a href='mailto:a@b.org'>Mail</a> <a href='data:text/html,x'>Data</a></p></article>",
                "file:///home/u/saved/story.html", Path.of("/home/u/saved"));
        List<Inline.Link> links = all(a.body(), Inline.Link.class);
        assertEquals(2, links.size(), links.toString());
        assertEquals("https://news.example.com/about", links.get(0).target());
        assertEquals("mailto:a@b.org", links.get(1).target());
        String t = text(a);
        assertTrue(t.contains("Script") && t.contains("File") && t.contains("Data"), "unsafe links keep their text");
    }

    @Test
    void localImagesResolveAgainstThePageButFileUrlsAndEscapesAreDropped() {
        Article a = extract("<article>" + FILLER + "<figure><img src='images/ferry.png' alt='Ferry' width=480 height=270>"
                + "<figcaption>The ferry at dusk. <span class=credit>Photo: T. Reyes</span></figcaption></figure>"
                + "<p><img src='file:///etc/secret.png' alt='secret alt' width=300 height=200></p>"
                + "<p><img src='../../outside.png' alt='escaped alt' width=300 height=200></p></article>",
                "file:///home/u/saved/story.html", Path.of("/home/u/saved"));
        List<Block.Figure> figs = all(a.body(), Block.Figure.class);
        assertEquals(1, figs.size(), figs.toString());
        Block.Figure f = figs.get(0);
        assertEquals("file:///home/u/saved/images/ferry.png", f.src());
        assertEquals("Ferry", f.alt());
        assertEquals("The ferry at dusk.", InlineBuilder.plain(f.caption()));
        assertEquals("Photo: T. Reyes", InlineBuilder.plain(f.credit()));
        assertFalse(text(a).contains("file:"));
        assertTrue(text(a).contains("secret alt"), "a refused image leaves its alt text");
    }

    @Test
    void aOneItemListRightAfterAFigureIsItsCaption() {
        Article a = extract("<article>" + FILLER
                + "<figure><img src='https://example.org/a.jpg' alt='Ferry' width=600 height=400></figure>\n"
                + "<ul><li><p>The new ferry at its berth on the quayside at dusk</p></li></ul>" + FILLER
                + "<ul><li>A real one-item list that follows prose stays a list</li></ul>"
                + "<figure><img src='https://example.org/b.jpg' alt='Pier' width=600 height=400><figcaption>The pier</figcaption></figure>"
                + "<ul><li>After a captioned figure a list stays a list</li></ul></article>");
        List<Block.Figure> figs = all(a.body(), Block.Figure.class);
        assertEquals(2, figs.size(), figs.toString());
        assertEquals("The new ferry at its berth on the quayside at dusk", InlineBuilder.plain(figs.get(0).caption()));
        List<Block.ListBlock> lists = all(a.body(), Block.ListBlock.class);
        assertEquals(2, lists.size(), lists.toString());
        assertFalse(text(a).contains("\u2022 The new ferry"), text(a));
    }

    @Test
    void lazyImagesPictureSourcesAndNoscriptFallbacksAreFound() {
        Article a = extract("<article>" + FILLER
                + "<p><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-src='/img/lazy.jpg' alt=lazy></p>"
                + "<p><img srcset='/img/s.jpg 400w, /img/m.jpg 800w, /img/xl.jpg 4000w' alt=set></p>"
                + "<picture><source srcset='/img/pic-1x.webp 1x, /img/pic-2x.webp 2x'><img src='' alt=pic></picture>"
                + "<p><img class=lazyload src='/img/placeholder.gif' alt=ph><noscript><img src='/img/real.jpg' alt=real></noscript></p>"
                + "</article>");
        List<String> srcs = all(a.body(), Block.Figure.class).stream().map(Block.Figure::src).toList();
        assertTrue(srcs.contains("https://example.org/img/lazy.jpg"), srcs.toString());
        assertTrue(srcs.contains("https://example.org/img/m.jpg"), "the largest reasonable srcset candidate: " + srcs);
        assertTrue(srcs.contains("https://example.org/img/pic-2x.webp"), srcs.toString());
        assertTrue(srcs.contains("https://example.org/img/real.jpg"), srcs.toString());
        assertFalse(srcs.stream().anyMatch(s -> s.contains("placeholder")), srcs.toString());
    }

    @Test
    void trackingPixelsIconsAndAvatarsAreDropped() {
        Article a = extract("<article>" + FILLER + "<p><img src='https://t.example.net/pixel.gif?id=1' width=1 height=1>"
                + "<img class=avatar src='/u/me.jpg' width=48 height=48 alt=me>"
                + "<img src='/icons/rss-icon.png' alt=rss></p></article>");
        assertTrue(all(a.body(), Block.Figure.class).isEmpty());
        assertTrue(all(a.body(), Inline.Image.class).isEmpty());
    }

    @Test
    void quotesKeepTheirAttribution() {
        Article a = extract("<article>" + FILLER + "<blockquote><p>This is the moment to stop repairing the past.</p>"
                + "<footer>\u2014 <cite>Margaret Osei</cite></footer></blockquote></article>");
        Block.Quote q = all(a.body(), Block.Quote.class).get(0);
        assertEquals("This is the moment to stop repairing the past.", InlineBuilder.plain(((Block.Paragraph) q.content().get(0)).content()));
        assertEquals("Margaret Osei", InlineBuilder.plain(q.attribution()));
    }

    @Test
    void dataTablesKeepHeadersAndSpans() {
        Article a = extract("<article>" + FILLER + "<table><caption>Costs</caption><thead><tr><th>Item</th><th colspan=2>Cost</th></tr></thead>"
                + "<tbody><tr><td rowspan=2>Boats</td><td>40</td><td>m</td></tr><tr><td>8</td><td>m</td></tr></tbody></table></article>");
        Block.Table t = all(a.body(), Block.Table.class).get(0);
        assertEquals("Costs", InlineBuilder.plain(t.caption()));
        assertEquals(1, t.header().size());
        assertEquals(2, t.header().get(0).cells().get(1).colspan());
        assertTrue(t.header().get(0).cells().get(0).header());
        assertEquals(2, t.body().size());
        assertEquals(2, t.body().get(0).cells().get(0).rowspan());
    }

    @Test
    void codeBlocksKeepLanguageAndWhitespace() {
        Article a = extract("<article>" + FILLER + "<pre><code class='language-java'>if (a &lt; b) {\n    run();\n}</code></pre></article>");
        Block.CodeBlock c = all(a.body(), Block.CodeBlock.class).get(0);
        assertEquals("java", c.language());
        assertEquals("if (a < b) {\n    run();\n}", c.text());
    }

    @Test
    void definitionListsAndEmbeds() {
        Article a = extract("<article>" + FILLER + "<dl><dt>Fork</dt><dd>A fresh JVM.</dd><dt>Blackhole</dt><dd>Consumes values.</dd></dl>"
                + "<iframe src='https://www.youtube.com/embed/abc' title='Launch video'></iframe></article>");
        Block.DefinitionList d = all(a.body(), Block.DefinitionList.class).get(0);
        assertEquals(2, d.items().size());
        assertEquals("Fork", InlineBuilder.plain(d.items().get(0).term()));
        Block.Embed e = all(a.body(), Block.Embed.class).get(0);
        assertEquals("Launch video", e.title());
        assertEquals("https://www.youtube.com/embed/abc", e.url());
    }

    @Test
    void definitionTermsSurviveAnUnlikelyClassName() {
        Article a = extract("<body><div class=chapter>" + FILLER + "<dl><dt class='subheaders jumptargets'>Latency</dt>"
                + "<dd><p>The time it takes to service a request, measured at the server.</p></dd>"
                + "<dt class='subheaders'>Traffic</dt><dd><p>How much demand is placed on the system.</p></dd></dl>"
                + FILLER + "</div></body>");
        Block.DefinitionList d = all(a.body(), Block.DefinitionList.class).get(0);
        assertEquals(2, d.items().size());
        assertEquals("Latency", InlineBuilder.plain(d.items().get(0).term()));
        assertEquals("Traffic", InlineBuilder.plain(d.items().get(1).term()));
    }

    // ------------------------------------------------------------------ notes, references, comments

    @Test
    void footnotesBecomeNotesWithPointers() {
        Article a = extract("<article>" + FILLER + "<p>JMH<sup><a href='#fn1' role=doc-noteref>1</a></sup> was used.</p>"
                + "<section role=doc-endnotes><h2>Notes</h2><ol><li id=fn1 role=doc-endnote><p>The Java Microbenchmark Harness."
                + " <a href='#fnref1' role=doc-backlink>\u21a9</a></p></li></ol></section></article>");
        assertEquals(1, a.notes().size());
        assertEquals("fn-1", a.notes().get(0).id());
        assertEquals("The Java Microbenchmark Harness.", PlainText.of(a.notes().get(0).content()).strip());
        assertEquals(1, all(a.body(), Inline.NoteRef.class).size());
        assertFalse(text(a).contains("Microbenchmark Harness"), "the note left the body");
        assertFalse(text(a).contains("Notes"));
    }

    @Test
    void unheadedCitationListBecomesReferences() {
        Article a = extract("<article>" + FILLER + "<ul>"
                + "<li>Muresanu DF, Ciurea AV, Gorgan RM, et al. A retrospective cohort study of cerebrolysin. CNS Neurol Disord Drug Targets. 2015</li>"
                + "<li>Amiri-Nikpour MR, Nazarbaghi S, Rezaei Y. Cerebrolysin effects in acute ischemic stroke. Neuropsychiatr Dis Treat. 2014</li>"
                + "</ul></article>");
        assertEquals(2, a.references().size());
        assertEquals("ref-1", a.references().get(0).id());
        assertTrue(a.references().get(0).text().startsWith("Muresanu DF"));
        assertFalse(text(a).contains("Muresanu"));
    }

    @Test
    void ordinaryBulletsAreNotReferences() {
        Article a = extract("<article>" + FILLER + "<ul><li>May decrease beta amyloid in the brain</li><li>Promotes neuron health &amp; plasticity</li></ul></article>");
        assertTrue(a.references().isEmpty());
        assertTrue(text(a).contains("- Promotes neuron health & plasticity"));
    }

    @Test
    void headedReferenceListAndCitationPointers() {
        Article a = extract("<article>" + FILLER + "<p>As shown before <a href='#r1'>[1]</a>.</p><h2>Literatur</h2><ol>"
                + "<li id=r1>Knuth, D. E. (1974). Structured programming with go to statements. ACM Computing Surveys, 6(4), 261\u2013301.</li>"
                + "<li>Some other source without much shape at all</li></ol></article>");
        assertEquals(2, a.references().size());
        assertEquals(1, all(a.body(), Inline.CitationRef.class).size());
        assertEquals("ref-1", all(a.body(), Inline.CitationRef.class).get(0).referenceId());
        assertFalse(text(a).contains("Literatur"));
    }

    @Test
    void wordpressCommentsLeaveTheBody() {
        Article a = extract("<body><article>" + FILLER + FILLER + "</article><div id=comments class=comments-area>"
                + "<h2 class=comments-title>1 Comment</h2><ol class=comment-list><li id=comment-7 class=comment>"
                + "<article class=comment-body><footer class=comment-meta><div class='comment-author vcard'><b class=fn>Harold B.</b> <span class=says>says:</span></div>"
                + "<div class=comment-metadata><a href='#c7'><time datetime='2018-06-04T09:15:33+00:00'>June 4, 2018</time></a></div></footer>"
                + "<div class=comment-content><p>Is it safe with levodopa?</p></div></article></li></ol>"
                + "<div id=respond><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div></body>");
        assertEquals(1, a.comments().size());
        assertEquals("Harold B.", a.comments().get(0).author());
        assertEquals("2018-06-04T09:15:33Z", a.comments().get(0).date());
        assertEquals("Is it safe with levodopa?", PlainText.of(a.comments().get(0).content()).strip());
        assertFalse(text(a).contains("levodopa"));
        assertFalse(text(a).contains("1 Comment"));
    }

    // ------------------------------------------------------------------ metadata

    @Test
    void jsonLdGraphOpenGraphAndMetaMerge() {
        Article a = extract("<html lang=en-gb><head><title>Ferries - Herald</title>"
                + "<meta property='og:site_name' content='The Herald'><meta property='og:image' content='https://img.example/lead.jpg'>"
                + "<meta name=keywords content='ferries, harbour'><meta name=description content='Short summary.'>"
                + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Herald\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Ferries\",\"author\":[{\"@type\":\"Person\",\"name\":\"Priya L\"},{\"name\":\"Tom R\"}],"
                + "\"datePublished\":\"2026-03-04T06:00:12+01:00\",\"dateModified\":\"2026-03-05\",\"publisher\":{\"name\":\"Herald Media\"}}]}</script>"
                + "</head><body><article>" + FILLER + "</article></body></html>");
        var m = a.metadata();
        assertEquals("Ferries", m.title());
        assertEquals(List.of("Priya L", "Tom R"), m.authors());
        assertEquals("2026-03-04T06:00:12+01:00", m.published());
        assertEquals("2026-03-05", m.modified());
        assertEquals("The Herald", m.siteName());
        assertEquals("Herald Media", m.publisher());
        assertEquals("en-GB", m.language());
        assertEquals("ltr", m.direction());
        assertEquals(List.of("ferries", "harbour"), m.keywords());
        assertEquals("Short summary.", m.description());
        assertEquals("https://img.example/lead.jpg", m.leadImage());
    }

    @Test
    void visibleUpdatedLineIsMetadataNotBody() {
        Article a = extract("<body><article><h1>Cerebrolysin Drug Information</h1>" + FILLER
                + "<p class=updated>Article last updated on: March 13th, 2018 by Nootriment</p></article></body>");
        assertEquals("2018-03-13", a.metadata().modified());
        assertEquals(null, a.metadata().published(), "a last-updated line is no publication date");
        assertEquals(List.of("Nootriment"), a.metadata().authors());
        assertFalse(text(a).contains("last updated"));
    }

    @Test
    void aShortDateLineUnderTheTitleDatesThePage() {
        Article a = extract("<head><title>Ferries</title></head><body><article><h1>Ferries</h1><p><span>dpa</span><span> am 25.01.2022</span></p>"
                + FILLER + "</article></body>");
        assertEquals("2022-01-25", a.metadata().published());
        Article u = extract("<head><title>Ferries</title></head><body><article><h1>Ferries</h1><p>Zuletzt aktualisiert 25.01.2022</p>"
                + FILLER + "</article></body>");
        assertEquals(null, u.metadata().published(), "an update line is no publication date");
    }

    @Test
    void aPressDatelineOpeningTheFirstParagraphDatesThePage() {
        Article a = extract("<head><title>Ferries</title></head><body><article><h1>Ferries</h1><p>Karlsruhe, (12.11.2021). The harbour authority "
                + "announced new ferries for the crossing today, quieter and cleaner than the old ones.</p>" + FILLER + "</article></body>");
        assertEquals("2021-11-12", a.metadata().published());
    }

    @Test
    void anOffsetTimestampKeepsItsLocalCalendarDate() {
        Article a = extract("<head><title>Ferries</title><meta name=publication_date content='2022-02-08T00:30:00+01:00'></head><body><article><h1>Ferries</h1>"
                + FILLER + "</article></body>");
        assertEquals("2022-02-08T00:30:00+01:00", a.metadata().published());
    }

    @Test
    void cdataWrappedJsonLdIsRead() {
        Article a = extract("<head><title>Ferries</title><script type='application/ld+json'>//<![CDATA[\n{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2015-10-15T02:19:15Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}\n//]]></script></head>"
                + "<body><article><h1>Ferries</h1>" + FILLER + "</article></body>");
        assertEquals("2015-10-15T02:19:15Z", a.metadata().published());
        assertEquals(List.of("Jane Doe"), a.metadata().authors());
    }

    @Test
    void aUtcTimestampGivesWayToTheSameMomentInThePagesZone() {
        Article a = extract("<head><title>Ferries</title><meta property='article:published_time' content='2017-02-23T17:18:13-08:00'>"
                + "<script type='application/ld+json'>{\"@type\":\"Article\",\"dateCreated\":\"2017-02-24T01:18:13Z\"}</script></head>"
                + "<body><article><h1>Ferries</h1>" + FILLER + "</article></body>");
        assertEquals("2017-02-23T17:18:13-08:00", a.metadata().published());
    }

    @Test
    void aPersonOutranksAnOrganisationAsAuthor() {
        Article a = extract("<head><title>Ferries</title><meta property='og:site_name' content='Harbour Herald'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Organization\",\"name\":\"Harbour Herald\"},"
                + "{\"@type\":\"Person\",\"name\":\"Jane Doe\"}]}</script></head><body><article><h1>Ferries</h1>" + FILLER + "</article></body>");
        assertEquals(List.of("Jane Doe"), a.metadata().authors());
        Article brand = extract("<head><title>Ferries</title><meta property='og:site_name' content='Harbour Herald'><meta name=author content='Harbour Herald'></head>"
                + "<body><article><h1>Ferries</h1><p class=byline>By John Roe</p>" + FILLER + "</article></body>");
        assertEquals(List.of("John Roe"), brand.metadata().authors(), "the brand in the author meta gives way to the visible byline");
    }

    @Test
    void aUserHandleGivesWayToTheVisibleName() {
        Article a = extract("<head><title>Ferries</title><script type='application/ld+json'>{\"@type\":\"Article\",\"author\":\"CC7567\"}</script></head>"
                + "<body><article><h1>Ferries</h1><p><span class='author-name'>James Example</span></p>" + FILLER + "</article></body>");
        assertEquals(List.of("James Example"), a.metadata().authors());
    }

    @Test
    void dublinCoreCreatorOutranksTheAuthorMeta() {
        Article a = extract("<head><title>Ferries</title><meta property='dc:creator twitter:site_name' content='Creator Name'><meta name=author content='CMS Default'></head>"
                + "<body><article><h1>Ferries</h1>" + FILLER + "</article></body>");
        assertEquals(List.of("Creator Name"), a.metadata().authors());
    }

    @Test
    void anUnmarkedByLineGivesTheAuthorsAndLeavesTheBody() {
        Article a = extract("<head><title>Ferries</title></head><body><article><h1>Ferries</h1><h4>By Jane Doe and John Roe | 12/10/2020</h4>"
                + FILLER + "</article></body>");
        assertEquals(List.of("Jane Doe", "John Roe"), a.metadata().authors());
        assertFalse(text(a).contains("Jane Doe"), text(a));
    }

    @Test
    void aJsonLdAuthorReferenceFindsThePersonInTheGraph() {
        Article a = extract("<head><title>Ferries</title><script type='application/ld+json'>{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#p1\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Doris Example\"}]}</script></head><body><article><h1>Ferries</h1>" + FILLER + "</article></body>");
        assertEquals(List.of("Doris Example"), a.metadata().authors());
    }

    @Test
    void bylineBoxGivesTheAuthor() {
        Article a = extract("<body><article><p class=byline>By <a rel=author href='/p/jane'>Jane Doe</a></p>" + FILLER + "</article></body>");
        assertEquals(List.of("Jane Doe"), a.metadata().authors());
    }

    @Test
    void languageIsGuessedFromStopwordsWhenUndeclared() {
        Article a = extract("<body><article><p>Die Gemeinde unterstützt die neuen Pflanzungen mit einem Zuschuss, und der Verein ist "
                + "auch dabei. Das ist nicht nur für die Bäume gut, sondern auch für die Vögel und die Insekten, die auf der Wiese leben. "
                + "Der nächste Pflanztag ist für den November geplant, und wer mitmachen will, kann sich bei dem Verein melden.</p></article></body>");
        assertEquals("de", a.metadata().language());
    }

    // ------------------------------------------------------------------ robustness

    @Test
    void deeplyNestedPagesConvertQuickly() {
        String deep = "<div>".repeat(100_000) + "<p>Deep text that is long enough to be the article, with commas, and more words.</p>";
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extract(deep));
        assertTrue(text(a).contains("Deep text"));
        String deepInline = "<p>" + "<em>".repeat(50_000) + "inline depth" + "</p>";
        Article b = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extract(deepInline));
        assertTrue(text(b).contains("inline depth"));
    }

    // ------------------------------------------------------------------ body heuristics (issue 3)

    /** Text of one page-builder section: its prose sits six wrappers deep, beyond scoring's reach. */
    static String section(String cls, String heading, String prose) {
        return "<div class='" + cls + "'><div><div><div><div><div class=col>" + "<h2>" + heading + "</h2>" + prose
                + "</div></div></div></div></div></div>";
    }

    @Test
    void pageBuilderSectionsAreMergedIntoOneArticle() {
        String one = "<p>Dimethyl ether burns cleanly, with little soot and few nitrogen oxides, which makes it a candidate fuel, "
                + "and it can be made from waste, from biogas, or from methanol, as the plant in the north shows.</p>";
        String two = "<p>Blending works too: up to a fifth of the gas in a tank can be dimethyl ether, the trade body says, "
                + "and heaters, cookers and engines built for liquefied gas run on the mix without changes.</p>";
        String three = "<p>Suppliers expect the first renewable deliveries next year, with prices close to those of ordinary "
                + "liquefied gas, although the volumes, at first, will be small and go to industrial customers.</p>";
        Article a = extract("<body><div class=site-top><a href=/>Home</a> <a href=/shop>Shop</a></div>"
                + section("headline-with-text", "Clean burning", one + one)
                + section("headline-with-text", "Blending", two)
                + section("headline-with-text", "Outlook", three)
                + "<div class=bottom><ul>" + "<li><a href=/x>Another product page link</a></li>".repeat(8) + "</ul></div></body>");
        String t = text(a);
        assertTrue(t.contains("Dimethyl ether burns cleanly"), t);
        assertTrue(t.contains("Blending works too"), t);
        assertTrue(t.contains("Suppliers expect"), t);
        assertFalse(t.contains("Another product page link"), t);
    }

    @Test
    void aStandfirstBesideTheBodyWrapperLeadsTheText() {
        Article a = extract("<body><div class=news><div class=news-head><div class='article-teaser-intro'><p>The ferry authority will "
                + "replace its whole fleet by 2030, the board decided after a long and heated meeting.</p></div></div>"
                + "<div class=news-body><div class=richtext>" + FILLER + FILLER + "</div></div></div>"
                + "<div class=links>" + "<a href=/a>Elsewhere on the site</a> ".repeat(10) + "</div></body>");
        String t = text(a);
        assertTrue(t.startsWith("The ferry authority will replace"), t);
    }

    @Test
    void aTeaserBoxIsKeptAsTextButDroppedAsALink() {
        Article a = extract("<article><div class=teaser-text><p>The ferry authority will replace its whole fleet by 2030.</p></div>"
                + FILLER + "<div class=teaser><a href=/other>Other story: the bridge opens next spring after years of delay</a></div>"
                + FILLER + "</article>");
        String t = text(a);
        assertTrue(t.contains("replace its whole fleet"), t);
        assertFalse(t.contains("the bridge opens"), t);
    }

    @Test
    void pageBuilderWidgetWrappersAreNotSidebarWidgets() {
        String widget = "<div class='elementor-widget elementor-widget-text-editor'><div class=elementor-widget-container>"
                + "<p>Earcuff: a small silver cuff, worn high on the ear, next to two plain studs.</p></div></div>";
        Article a = extract("<article>" + FILLER + widget + FILLER
                + "<div class='widget widget_recent_entries'><p>Recent posts: ferries, bridges.</p></div></article>");
        String t = text(a);
        assertTrue(t.contains("Earcuff: a small silver cuff"), t);
        assertFalse(t.contains("Recent posts"), t);
    }

    @Test
    void aParagraphThatIsOneLinkIsATeaser() {
        Article a = extract("<article>" + FILLER + "<p><a href=/road-trip>A road trip along the thermal springs of the south</a></p>"
                + "<p><a href=/a>Ferries</a>, <a href=/b>bridges</a> and <a href=/c>tunnels</a></p>"
                + "<p><a href=https://example.org/petition>https://example.org/petition</a></p>" + FILLER + "</article>");
        String t = text(a);
        assertFalse(t.contains("A road trip along"), t);
        assertTrue(t.contains("bridges"), "several links read as a sentence: " + t);
        assertTrue(t.contains("https://example.org/petition"), "a bare address is a source: " + t);
    }

    @Test
    void readOnTitlesAndClosingAppealsAreDropped() {
        Article a = extract("<article>" + FILLER + "<p>Weiterlesen:</p><p><a href=/a>Ein Roadtrip entlang der Route 66</a></p>"
                + "<p>Unterstütze RosaMag bereits mit 2,50 Euro im Monat!</p>"
                + "<p>\u00A9 2022, Harbour News. This article is the copyrighted property of Harbour News. Written permission must be "
                + "obtained before reprint in online or print media, and the whole text must be credited to the newsroom.</p>"
                + FILLER + "</article>");
        String t = text(a);
        assertFalse(t.contains("Weiterlesen"), t);
        assertFalse(t.contains("Roadtrip"), t);
        assertFalse(t.contains("Unterstütze"), t);
        assertFalse(t.contains("copyrighted property"), t);
        assertTrue(t.contains("The board approved the plan"), t);
    }

    @Test
    void anArticleHeaderWithItsStandfirstIsNotTheMasthead() {
        Article a = extract("<body><div class=masthead><a href=/>Harbour News</a></div><div class=entry>"
                + "<div class=entry__header><h1>New ferries</h1><p>The ferry authority will replace its whole fleet by 2030, "
                + "the board decided on Tuesday after a long and heated meeting about the costs.</p></div>"
                + "<div class=entry__body>" + FILLER + FILLER + "</div></div></body>");
        assertTrue(text(a).contains("replace its whole fleet by 2030"), text(a));
    }
    @Test
    void authorBioBoxesLeaveEvenWhenNamedLikeContent() {
        Article a = extract("<article><div class=entry-content>" + FILLER + FILLER + "</div>"
                + "<section class='post-content-box post-author-box'><p>About Kathrin</p><p>Hello, I am a food blogger, cookbook author, "
                + "journalist and a passionate baker since my childhood. What makes me happy: developing new recipes, taking photos, "
                + "eating and writing. Since 2012 you find here recipes for cakes, tarts, breads and biscuits, all of them tested "
                + "at home, with step-by-step photos, so that they work in your kitchen the first time you try them, which is what "
                + "I wish for every reader of this blog and every one of its weekly newsletters, too.</p></section></article>");
        String t = text(a);
        assertFalse(t.contains("food blogger"), t);
        assertTrue(t.contains("The board approved the plan"), t);
    }

    @Test
    void aRunOfTeaserBoxesIsAListOfOtherStories() {
        StringBuilder teasers = new StringBuilder("<ul class=item-list>");
        for (int i = 0; i < 3; i++) {
            teasers.append("<li class='teaser views-row'><h3><a href=/s").append(i).append(">Another story number ").append(i)
                    .append("</a></h3><p>Author: Jo Smith, date: 12.3.2019. A long summary of the other story that is not ")
                    .append("a link at all, told in a few sentences so that the box is mostly plain text.</p></li>");
        }
        teasers.append("</ul>");
        Article a = extract("<div class=main><div class=col>" + FILLER + FILLER + FILLER + "</div>" + teasers + "</div>");
        String t = text(a);
        assertFalse(t.contains("summary of the other story"), t);
        assertTrue(t.contains("The board approved the plan"), t);
    }

    @Test
    void advertisingDisclosuresAndSubscriptionOffersAreDropped() {
        Article a = extract("<article><p><em>*Werbung. Dieser Beitrag enthält Werbung für ein Modelabel.</em></p>" + FILLER
                + "<p>Anzeige, enthält Affiliate Links</p><div><span>Advertisement</span></div>"
                + "<p>This post contains references to products from one or more of our advertisers. We may receive compensation "
                + "when you click on links to those products.</p>"
                + "<p><strong>Gefällt dir unser Magazin? Bei der Lancierung haben wir entschieden, keine Bezahlschranke einzuführen. "
                + "Das wird auch so bleiben, denn wir möchten möglichst viele Leserinnen und Leser mit News versorgen. Dafür "
                + "brauchen wir deine Unterstützung, einmalig oder jeden Monat, mit dem Betrag, der für dich stimmt.</strong></p>"
                + "<p>Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.</p>"
                + FILLER + "<div><a class=button href=/news>Zurück zu allen Meldungen</a></div>"
                + "<p>Like this, the new boats will carry more bikes.</p><p>Werbeverbote, so der Verband, schaden den Fähren.</p></article>");
        String t = text(a);
        for (String gone : new String[] {"Werbung", "Anzeige", "Advertisement", "our advertisers", "Gefällt dir", "Cancela", "Zurück zu"}) {
            assertFalse(t.contains(gone), gone + ": " + t);
        }
        assertTrue(t.contains("Like this, the new boats"), "prose that opens with 'like this' stays: " + t);
        assertTrue(t.contains("Werbeverbote, so der Verband"), t);
        assertTrue(t.contains("The board approved the plan"), t);
    }

    @Test
    void aCallToActionBoxNamedCtaLeaves() {
        Article a = extract("<article>" + FILLER + "<section class=vc_cta3-container><div class='vc_general vc_cta3'>"
                + "<h4>In our seminar you work out your own scenarios for smart glasses in your company.</h4></div></section>"
                + FILLER + "</article>");
        assertFalse(text(a).contains("smart glasses"), text(a));
    }

    @Test
    void latestPostsAndMoreOnTopicBoxesLeave() {
        Article a = extract("<article>" + FILLER + "<div class=box><header class=title-box>Neueste Beiträge</header>"
                + "<p>Nur schwacher Titelschutz für den Slogan, 14.02.2022</p></div>"
                + "<h2>Mehr zu Klima und Konsum</h2><p><a href=/c>Fleisch essen und das Klima</a></p>" + FILLER + "</article>");
        String t = text(a);
        assertFalse(t.contains("Titelschutz"), t);
        assertFalse(t.contains("Mehr zu Klima"), t);
        assertTrue(t.contains("The board approved the plan"), t);
    }

    @Test
    void aDateLabelLeftAloneAndAReadingTimeBylineLeave() {
        Article a = extract("<article><p class=meta>By Amelie Nishizawa 5 min read</p>" + FILLER
                + "<p><span class=field-label>Release Date:</span></p>" + FILLER + "</article>");
        String t = text(a);
        assertFalse(t.contains("min read"), t);
        assertFalse(t.contains("Release Date"), t);
        assertTrue(t.contains("The board approved the plan"), t);
    }
    @Test
    void tagRowsNextPostStripsAndSeeAlsoParagraphsLeave() {
        Article a = extract("<article><p class=post-categories><span><a href=/c/a>Politik</a></span>, <span><a href=/c/b>Debatte</a></span></p>"
                + FILLER + "<p>Siehe auch<br><a href=/x>Die dümmste aller Theorien</a><br><a href=/y>Sinnlose Astrologie und ein wenig Hirn</a></p>"
                + "<p>With advances in <a class=keywords href=/n>neuroscience</a>, the mind is better understood.</p>"
                + FILLER + "<div id=next-post-thumbnails><div class=nextstory><h2><a href=/z>A choir sings for the people</a></h2>"
                + "<p>The choir met on a Sunday and sang a song about power, and then another one about the sea and the harbour.</p></div></div>"
                + "</article>");
        String t = text(a);
        assertFalse(t.contains("Politik"), t);
        assertFalse(t.contains("Astrologie"), t);
        assertFalse(t.contains("choir"), t);
        assertTrue(t.contains("With advances in neuroscience, the mind"), "an inline link named keywords stays: " + t);
    }

    @Test
    void adFiguresDownloadSizesAndDanglingLabelsLeave() {
        Article a = extract("<article><ul><li>Wirtschaft</li><li>opublikowano: <time>2021-04-29 17:13</time></li></ul>" + FILLER
                + "<figure><a href=https://shop.example/><img src=ad.png alt=''></a><figcaption>Reklama</figcaption></figure>"
                + "<figure><img src=ferry.png alt=''><figcaption>The new ferry. Photo: Getty Images</figcaption></figure>"
                + "<p>Informationsschreiben vom 14. Oktober 2021<span>PDF | 38 KB | Datei ist nicht barrierefrei</span></p>"
                + "<table><tr><th>App</th><th>Size</th></tr><tr><td>Maps</td><td><span>32.7 MB</span></td></tr></table>"
                + FILLER + "<p><strong>Kontakt:</strong></p><p>Du musst eingeloggt sein, um Kommentare zu schreiben!</p>"
                + "<p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.</p></article>");
        String t = text(a);
        for (String gone : new String[] {"opublikowano", "Reklama", "38 KB", "Kontakt", "eingeloggt", "Lizenz"}) {
            assertFalse(t.contains(gone), gone + ": " + t);
        }
        assertTrue(t.contains("The new ferry."), "a real caption stays: " + t);
        assertTrue(t.contains("Informationsschreiben vom 14. Oktober 2021"), t);
        assertTrue(t.contains("32.7 MB"), "a size in a table is data: " + t);
    }
    @Test
    void seeAlsoQuotesAndCommentPromptsInItalicsLeave() {
        Article a = extract("<article>" + FILLER + "<blockquote><b>PUEDES VER: </b><a href=/x>¿Qué es la Sunedu y para qué sirve?</a></blockquote>"
                + "<div>Prämierte Fachleute sind verlässliche Partner fürs Bauen, Renovieren und Einrichten, und wer sich für sie "
                + "entscheidet, kann sicher sein, dass sie seit Jahren gute Arbeit leisten.<br><br><i>Verraten Sie gerne in den Kommentaren: "
                + "Was bedeutet ein Award für Sie?</i></div>" + FILLER + "</article>");
        String t = text(a);
        assertFalse(t.contains("Sunedu"), t);
        assertFalse(t.contains("Kommentaren"), t);
        assertTrue(t.contains("verlässliche Partner"), t);
    }
    @Test
    void aDownloadAsPdfBoxLeaves() {
        Article a = extract("<article>" + FILLER + "<div class=contentbox><div class=boxhead>Dieses Skript als PDF herunterladen</div>"
                + "<div><a href=/skript.pdf>Skript zur Folge 16</a> 123 KB</div></div>" + FILLER + "</article>");
        String t = text(a);
        assertFalse(t.contains("herunterladen"), t);
        assertTrue(t.contains("The board approved the plan"), t);
    }
    @Test
    void linkCardQuotesCustomTeaserElementsAndTimeOnlyBylinesLeave() {
        Article a = extract("<article><p><span class=byline>von <a href=/autor/jo>Jo Doe</a> am <a href=/date/2014/05/14>"
                + "<time datetime=2014-05-14>14. Mai 2014</time></a>, 15:40 Uhr</span></p>" + FILLER
                + "<blockquote class=wp-embedded-content><p><a href=/other-post>Luftwaffe hat mit dem Training begonnen</a></p></blockquote>"
                + "<blockquote><p>We will not stop the ferries, whatever the board says about the costs.</p></blockquote>"
                + "<pp-teaser-list><x-teaser><a href=/a>Fragen und Antworten zum Infektionsschutz</a></x-teaser>"
                + "<x-teaser><a href=/b>Alles zum Kurzarbeitergeld</a></x-teaser></pp-teaser-list>" + FILLER + "</article>");
        String t = text(a);
        assertFalse(t.contains("15:40"), t);
        assertFalse(t.contains("Training begonnen"), t);
        assertFalse(t.contains("Infektionsschutz"), t);
        assertTrue(t.contains("We will not stop the ferries"), "a real quotation stays: " + t);
    }
}
