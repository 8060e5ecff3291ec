package dev.offprint.render.pdf;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.model.Article;
import dev.offprint.model.Media;
import dev.offprint.render.RenderContext;
import dev.offprint.render.pdf.layout.ArticleLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Layout invariants ({@link LayoutInvariants}: no overfull line, no heading ending a column, no
 * widow or orphan line) on real pages and on the test articles, read from the layout itself
 * (no PDF is written).
 */
class CorpusLayoutTest {

    private static List<String> check(PdfOptions options, Article a, Media m) throws Exception {
        ArticleLayout.Result r = new PdfRenderer(options).layoutOnly(a, m, new RenderContext(CorpusPages.CONVERTED));
        assertFalse(r.pages().isEmpty());
        return LayoutInvariants.violations(r, PdfRenderer.pageSpec(options));
    }

    @Test
    void corpusSampleKeepsTheInvariants() throws Exception {
        Path dir = CorpusPages.shared().resolve("corpus/readability");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no shared corpus at " + dir);
        List<Path> sample = CorpusPages.sample(CorpusPages.pages(dir), CorpusConformanceTest.STEP);
        assertTrue(sample.size() >= 30, "sample of " + sample.size());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path p : sample) {
            CorpusPages.Prepared prep = CorpusPages.prepare(p);
            if (prep == null) continue;
            checked++;
            for (PdfOptions o : List.of(PdfOptions.defaults(),
                    PdfOptions.defaults().withColumns(2).withPageSize(PdfOptions.PageSize.LETTER).withRaggedRight(true))) {
                for (String v : check(o, prep.withNotes(), prep.media())) failures.add(prep.name() + " " + label(o) + ": " + v);
            }
        }
        assertTrue(checked >= 30, "only " + checked + " pages had an article");
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void testArticlesKeepTheInvariants() throws Exception {
        List<String> failures = new ArrayList<>();
        for (PdfOptions o : List.of(PdfOptions.defaults(), PdfOptions.defaults().withColumns(2),
                PdfOptions.defaults().withPageSize(PdfOptions.PageSize.A5).withFontSize(12),
                PdfOptions.defaults().withPageSize(PdfOptions.PageSize.LETTER).withRaggedRight(true).withHyphenate(false))) {
            for (String v : check(o, TestArticles.kitchenSink(), TestArticles.kitchenMedia())) failures.add("kitchen sink " + label(o) + ": " + v);
            for (String v : check(o, TestArticles.longArticle(40), Media.empty())) failures.add("long article " + label(o) + ": " + v);
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    private static String label(PdfOptions o) {
        return "[" + o.pageSize() + " " + o.fontSize() + "pt " + o.columns() + "col" + (o.raggedRight() ? " ragged" : "") + "]";
    }
}
