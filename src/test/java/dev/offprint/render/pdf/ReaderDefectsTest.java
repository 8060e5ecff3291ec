package dev.offprint.render.pdf;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Block.Cell;
import dev.offprint.model.Block.Row;
import dev.offprint.model.Inline;
import dev.offprint.model.Inline.Text;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.model.Note;
import dev.offprint.render.RenderContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Defects a reader sees on paper, each seen on a real page, asserted gone on a small article. */
class ReaderDefectsTest {

    private static Article article(List<Block> body, List<Note> notes) {
        return new Article(Metadata.empty().withTitle("Defects"), body, List.of(), notes, List.of(), null);
    }

    private static Note footnote(String id, String text) {
        return new Note(id, Note.Kind.FOOTNOTE, List.of(new Block.Paragraph(List.of(new Text(text)))), null);
    }

    /** Notes 23 and 24 cited together printed as "2324" (Wikipedia pages): a comma separates them. */
    @Test
    void adjacentNoteNumbersAreSeparatedByACommaNotRunTogether() throws IOException {
        List<Note> notes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) notes.add(footnote("n" + i, "Note text " + i + "."));
        Article a = article(List.of(new Block.Paragraph(List.of(new Text("A claim."), new Inline.NoteRef("n1"),
                new Inline.NoteRef("n2"), new Inline.NoteRef("n3"), new Text(" Then another"), new Inline.NoteRef("n1"),
                new Text(" and more.")))), notes);
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), a, Media.empty(), new RenderContext(TestArticles.CONVERTED));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String t = PdfRendererTest.text(doc);
            assertTrue(t.contains("A claim.1,2,3 Then another1 and more."), t);
            assertFalse(t.contains("claim.123"), t);
        }
    }

    /** A page that keeps a word with no-break spaces ("General&nbsp;UX"). */
    private static Cell cell(String text) { return new Cell(List.of(new Text(text)), false, 1, 1); }

    private static Cell imageCell() {
        return new Cell(List.of(new Inline.Image("https://example.org/tick.png", "")), false, 1, 1);
    }

    /**
     * A nine-column status table (a row label, eight columns of missing images, headers tied with
     * no-break spaces) had its words cut at arbitrary letters: "Genera|l", "[imag|e]",
     * "Implemen|tation". Now the table is set smaller and breaks only between words.
     */
    @Test
    void aWideTableBreaksNoWordInsideItsLetters() throws IOException {
        List<Cell> head = new ArrayList<>(List.of(cell("")));
        for (String h : new String[] {"General\u00A0UX", "UX\u00A0draft", "UX\u00A0review", "UI\u00A0mockup", "UI\u00A0review",
                "Implementation\u00A0draft", "Implementation\u00A0review", "Final\u00A0review"}) head.add(cell(h));
        List<Row> rows = new ArrayList<>(List.of(new Row(head)));
        for (String label : new String[] {"Load map", "Recipe/item/Entity\u00A0tooltip\u00A0Twinsen", "Technology GUI"}) {
            List<Cell> r = new ArrayList<>(List.of(cell(label)));
            for (int c = 0; c < 8; c++) r.add(imageCell());
            rows.add(new Row(r));
        }
        Article a = article(List.of(new Block.Table(List.of(), List.of(), rows)), List.of());
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), a, Media.empty(), new RenderContext(TestArticles.CONVERTED));
        TestArticles.keep("wide-table.pdf", pdf);
        List<String> words = words(pdf);
        for (String w : List.of("General", "UX", "draft", "review", "mockup", "Implementation", "Final", "Recipe/item/Entity",
                "tooltip", "Twinsen")) {
            assertTrue(words.contains(w), () -> w + " is not whole in " + words);
        }
        assertEquals(24, words.stream().filter("[image]"::equals).count(), words::toString);
        assertTrue(words.stream().noneMatch(w -> w.startsWith("[im") && !w.equals("[image]")), words::toString);
    }

    /**
     * A table too wide even in smaller type (a Wikipedia city table: ten columns of names and
     * populations) broke "418,500" into "418,50|0" to make room for long names. Now the narrow
     * columns keep their numbers whole and only the long words break, with a hyphen.
     */
    @Test
    void anOverfullTableKeepsNumbersWholeAndHyphenatesTheLongWords() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                cells.add(cell("Internationalisation"));
                cells.add(cell((r + 1) + ",628,90" + c));
            }
            rows.add(new Row(cells));
        }
        Metadata meta = new Metadata("Wide", null, List.of(), null, null, null, null, null, null, "en", "ltr", null, List.of(), null);
        Article a = new Article(meta, List.of(new Block.Table(List.of(), List.of(), rows)), List.of(), List.of(), List.of(), null);
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), a, Media.empty(), new RenderContext(TestArticles.CONVERTED));
        TestArticles.keep("overfull-table.pdf", pdf);
        List<String> words = words(pdf);
        for (int r = 1; r <= 4; r++) {
            for (int c = 0; c < 5; c++) assertTrue(words.contains(r + ",628,90" + c), r + ",628,90" + c + " is cut in " + words);
        }
        // the long words do break (the table cannot hold them whole), and every piece but the last ends with a hyphen
        assertFalse(words.contains("Internationalisation"), words::toString);
        for (String w : words) {
            if (w.startsWith("Inter")) assertTrue(w.endsWith("-"), () -> w + " is cut without a hyphen in " + words);
        }
    }

    /**
     * A figure whose image could not be fetched printed its alt text and then the same words again
     * as the caption ("[Image: Hori Parata at his farm.]" over "Hori Parata at his farm."); with no
     * alt text the caption itself was printed twice. Now the stand-in is "[Image]" in both cases,
     * and an alt text that says something else is still printed.
     */
    @Test
    void aMissingImageDoesNotRepeatItsCaptionAsAltText() throws IOException {
        List<Inline> caption = List.of(new Text("A whale stranded on the beach at dawn."));
        Article a = article(List.of(
                new Block.Figure("https://example.org/a.jpg", "A whale stranded on the beach at dawn", 0, 0, caption, List.of()),
                new Block.Figure("https://example.org/b.jpg", "", 0, 0, List.of(new Text("Volunteers with buckets.")), List.of()),
                new Block.Figure("https://example.org/c.jpg", "Map of the bay", 0, 0, List.of(new Text("Where it happened.")), List.of())),
                List.of());
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), a, Media.empty(), new RenderContext(TestArticles.CONVERTED));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String t = PdfRendererTest.text(doc);
            PdfRendererTest.assertInOrder(t, "[Image] A whale stranded on the beach at dawn.", "[Image] Volunteers with buckets.",
                    "[Image: Map of the bay] Where it happened.");
            assertEquals(t.indexOf("A whale stranded"), t.lastIndexOf("A whale stranded"), t);
            assertEquals(t.indexOf("Volunteers"), t.lastIndexOf("Volunteers"), t);
        }
    }

    /** The words PDFBox reads from {@code pdf}, as it strings them (a word cut at a line end is two). */
    private static List<String> words(byte[] pdf) throws IOException {
        List<String> words = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> ps) {
                    for (String w : s.split("\\s+")) if (!w.isEmpty()) words.add(w);
                }
            }.getText(doc);
        }
        return words;
    }

    /** A Hebrew article was printed with every word reversed; it now reads (and extracts) in order. */
    @Test
    void aHebrewArticleReadsInOrder() throws IOException {
        Metadata meta = new Metadata("\u05D9\u05E8\u05D5\u05E9\u05DC\u05D9\u05DD", null, List.of(), null, null, null, null, null,
                null, "he", "rtl", null, List.of(), null);
        String para = "\u05D9\u05E8\u05D5\u05E9\u05DC\u05D9\u05DD \u05D4\u05D9\u05D0 \u05D1\u05D9\u05E8\u05EA"
                + " \u05D9\u05E9\u05E8\u05D0\u05DC"; // ירושלים היא בירת ישראל
        Article a = new Article(meta, List.of(new Block.Paragraph(List.of(new Text(para + ".")))), List.of(), List.of(), List.of(), null);
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), a, Media.empty(), new RenderContext(TestArticles.CONVERTED));
        TestArticles.keep("hebrew.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String t = PdfRendererTest.text(doc);
            assertTrue(t.contains(para), t);
            // and it sits against the right margin: the first word's last letter is the rightmost glyph of its line
            float[] right = {0};
            new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> ps) {
                    for (TextPosition p : ps) if (p.getUnicode().equals("\u05D9")) right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj());
                }
            }.getText(doc);
            assertTrue(right[0] > doc.getPage(0).getMediaBox().getWidth() - 70, "right edge " + right[0]);
        }
    }
}
