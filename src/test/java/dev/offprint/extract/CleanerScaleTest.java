package dev.offprint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cleaner's conditional cleaning on pathological pages. Each page here took minutes while the
 * cleaning was quadratic (a 3,000-row layout table: 83 s; 10,000 rows would take about 15 min)
 * and takes about a second now, so the generous timeouts catch a return to quadratic time without
 * being flaky on a busy machine.
 */
class CleanerScaleTest {

    private static final String PROSE = "<p>" + "Words and words, more words here. ".repeat(40) + "</p>";

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHugeLayoutTableIsCleanedInLinearTime() {
        int rows = 10_000;
        Document doc = Jsoup.parse("<html><body><div id=content>" + PROSE + "<table>"
                + "<tr><td><div>cell <a href=/x>link</a></div><div>plain cell text without links</div></td></tr>".repeat(rows)
                + "</table></div></body></html>");
        Element root = doc.getElementById("content");
        Cleaner.tidy(root, true);
        // 10,000 rows make it a data table (Readability's rows >= 10), so its boxes are all spared.
        assertEquals(rows * 2, root.select("td > div").size());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void linkHeavyBoxesInsideAWideLayoutTableAreDecidedOnePerBox() {
        int cells = 20_000;
        Document doc = Jsoup.parse("<html><body><div id=content>" + PROSE + "<table role=presentation><tr>"
                + "<td><div>cell <a href=/x>link</a></div><div>plain cell text without links</div></td>".repeat(cells)
                + "</tr></table></div></body></html>");
        Element root = doc.getElementById("content");
        Cleaner.tidy(root, true);
        // A presentation table is layout: each link-heavy box (link density 0.44) goes, each plain one stays.
        assertEquals(cells, root.select("td > div").size(), "the link-heavy half is gone, the plain half stays");
        assertEquals(0, root.select("td > div:has(a)").size());
        assertEquals(cells, root.getElementsByTag("td").size());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHundredThousandEmptyParagraphsGoInOneBatch() {
        Document doc = Jsoup.parse("<html><body><div id=content>" + PROSE + "<p>".repeat(100_000) + "<p>last words</p></div></body></html>");
        Element root = doc.getElementById("content");
        Cleaner.tidy(root, true);
        assertEquals(2, root.getElementsByTag("p").size());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void deepNestingUnderTheDepthCapStaysLinear() {
        // 10^5 nested boxes, flattened at the extractor's depth cap as the extractor does, then cleaned.
        Document doc = Jsoup.parse("<html><body><div id=content>" + PROSE + "<section><div>".repeat(50_000) + "x</div></body></html>");
        Nodes.flattenDeep(doc, Extractor.MAX_DEPTH);
        Element root = doc.getElementById("content");
        Cleaner.tidy(root, true);
        assertEquals(1, root.getElementsByTag("p").size());
    }
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void thousandsOfShareTitlesUnderOneLinkHeavyWrapperAreDecidedOnce() {
        // Each title's box climbs into the link-heavy wrapper; measuring the wrapper once per title
        // made this quadratic (4,000 boxes: 105 s in the extractor).
        int boxes = 20_000;
        Document doc = Jsoup.parse("<html><body><div id=content>" + PROSE + "<div class=links>"
                + "<div><h3>Share</h3><ul><li><a href=/t>Twitter</a></li><li><a href=/f>Facebook</a></li></ul></div>".repeat(boxes)
                + "</div>" + PROSE + "</div></body></html>");
        Element root = doc.getElementById("content");
        Cleaner.removeBoilerplateBoxes(root);
        assertEquals(0, root.getElementsByTag("h3").size());
        assertEquals(0, root.getElementsByTag("a").size());
        assertEquals(2, root.getElementsByTag("p").size());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void thousandsOfBareShareTitlesAmongParagraphsGoInOneBatch() {
        int titles = 20_000;
        Document doc = Jsoup.parse("<html><body><div id=content>"
                + (PROSE + "<h4>Share this</h4><p><a href=/t>Twitter and Facebook</a></p>").repeat(titles) + "</div></body></html>");
        Element root = doc.getElementById("content");
        Cleaner.removeBoilerplateBoxes(root);
        assertEquals(0, root.getElementsByTag("h4").size());
        assertEquals(titles, root.getElementsByTag("p").size(), "the prose stays, the link paragraph after each title goes");
    }
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBoxOfFiftyThousandLinksIsReadOncePerParent() {
        // Each link asks whether its parent holds text of its own: once per parent, not once per link.
        int links = 50_000;
        Document doc = Jsoup.parse("<html><body><div id=content>" + PROSE + "<div>"
                + "<a href=/x>a place name</a>".repeat(links) + "</div></div></body></html>");
        Element root = doc.getElementById("content");
        Cleaner.removeCallsToAction(root);
        assertEquals(links, root.getElementsByTag("a").size());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void thousandsOfOneLinkListsBetweenParagraphsAndTrailingHeadingsStayLinear() {
        // Each list is judged from its own items and its two neighbours; the trailing headings are
        // found from the end, a few at most.
        int lists = 20_000;
        String para = "<p>Words and words, more words here; the harbour works go on through the winter months.</p>";
        Document doc = Jsoup.parse("<html><body><div id=content>" + PROSE
                + ("<ul><li><a href=/x>The latest news about the harbour works here</a></li></ul>" + para).repeat(lists)
                + "<h3>More</h3>".repeat(lists) + "</div></body></html>");
        Element root = doc.getElementById("content");
        Cleaner.removeHeadlineLists(root);
        Cleaner.removeTrailingHeadings(root);
        assertEquals(0, root.getElementsByTag("ul").size());
        assertEquals(lists - 3, root.getElementsByTag("h3").size(), "three trailing headings at most go");
    }
}
