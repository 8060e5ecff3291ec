package dev.offprint.render.pdf.layout;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.model.Article;
import dev.offprint.model.KitchenSink;
import dev.offprint.render.pdf.TestArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pagination and whole-article layout through the fake metrics: keeps, repeated headers, columns, bounds. */
class PaginatorTest {

    // a frame 100 pt high: ten 10 pt items fit
    private static final PageSpec SPEC = new PageSpec(200, 140, 20, 20, 20, 20, 1, 10, 10, true);

    private static Item item(String name) {
        return new Item(10, 0, List.of(new Op.Bookmark(name, 1)));
    }

    private static String name(Placed p) { return ((Op.Bookmark) p.item().ops().get(0)).title(); }

    private static List<List<String>> names(List<List<Placed>> pages) {
        return pages.stream().map(pg -> pg.stream().map(p -> (p.artifact() ? "*" : "") + name(p)).toList()).toList();
    }

    @Test
    void aParagraphsFirstLineIsNotLeftAloneAtTheFootOfAPage() {
        List<Item> flow = new ArrayList<>();
        for (int i = 0; i < 9; i++) flow.add(item("f" + i));
        flow.add(item("p0").keepWithNext(true));
        flow.add(item("p1").keepWithNext(true));
        flow.add(item("p2"));
        List<List<String>> pages = names(new Paginator(SPEC).paginate(List.of(), flow));
        assertEquals(List.of("p0", "p1", "p2"), pages.get(1));
        assertEquals(9, pages.get(0).size());
    }

    @Test
    void aHeadingTravelsWithTheLinesItKeeps() {
        List<Item> flow = new ArrayList<>();
        for (int i = 0; i < 8; i++) flow.add(item("f" + i));
        flow.add(item("h").keepWithNext(true));
        flow.add(item("p0").keepWithNext(true));
        flow.add(item("p1"));
        List<List<String>> pages = names(new Paginator(SPEC).paginate(List.of(), flow));
        assertEquals(List.of("h", "p0", "p1"), pages.get(1));
    }

    @Test
    void aChainLongerThanAPageIsBrokenRatherThanLooping() {
        List<Item> flow = new ArrayList<>();
        for (int i = 0; i < 25; i++) flow.add(item("k" + i).keepWithNext(true));
        List<List<String>> pages = names(new Paginator(SPEC).paginate(List.of(), flow));
        assertEquals(3, pages.size());
        assertEquals(10, pages.get(0).size());
    }

    @Test
    void tableHeaderRowsRepeatAsArtifactsOnLaterPages() {
        List<Item> flow = new ArrayList<>();
        Item header = item("th").keepWithNext(true);
        flow.add(header);
        for (int i = 0; i < 15; i++) flow.add(item("r" + i).repeatHeader(List.of(header)));
        List<List<String>> pages = names(new Paginator(SPEC).paginate(List.of(), flow));
        assertEquals("th", pages.get(0).get(0));
        assertEquals("*th", pages.get(1).get(0));
        assertEquals("r9", pages.get(1).get(1));
    }

    @Test
    void footnotesSitAtTheFootOfTheColumnOfTheirReference() {
        List<Item> flow = new ArrayList<>();
        for (int i = 0; i < 6; i++) flow.add(item("f" + i));
        // a line citing a 30 pt note: it and its note need 10 + 10 (rule) + 30 = 50 pt, only 40 are left
        flow.add(item("cite").footnotes(List.of(new Item(30, 0, List.of(new Op.Bookmark("note", 1))))));
        flow.add(item("after"));
        List<List<Placed>> pages = new Paginator(SPEC).paginate(List.of(), flow);
        List<List<String>> names = pages.stream().map(pg -> pg.stream()
                .map(p -> p.item().ops().isEmpty() || !(p.item().ops().get(0) instanceof Op.Bookmark b) ? "rule" : b.title()).toList()).toList();
        assertEquals(List.of("f0", "f1", "f2", "f3", "f4", "f5"), names.get(0));
        assertEquals(List.of("cite", "after", "rule", "note"), names.get(1));
        Placed note = pages.get(1).get(3);
        assertEquals(SPEC.bottom(), note.y() + note.item().height(), 0.01, "the note ends at the bottom margin");
    }

    @Test
    void aFigureThatNearlyFitsIsScaledDownInsteadOfMoved() {
        List<Item> flow = new ArrayList<>();
        for (int i = 0; i < 3; i++) flow.add(item("f" + i));
        // 80 pt image + 10 pt caption after 30 pt of text: 60 pt are left for the image (75%)
        flow.add(new Item(80, 0, List.of(new Op.Image(10, 0, 160, 80, "img", null))).keepWithNext(true).shrinkable(true));
        flow.add(item("caption"));
        List<List<Placed>> pages = new Paginator(SPEC).paginate(List.of(), flow);
        assertEquals(1, pages.size());
        Op.Image im = (Op.Image) pages.get(0).get(3).item().ops().get(0);
        assertEquals(60, im.height(), 0.01);
        assertEquals(120, im.width(), 0.01);
        assertEquals(30, im.x(), 0.01, "kept centred");
        // at less than 60% it moves instead
        flow.add(2, item("more"));
        flow.add(2, item("more2"));
        assertEquals(2, new Paginator(SPEC).paginate(List.of(), flow).size());
    }

    @Test
    void twoColumnsFillLeftThenRight() {
        PageSpec two = new PageSpec(200, 140, 20, 20, 20, 20, 2, 10, 10, true);
        List<Item> flow = new ArrayList<>();
        for (int i = 0; i < 25; i++) flow.add(item("i" + i));
        List<List<Placed>> pages = new Paginator(two).paginate(List.of(), flow);
        assertEquals(2, pages.size());
        assertEquals(20, pages.get(0).get(0).x(), 0.01);
        assertEquals(two.columnX(1), pages.get(0).get(10).x(), 0.01);
        assertEquals(20, pages.get(0).get(10).y(), 0.01);
    }

    @Test
    void aLongArticleLaysOutWithEveryLineInsideItsColumnAndPage() {
        Article a = TestArticles.longArticle(120);
        for (int columns = 1; columns <= 2; columns++) {
            PageSpec spec = new PageSpec(595, 842, 60, 60, 57, 57, columns, 17, 10.5f, true);
            ArticleLayout.Result r = new ArticleLayout(new FixedMetrics(), Hyphenator.NONE, spec, Map.of(), true, null, d -> { })
                    .layout(a, TestArticles.CONVERTED);
            assertTrue(r.pages().size() > 20, "pages " + r.pages().size());
            for (int pi = 0; pi < r.pages().size(); pi++) {
                for (Placed p : r.pages().get(pi).placed()) {
                    if (p.artifact()) continue;
                    assertTrue(p.y() + p.item().height() <= spec.bottom() + 0.01f, "below the bottom margin");
                    // the title block spans both columns of page one; everything else stays in its column
                    boolean spanning = columns == 2 && pi == 0 && p.x() == spec.marginLeft();
                    float limit = p.x() + (spanning ? spec.contentWidth() : spec.columnWidth()) + 0.01f;
                    for (Op op : p.item().ops()) {
                        if (op instanceof Op.Text t) {
                            float right = p.x() + t.x() + t.width() - (t.text().endsWith(" ") ? t.style().size() / 2 : 0);
                            assertTrue(right <= limit, "overfull: " + t + " right " + right + " limit " + limit);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theKitchenSinkStructureHasTheRolesTaggedPdfNeeds() {
        PageSpec spec = new PageSpec(595, 842, 60, 60, 57, 57, 1, 17, 10.5f, true);
        ArticleLayout.Result r = new ArticleLayout(new FixedMetrics(), Hyphenator.NONE, spec,
                Map.of("https://example.org/figure.png", new ArticleLayout.ImageSize(40, 30)), true, null, d -> { })
                .layout(KitchenSink.article(), TestArticles.CONVERTED);
        List<String> types = new ArrayList<>();
        java.util.ArrayDeque<StructNode> stack = new java.util.ArrayDeque<>();
        stack.push(r.root());
        while (!stack.isEmpty()) {
            StructNode n = stack.pop();
            types.add(n.type());
            n.children().forEach(stack::push);
        }
        for (String t : List.of("Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "BlockQuote", "Figure", "Caption",
                "Table", "TR", "TH", "TD", "Link", "Note")) {
            assertTrue(types.contains(t), t + " in " + types);
        }
    }
}
