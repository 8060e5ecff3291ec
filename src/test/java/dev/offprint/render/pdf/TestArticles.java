package dev.offprint.render.pdf;

import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Block.*;
import dev.offprint.model.ExtractionInfo;
import dev.offprint.model.Inline;
import dev.offprint.model.Inline.*;
import dev.offprint.model.KitchenSink;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.model.Note;
import dev.offprint.model.Reference;
import dev.offprint.render.RenderContext;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/** Articles and helpers for the PDF renderer's tests: the kitchen sink's media and a long synthetic article. */
public final class TestArticles {

    public static final Instant CONVERTED = Instant.parse("2026-11-26T12:00:00Z");

    private TestArticles() {}

    static byte[] png(int w, int h, Color c, boolean alpha) {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Media kitchenMedia() {
        return new Media(Map.of("https://example.org/figure.png", new Media.Item(png(400, 300, Color.RED, false), "image/png", 400, 300),
                "https://example.org/icon.png", new Media.Item(png(16, 16, Color.ORANGE, true), "image/png", 16, 16)));
    }

    static byte[] render(PdfOptions options, Article a, Media m, RenderContext ctx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRenderer(options).render(a, m, ctx, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes a rendered PDF under target/pdf-test for looking at. */
    static void keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "pdf-test");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[] WORDS = ("the of and to in is was that for on as with by at from his her which an be this "
            + "were are have it had not but or its their one all been has more also after first new two other time some "
            + "into would only most when about over many can could between through during these such under would people "
            + "typesetting paragraph justification hyphenation pagination structure accessibility document handout "
            + "reference appendix extraordinary international consideration responsibility characteristically").split(" ");

    static String sentence(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[r.nextInt(WORDS.length)];
            if (i == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            sb.append(w).append(i == words - 1 ? "." : " ");
        }
        return sb.toString();
    }

    /** A long article of {@code sections} sections with paragraphs, lists, tables, quotes and links. */
    public static Article longArticle(int sections) {
        Random r = new Random(42);
        List<Block> body = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        int link = 0;
        for (int s = 1; s <= sections; s++) {
            body.add(new Heading(2, List.of(new Text("Section " + s)), "s" + s));
            for (int p = 0; p < 4; p++) {
                List<Inline> in = new ArrayList<>();
                for (int k = 0; k < 5; k++) in.add(new Text(sentence(r, 8 + r.nextInt(14)) + " "));
                if (p == 1) {
                    link++;
                    String url = "https://example.org/long/path/to/section-" + s + "/item?id=" + link + "&ref=long";
                    in.add(new Link(url, "", List.of(new Text("a link"))));
                    in.add(new NoteRef("l" + link));
                    notes.add(new Note("l" + link, Note.Kind.LINK, List.of(), url));
                    in.add(new Text(" and "));
                    in.add(new Emphasis(List.of(new Text("some emphasis"))));
                    in.add(new Text(" closing the paragraph."));
                }
                body.add(new Paragraph(in));
            }
            if (s % 3 == 0) {
                body.add(new Heading(3, List.of(new Text("Subsection " + s + ".1")), "s" + s + "-1"));
                List<List<Block>> items = new ArrayList<>();
                for (int i = 0; i < 4; i++) items.add(List.of(new Paragraph(List.of(new Text(sentence(r, 6 + r.nextInt(20)))))));
                body.add(new ListBlock(s % 2 == 0, 1, items));
            }
            if (s % 4 == 0) {
                List<Row> rows = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    rows.add(new Row(List.of(new Cell(List.of(new Text("Row " + i)), false, 1, 1),
                            new Cell(List.of(new Text(sentence(r, 3 + r.nextInt(10)))), false, 1, 1),
                            new Cell(List.of(new Text(Integer.toString(r.nextInt(10000)))), false, 1, 1))));
                }
                body.add(new Table(List.of(new Text("Table " + s)),
                        List.of(new Row(List.of(new Cell(List.of(new Text("Name")), true, 1, 1),
                                new Cell(List.of(new Text("Description")), true, 1, 1),
                                new Cell(List.of(new Text("Value")), true, 1, 1)))), rows));
            }
            if (s % 5 == 0) body.add(new Quote(List.of(new Paragraph(List.of(new Text(sentence(r, 25))))), List.of(new Text("A. Writer"))));
            if (s % 7 == 0) body.add(new CodeBlock("", "for (int i = 0; i < n; i++) {\n\tsum += values[i]; // accumulate\n}\n"));
        }
        Metadata meta = new Metadata("A Long Synthetic Article for Pagination", null, List.of("Test Author"), "Test Site", null,
                "https://example.org/long", "2020-01-02", null, "2026-11-26T10:00:00Z", "en", "ltr", null, List.of(), null);
        List<Reference> refs = List.of(Reference.unparsed("r1", "Knuth DE, Plass MF. Breaking paragraphs into lines. Softw Pract Exp. 1981;11:1119-1184."));
        return new Article(meta, body, refs, notes, List.of(), ExtractionInfo.unknown());
    }

    static Article kitchenSink() { return KitchenSink.article(); }
}
