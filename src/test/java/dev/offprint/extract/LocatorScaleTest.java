package dev.offprint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Locating and outlining on pages of 10^5 elements: the ladder reads every paragraph-text figure
 * from one pass ({@link ContentLocator.ParagraphText}), and heading ids resume their suffix search.
 * The timeouts are generous: they catch a return to quadratic time, not a slow machine.
 */
class LocatorScaleTest {

    @Test
    void theParagraphTextIndexGivesWhatTheWalkGives() {
        Document doc = Jsoup.parse("<html><body><main><article><h2>Title words</h2><p>First paragraph, with words.</p>"
                + "<ul><li>plain item</li><li><p>item with a paragraph</p></li><li>outer<ul><li>inner item</li></ul></li></ul>"
                + "<blockquote><p>quoted directly</p><div><p>quoted in a box</p></div></blockquote>"
                + "<table><tr><td>cell text</td><td><p>cell paragraph</p></td></tr></table><pre>code  here</pre><h3></h3>"
                + "<p><span></span></p></article></main><div><p>Outside the article, a paragraph.</p></div></body></html>");
        ContentLocator.ParagraphText index = new ContentLocator.ParagraphText(doc.body());
        for (Element e : doc.body().getAllElements()) {
            assertEquals(ContentLocator.paragraphText(e), index.of(e), e.cssSelector());
        }
        Element outside = new Element("div").appendElement("p").text("a paragraph the index never saw").parent();
        assertEquals(ContentLocator.paragraphText(outside), index.of(outside));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void nestedArticleChainsAreLocatedInOnePass() {
        // 300 chains of 100 nested <article>s, 3 elements each: every article is a candidate whose
        // paragraph text was walked again for each question the ladder asked.
        String chain = "<section>" + "<article><h2>T</h2><p>words here and there, again and again</p>".repeat(100)
                + "</article>".repeat(100) + "</section>";
        Document doc = Jsoup.parse("<html><body>" + chain.repeat(300) + "</body></html>");
        Nodes.flattenDeep(doc, Extractor.MAX_DEPTH);
        Cleaner.prepare(doc, true);
        ContentLocator.Located located = ContentLocator.locate(doc, true);
        assertEquals("body", located.method(), "three hundred comparable chains are a listing, not one article");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void fiftyThousandHeadingsWithTheSameWordsGetIdsInLinearTime() {
        List<Block> body = new ArrayList<>();
        int n = 50_000;
        for (int i = 0; i < n; i++) body.add(new Block.Heading(2, List.of(new Inline.Text("Share")), null));
        body.add(new Block.Paragraph(List.of(new Inline.Text("end"))));
        List<Block> out = Outline.normalise(body, null);
        assertEquals("share", ((Block.Heading) out.get(0)).id());
        assertEquals("share-" + n, ((Block.Heading) out.get(n - 1)).id());
    }
}
