package dev.offprint.render.html;

import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Comment;
import dev.offprint.model.ExtractionInfo;
import dev.offprint.model.Inline;
import dev.offprint.model.Metadata;
import dev.offprint.model.Note;
import dev.offprint.model.Reference;
import java.util.List;

/** Synthetic articles for renderer tests: hostile strings everywhere (HOSTILE H13, H16, H18, H26). */
public final class HostileArticles {

    private HostileArticles() {}

    /** A title that tries to close elements, inject script, break CDATA, and carries XML-illegal characters. */
    public static final String TITLE = "</title><script>alert(1)</script>\u0001\u0000 & \"q\" 'a' ]]> \uD800 lone \uDC00 \uFFFE\uFFFF "
            + "</dc:title><evil/> ../../evil \u202Eevil C:\\x %2e%2e%2f";

    public static final String TEXT = "<b>not bold</b> & &amp; \u0007bell \u000Bvt \u0085nel \uD83D\uDE00 ok \uD83D lone "
            + "\u0000nul ]]> <![CDATA[x]]> <!-- c --> \r\nline";

    public static Article article() {
        Metadata m = new Metadata(TITLE, TEXT, List.of(TITLE, "\u0001", ""), TEXT, "<Pub & Co>",
                "javascript:alert(1)", "2018-03-01\u0000", "<2018>", TEXT, "en\"><script>", "rtl\"", TEXT,
                List.of(TEXT, "<kw>"), "file:///etc/passwd");
        List<Block> body = List.of(
                new Block.Heading(2, List.of(new Inline.Text(TITLE)), "../../evil\" onclick=\"x"),
                new Block.Heading(2, List.of(new Inline.Text(TITLE)), "../../evil\" onclick=\"x"),
                new Block.Heading(3, List.of(), "note-1"),
                new Block.Paragraph(List.of(
                        new Inline.Text(TEXT),
                        new Inline.Link("javascript:alert(1)", TITLE, List.of(new Inline.Text("js link"))),
                        new Inline.NoteRef("n\u0000\"1"),
                        new Inline.Link("file:///etc/passwd", "", List.of(new Inline.Text("file link"))),
                        new Inline.Link("https://example.org/a b\"<x>", "", List.of(new Inline.Text("bad url"))),
                        new Inline.Link("https://example.org/ok?a=1&b=2", TEXT, List.of(new Inline.Text("good link"))),
                        new Inline.NoteRef("missing-note"),
                        new Inline.CitationRef("r\"1"),
                        new Inline.CitationRef("missing-ref"),
                        new Inline.Image("https://example.org/../../evil.png", TITLE),
                        new Inline.Code(TEXT))),
                new Block.CodeBlock("java\"><script>", TEXT),
                new Block.Figure("file:///etc/passwd", TITLE, 10, 10, List.of(new Inline.Text(TEXT)), List.of(new Inline.Text(TITLE))),
                new Block.Embed(TITLE, "javascript:alert(1)"),
                new Block.Table(List.of(new Inline.Text(TITLE)),
                        List.of(new Block.Row(List.of(new Block.Cell(List.of(new Inline.Text(TEXT)), true, 100000, 100000)))),
                        List.of()),
                new Block.Quote(List.of(new Block.Paragraph(List.of(new Inline.Text(TEXT)))), List.of(new Inline.Text(TITLE))),
                new Block.ListBlock(true, -5, List.of(List.of(new Block.Paragraph(List.of(new Inline.Text(TEXT)))))));
        List<Reference> refs = List.of(new Reference("r\"1", TEXT, List.of(TITLE), TITLE, TEXT, 2001, null, null, null,
                "10.1000/x\"<y>", null, "javascript:alert(1)"));
        List<Note> notes = List.of(
                new Note("n\u0000\"1", Note.Kind.LINK, List.of(new Block.Paragraph(List.of(new Inline.Text("javascript:alert(1)")))),
                        "javascript:alert(1)"),
                new Note("fn", Note.Kind.FOOTNOTE, List.of(new Block.Paragraph(List.of(new Inline.Text(TEXT)))), null));
        List<Comment> comments = List.of(new Comment(TITLE, TEXT, List.of(new Block.Paragraph(List.of(new Inline.Text(TEXT))))));
        return new Article(m, body, refs, notes, comments, new ExtractionInfo("body", 0.1));
    }

    /** Emphasis nested {@code depth} deep inside one paragraph, plus lists nested as deep. */
    public static Article deep(int depth) {
        Inline inline = new Inline.Text("core");
        for (int i = 0; i < depth; i++) inline = new Inline.Emphasis(List.of(inline));
        Block block = new Block.Paragraph(List.of(new Inline.Text("deep")));
        for (int i = 0; i < depth; i++) block = new Block.Quote(List.of(block), List.of());
        return new Article(Metadata.empty().withTitle("Deep"), List.of(new Block.Paragraph(List.of(inline)), block),
                List.of(), List.of(), List.of(), null);
    }
}
