package dev.offprint.model;

import dev.offprint.model.Block.*;
import dev.offprint.model.Inline.*;
import java.util.List;

/**
 * One article that holds every node type of the model, for renderer tests: each renderer must
 * render it, and {@link KitchenSinkTest} checks that it covers the whole catalogue. Its links already
 * carry link notes, as the link-notes transform would leave them for PDF and EPUB.
 */
public final class KitchenSink {

    private KitchenSink() {}

    public static final String URL = "https://example.org/articles/kitchen-sink";

    public static Article article() {
        Metadata meta = new Metadata(
                "Every Node: A Test Article", "With a subtitle", List.of("Ada Lovelace", "Charles Babbage"),
                "Example Journal", "Example Press", URL, "2018-03-01", "2018-03-13", "2026-11-26T10:00:00Z",
                "en", "ltr", "An article holding every kind of block and inline.", List.of("testing", "model"),
                null);
        List<Block> body = List.of(
                new Paragraph(List.of(
                        new Text("Plain, "), new Emphasis(List.of(new Text("emphasised"))), new Text(", "),
                        new Strong(List.of(new Text("strong"))), new Text(", "),
                        new Strikethrough(List.of(new Text("struck"))), new Text(", "), new Code("code()"),
                        new Text(", a "),
                        new Link("https://example.org/linked", "", List.of(new Text("link"))), new NoteRef("link-1"),
                        new Text(", H"), new Subscript(List.of(new Text("2"))), new Text("O, E=mc"),
                        new Superscript(List.of(new Text("2"))), new Text(", an icon "),
                        new Image("https://example.org/icon.png", "star"), new Text(", a footnote"),
                        new NoteRef("fn-1"), new Text(" and a citation"), new CitationRef("ref-1"),
                        new LineBreak(), new Text("after a line break."))),
                new Heading(2, List.of(new Text("Lists and quotes")), "lists-and-quotes"),
                new ListBlock(false, 1, List.of(
                        List.of(new Paragraph(List.of(new Text("First bullet")))),
                        List.of(new Paragraph(List.of(new Text("Second bullet"))),
                                new ListBlock(true, 3, List.of(
                                        List.of(new Paragraph(List.of(new Text("Nested three")))),
                                        List.of(new Paragraph(List.of(new Text("Nested four"))))))))),
                new Quote(List.of(new Paragraph(List.of(new Text("A quoted sentence.")))),
                        List.of(new Text("Someone Famous"))),
                new DefinitionList(List.of(new Definition(List.of(new Text("Term")),
                        List.of(List.of(new Paragraph(List.of(new Text("Its definition.")))))))),
                new Heading(3, List.of(new Text("Figures, tables and code")), "figures-tables-and-code"),
                new Figure("https://example.org/figure.png", "A red square", 40, 30,
                        List.of(new Text("A caption for the figure.")), List.of(new Text("Photo: Example"))),
                new Table(List.of(new Text("A small table")),
                        List.of(new Row(List.of(new Cell(List.of(new Text("Name")), true, 1, 1),
                                new Cell(List.of(new Text("Value")), true, 1, 1)))),
                        List.of(new Row(List.of(new Cell(List.of(new Text("alpha")), false, 1, 1),
                                        new Cell(List.of(new Text("1")), false, 1, 1))),
                                new Row(List.of(new Cell(List.of(new Text("beta spans")), false, 2, 1))))),
                new CodeBlock("java", "class A {\n    int x = 1;\n}\n"),
                new Embed("A video", "https://video.example.org/v/123"),
                new Rule(),
                new Paragraph(List.of(new Text("The end."))));
        List<Reference> refs = List.of(
                new Reference("ref-1", "Lovelace A, Babbage C. Notes on the engine. J Anal Eng. 1843;1(1):1-10.",
                        List.of("Lovelace A", "Babbage C"), "Notes on the engine", "J Anal Eng", 1843, "1", "1",
                        "1-10", null, null, null),
                Reference.unparsed("ref-2", "An unparsed reference string, 2001."));
        List<Note> notes = List.of(
                new Note("link-1", Note.Kind.LINK, List.of(new Paragraph(List.of(new Text("https://example.org/linked")))),
                        "https://example.org/linked"),
                new Note("fn-1", Note.Kind.FOOTNOTE, List.of(new Paragraph(List.of(new Text("The footnote's text.")))),
                        null));
        List<Comment> comments = List.of(new Comment("A Reader", "2018-03-14",
                List.of(new Paragraph(List.of(new Text("A reader's comment."))))));
        return new Article(meta, body, refs, notes, comments, new ExtractionInfo("article-element", 0.9));
    }
}
