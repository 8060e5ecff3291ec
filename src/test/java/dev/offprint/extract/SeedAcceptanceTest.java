package dev.offprint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Reference;
import dev.offprint.source.FileSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance criteria on the reference article, {@code source/cerebrolysin.html}, against the seed text. */
class SeedAcceptanceTest {

    static Article article;
    static String body;
    static List<String> seed;

    @BeforeAll
    static void extract() throws IOException {
        Path page = Path.of("source/cerebrolysin.html");
        assumeTrue(Files.isRegularFile(page), "source/cerebrolysin.html not present");
        article = new Extractor().extract(FileSource.readFile(page)).article();
        body = PlainText.of(article.body());
        Path seedFile = Path.of(System.getProperty("offprint.shared", "../shared"), "seed/cerebrolysin.txt");
        seed = Files.isRegularFile(seedFile) ? Files.readAllLines(seedFile, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void metadataComesFromThePageAndTheUpdatedLine() {
        assertEquals("Cerebrolysin Drug Information", article.metadata().title());
        assertTrue(article.metadata().modified().startsWith("2018-03-13"), article.metadata().modified());
        assertEquals(null, article.metadata().published(), "the page states only when it was last updated");
        assertTrue(article.metadata().authors().contains("Nootriment") || "Nootriment".equals(article.metadata().publisher())
                || "Nootriment".equals(article.metadata().siteName()), article.metadata().toString());
        assertEquals("https://nootriment.com/cerebrolysin/", article.metadata().url());
    }

    @Test
    void everySeedParagraphIsInTheBodyInOrder() {
        assumeTrue(!seed.isEmpty(), "seed text not present");
        int at = 0;
        int checked = 0;
        for (String line : seed) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("- ") || l.equals("Related Topics")
                    || l.startsWith("Article last updated") || l.equals("1 Comment") || l.startsWith("Is cerebrolysin safe")) continue;
            int found = body.indexOf(l, at);
            assertTrue(found >= 0, "missing or out of order: " + l);
            at = found + l.length();
            checked++;
        }
        assertTrue(checked >= 20, "checked " + checked + " seed lines");
    }

    @Test
    void boilerplateAndCommentsStayOutOfTheBody() {
        for (String junk : List.of("Related Topics", "1 Comment", "levodopa", "Article last updated", "Leave a Reply", "Share", "Copyright")) {
            assertFalse(body.contains(junk), "body holds " + junk);
        }
        assertFalse(body.contains("Muresanu"), "references left the body");
    }

    @Test
    void theThreeBulletsAreAList() {
        List<Block.ListBlock> lists = ExtractorSpecTest.all(article.body(), Block.ListBlock.class);
        assertEquals(1, lists.size());
        assertEquals(3, lists.get(0).items().size());
        assertTrue(body.contains("- May decrease beta amyloid in the brain\n- Promotes neuron health & plasticity\n- May improve short-term memory"));
    }

    @Test
    void exactlyThreeParsedReferences() {
        List<Reference> refs = article.references();
        assertEquals(3, refs.size());
        assertEquals(List.of("ref-1", "ref-2", "ref-3"), refs.stream().map(Reference::id).toList());
        assertEquals(List.of(2015, 2014, 2012), refs.stream().map(Reference::year).toList());
        assertTrue(refs.get(0).authors().get(0).startsWith("Muresanu"), refs.get(0).authors().toString());
        assertTrue(refs.get(1).authors().get(0).startsWith("Amiri-Nikpour"), refs.get(1).authors().toString());
        assertTrue(refs.get(2).authors().get(0).startsWith("Heiss"), refs.get(2).authors().toString());
        assertEquals("CNS Neurol Disord Drug Targets", refs.get(0).container());
        assertEquals("Neuropsychiatr Dis Treat", refs.get(1).container());
        assertEquals("Stroke", refs.get(2).container());
    }

    @Test
    void theCommentIsAComment() {
        assertEquals(1, article.comments().size());
        String text = PlainText.of(article.comments().get(0).content());
        assertTrue(text.contains("Is cerebrolysin safe for people who are being treated with levodopa?"));
        assertTrue(article.comments().get(0).author() != null && !article.comments().get(0).author().isBlank());
        assertTrue(article.comments().get(0).date().startsWith("20"));
    }

    @Test
    void theTitleIsNotRepeatedAsTheLeadingHeading() {
        Block first = article.body().get(0);
        assertFalse(first instanceof Block.Heading h && InlineBuilder.plain(h.content()).equals("Cerebrolysin Drug Information"), first.toString());
        for (Block.Heading h : ExtractorSpecTest.all(article.body(), Block.Heading.class)) assertTrue(h.level() >= 2);
    }

    @Test
    void theSeedsMidArticleTitleLineStaysAsAHeadingAfterTheBullets() {
        int list = -1;
        int heading = -1;
        for (int i = 0; i < article.body().size(); i++) {
            Block b = article.body().get(i);
            if (b instanceof Block.ListBlock && list < 0) list = i;
            if (b instanceof Block.Heading h && InlineBuilder.plain(h.content()).equals("Cerebrolysin Drug Information")) {
                assertEquals(2, h.level());
                heading = i;
            }
        }
        assertTrue(list >= 0 && heading > list, "list at " + list + ", title heading at " + heading);
    }

    @Test
    void notesAndArticleAreTheSameOnEveryRun() throws IOException {
        Path page = Path.of("source/jvm-benchmarks.html");
        assumeTrue(Files.isRegularFile(page), "source/jvm-benchmarks.html not present");
        Article first = new Extractor().extract(FileSource.readFile(page)).article();
        assertFalse(first.notes().isEmpty(), "the page has footnotes");
        for (int run = 0; run < 20; run++) {
            Article again = new Extractor().extract(FileSource.readFile(page)).article();
            assertEquals(first.notes().stream().map(n -> n.id()).toList(), again.notes().stream().map(n -> n.id()).toList());
            assertEquals(first, again);
        }
    }
}
