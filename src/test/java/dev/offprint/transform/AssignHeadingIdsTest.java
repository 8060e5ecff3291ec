package dev.offprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Block.Heading;
import dev.offprint.model.Block.Paragraph;
import dev.offprint.model.Block.Quote;
import dev.offprint.model.ExtractionInfo;
import dev.offprint.model.Inline;
import dev.offprint.model.Inline.Emphasis;
import dev.offprint.model.Inline.Text;
import dev.offprint.model.KitchenSink;
import dev.offprint.model.Metadata;
import dev.offprint.model.Note;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignHeadingIdsTest {

    private static Heading h(String text, String id) { return new Heading(2, List.of(new Text(text)), id); }

    private static Article article(List<Block> body) {
        return new Article(Metadata.empty(), body, List.of(), List.of(), List.of(), ExtractionInfo.unknown());
    }

    private static List<String> ids(Article a) {
        List<String> out = new ArrayList<>();
        ModelWalk.forEachNode(a.body(), n -> { if (n instanceof Heading hd) out.add(hd.id()); });
        return out;
    }

    @Test
    void headingsWithoutIdsGetSlugsOfTheirText() {
        Article out = new AssignHeadingIds().apply(article(List.of(
                h("Side Effects & Dosage", ""), h("Café’s “Über” menu", ""), h("2019 results", ""), h("中文標題", ""))));
        assertEquals(List.of("side-effects-dosage", "cafes-uber-menu", "h-2019-results", "section"), ids(out));
    }

    @Test
    void headingIdsAreUniqueAndGivenIdsAreKept() {
        Article out = new AssignHeadingIds().apply(article(List.of(
                h("Intro", ""), h("Intro", ""), h("Other", "intro-2"), h("Again", "dup"), h("Again", "dup"))));
        // "intro-2" is the page's own id further down, so the second generated slug skips it
        assertEquals(List.of("intro", "intro-3", "intro-2", "dup", "dup-2"), ids(out));
    }

    @Test
    void nestedHeadingsAndEmphasisedTextAreCovered() {
        Article in = article(List.of(new Quote(List.of(
                new Heading(3, List.of(new Emphasis(List.of(new Text("Deep"))), new Text(" inside")), "")), List.of())));
        assertEquals(List.of("deep-inside"), ids(new AssignHeadingIds().apply(in)));
    }

    @Test
    void slugsAvoidNoteAndReferenceIds() {
        Article in = new Article(Metadata.empty(), List.of(h("fn 1", "")), List.of(),
                List.of(new Note("fn-1", Note.Kind.FOOTNOTE, List.of(), null)), List.of(), null);
        assertEquals(List.of("fn-1-2"), ids(new AssignHeadingIds().apply(in)));
    }

    @Test
    void runningTwiceGivesTheSameArticle() {
        Article once = new AssignHeadingIds().apply(article(List.of(h("A", ""), h("A", ""), new Paragraph(List.of(new Text("x"))))));
        assertEquals(once, new AssignHeadingIds().apply(once));
        assertEquals(KitchenSink.article(), new AssignHeadingIds().apply(KitchenSink.article()));
    }

    @Test
    void longHeadingsAreCutAtAWordBoundary() {
        String slug = AssignHeadingIds.slug("word ".repeat(40));
        assertEquals(true, slug.length() <= AssignHeadingIds.MAX_SLUG && slug.endsWith("word"), slug);
    }

    @Test
    void aModelDeeperThanTheBoundDoesNotOverflowTheStack() {
        Inline deep = new Text("bottom");
        for (int i = 0; i < 100_000; i++) deep = new Emphasis(List.of(deep));
        Article in = article(List.of(new Heading(2, List.of(new Text("Top")), ""), new Paragraph(List.of(deep))));
        Article out = new AssignHeadingIds().apply(in);
        assertEquals("top", ((Heading) out.body().get(0)).id());
        assertEquals(2, out.body().size());
    }
}
