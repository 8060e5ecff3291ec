package dev.offprint.render.pdf;

import dev.offprint.extract.Extractor;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import dev.offprint.model.Media;
import dev.offprint.render.RenderContext;
import dev.offprint.source.FileSource;
import dev.offprint.source.Page;
import dev.offprint.source.ResourceLoader;
import dev.offprint.transform.AssignHeadingIds;
import dev.offprint.transform.LinksAsNotes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Test support for real pages: finds the pages of a corpus folder, runs one through the batch
 * pipeline's stages (read, extract, heading ids, local images, link notes: the order of
 * {@code batch/BatchJob}) and reads a rendered PDF's body text back with PDFBox.
 */
final class CorpusPages {

    static final Instant CONVERTED = Instant.parse("2026-11-26T12:00:00Z");

    private CorpusPages() {}

    /** One page through the stages: the article as the PDF and EPUB renderers get it, its images, and the plain article. */
    record Prepared(Path path, Article plain, Article withNotes, Media media) {

        String name() { return path.getParent().getFileName() + "/" + path.getFileName(); }

        byte[] pdf(PdfOptions options, RenderContext ctx) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfRenderer(options).render(withNotes, media, ctx, out);
            return out.toByteArray();
        }
    }

    /** The shared folder (system property offprint.shared, else ../shared). */
    static Path shared() { return Path.of(System.getProperty("offprint.shared", "../shared")); }

    /** Every page of {@code dir} (source.html of a test-case folder, or *.html / *.html.gz), sorted by path. */
    static List<Path> pages(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().equals("source.html")
                    || ((p.toString().endsWith(".html") || p.toString().endsWith(".html.gz"))
                        && !p.getFileName().toString().startsWith("expected"))).sorted().toList();
        }
    }

    /** A fixed sample: every {@code step}-th page of the sorted list, starting with the first. */
    static List<Path> sample(List<Path> all, int step) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += step) out.add(all.get(i));
        return out;
    }

    /**
     * The page through the stages, or null when the extractor refuses it as having no article
     * (code no-article: the batch reports it as failed and renders nothing, so there is nothing to check).
     */
    static Prepared prepare(Path p) {
        Page page = FileSource.readFile(p);
        Article article;
        try {
            article = new AssignHeadingIds().andThen(new dev.offprint.transform.InferLanguage()).apply(new Extractor().extract(page).article());
        } catch (dev.offprint.diag.OffprintException e) {
            if (e.code().equals("no-article")) return null;
            throw e;
        }
        Media media = new ResourceLoader().load(article, page).media();
        return new Prepared(p, article, new LinksAsNotes().apply(article), media);
    }

    /** The text of every paragraph of the body, in reading order (walked without recursion). */
    static List<String> paragraphs(Article a) {
        List<String> out = new ArrayList<>();
        Deque<Block> stack = new ArrayDeque<>();
        for (int i = a.body().size() - 1; i >= 0; i--) stack.push(a.body().get(i));
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b instanceof Block.Paragraph p) {
                String t = text(p.content());
                if (!letters(t).isEmpty()) out.add(t);
            } else if (b instanceof Block.ListBlock l) {
                for (int i = l.items().size() - 1; i >= 0; i--) {
                    List<Block> item = l.items().get(i);
                    for (int k = item.size() - 1; k >= 0; k--) stack.push(item.get(k));
                }
            } else if (b instanceof Block.Quote q) {
                for (int k = q.content().size() - 1; k >= 0; k--) stack.push(q.content().get(k));
            }
        }
        return out;
    }

    /** The visible text of inline content (images drawn as images contribute nothing). */
    static String text(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        Deque<Iterator<Inline>> stack = new ArrayDeque<>();
        stack.push(content.iterator());
        while (!stack.isEmpty()) {
            Iterator<Inline> it = stack.peek();
            if (!it.hasNext()) { stack.pop(); continue; }
            Inline in = it.next();
            if (in instanceof Inline.Text t) sb.append(t.text());
            else if (in instanceof Inline.Code c) sb.append(c.text());
            else if (in instanceof Inline.Emphasis e) stack.push(e.content().iterator());
            else if (in instanceof Inline.Strong s) stack.push(s.content().iterator());
            else if (in instanceof Inline.Strikethrough s) stack.push(s.content().iterator());
            else if (in instanceof Inline.Link l) stack.push(l.content().iterator());
            else if (in instanceof Inline.Superscript s) stack.push(s.content().iterator());
            else if (in instanceof Inline.Subscript s) stack.push(s.content().iterator());
            else if (in instanceof Inline.LineBreak) sb.append(' ');
        }
        return sb.toString();
    }

    /**
     * Text normalised for comparison: letters only, lower case. Whitespace, line-end hyphens,
     * punctuation and the digits of note and link-note markers drop out, so a paragraph's text
     * is a substring of the PDF's text whenever every word of it was drawn, in order.
     */
    static String letters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetter).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * {@link #letters} of the text without the characters no embedded face has a glyph for: the
     * PDF draws those as U+FFFD and carries the real character only as ActualText, which PDFBox's
     * text extraction does not read (the renderer reports them as glyph-substituted).
     */
    static String drawableLetters(String s, PdfOptions options) {
        var fonts = dev.offprint.render.pdf.fonts.FontLibrary.withFallback(options.fallbackFont());
        var faces = dev.offprint.render.pdf.layout.Face.values();
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> {
            for (var f : faces) if (fonts.covers(f, cp)) return true;
            return false;
        }).forEach(sb::appendCodePoint);
        return letters(sb.toString());
    }

    /**
     * The PDF's text as PDFBox extracts it, without the running header and page-number footer
     * (they sit in the top and bottom margins and would split a paragraph that crosses a page).
     */
    static String bodyText(byte[] pdf, PdfOptions options) throws IOException {
        var spec = PdfRenderer.pageSpec(options);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    float y = t.getYDirAdj();
                    if (y < spec.marginTop() - 1 || y > spec.bottom() + 2) return;
                    super.processTextPosition(t);
                }
            };
            return stripper.getText(doc);
        }
    }
}
