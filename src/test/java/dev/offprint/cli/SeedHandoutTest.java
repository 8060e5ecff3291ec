package dev.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.offprint.render.epub.EpubCheckOracle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2's acceptance on the reference article, end to end through the command line: the PDF
 * handout read back with PDFBox (every paragraph of the seed in order, the outline, the appendix
 * with the three references and the links) and the EPUB checked by EPUBCheck, its nav listing the
 * headings.
 */
class SeedHandoutTest {

    private static final Path PAGE = Path.of("source/cerebrolysin.html");

    @TempDir
    static Path out;

    private static byte[] pdf;
    private static byte[] epub;
    private static List<String> paragraphs;

    @BeforeAll
    static void convert() throws IOException {
        assumeTrue(Files.isRegularFile(PAGE), "source/cerebrolysin.html is not here");
        ConvertCommandTest.Run r = ConvertCommandTest.run("convert", "--format", "pdf,epub", "-o", out.toString(), PAGE.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        pdf = Files.readAllBytes(out.resolve("cerebrolysin.pdf"));
        epub = Files.readAllBytes(out.resolve("cerebrolysin.epub"));
        paragraphs = seedParagraphs();
    }

    /**
     * The seed's article lines that are running text: not blank, not a bullet, not a heading or
     * box title (short lines without a full stop), not the comment section or the metadata line.
     */
    private static List<String> seedParagraphs() throws IOException {
        List<String> lines;
        try (InputStream in = SeedHandoutTest.class.getResourceAsStream("/seed/cerebrolysin.txt")) {
            lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        List<String> paras = new ArrayList<>();
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("- ") || t.startsWith("Article last updated") || t.equals("1 Comment")
                    || t.contains("levodopa")) continue;
            if (t.length() < 60 && !t.endsWith("?")) continue; // headings and box titles
            paras.add(t);
        }
        return paras;
    }

    /** Letters and digits only, lower-cased: immune to line breaks, hyphenation and spacing. */
    private static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetter).forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
        return b.toString();
    }

    /** The PDF's text without the running header and the page footer of each page. */
    private static String pdfBody(PDDocument doc) throws IOException {
        String text = new PDFTextStripper().getText(doc);
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.matches("(?i)page \\d+ of \\d+")) continue;
            b.append(t).append('\n');
        }
        return b.toString();
    }

    @Test
    void thePdfHoldsEveryParagraphOfTheSeedInOrder() throws IOException {
        assertEquals(19, paragraphs.size(), "the seed's running-text paragraphs");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String body = squash(pdfBody(doc));
            int at = 0;
            for (String p : paragraphs) {
                int i = body.indexOf(squash(p), at);
                assertTrue(i >= 0, "missing or out of order in the PDF: " + p);
                at = i + 1;
            }
            for (String junk : List.of("Related Topics", "levodopa", "Leave a Reply", "Popular Posts")) {
                assertTrue(!pdfBody(doc).contains(junk), "boilerplate in the PDF: " + junk);
            }
        }
    }

    @Test
    void thePdfOutlineHasTheHeadingsAndTheAppendix() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            List<PDOutlineItem> todo = new ArrayList<>();
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) todo.add(i);
            while (!todo.isEmpty()) {
                PDOutlineItem i = todo.remove(0);
                titles.add(i.getTitle());
                for (PDOutlineItem c : i.children()) todo.add(c);
            }
            for (String h : List.of("Potential Nootropic Benefits", "Side Effects and Drawbacks", "Summary", "References", "Links", "Source")) {
                assertTrue(titles.contains(h), "outline lacks " + h + ": " + titles);
            }
        }
    }

    @Test
    void thePdfAppendixListsTheThreeReferencesAndEveryLink() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = pdfBody(doc);
            int refs = text.lastIndexOf("References");
            int links = text.lastIndexOf("Links");
            int source = text.lastIndexOf("Source");
            assertTrue(refs > 0 && links > refs && source > links, "appendix sections in order");
            String references = squash(text.substring(refs, links));
            for (String r : List.of("Muresanu DF", "CNS Neurol Disord Drug Targets", "Amiri-Nikpour MR", "Neuropsychiatr Dis Treat",
                    "Heiss WD", "Cerebrolysin in patients with acute ischemic stroke in Asia")) {
                assertTrue(references.contains(squash(r)), "References lack " + r);
            }
            String linkSection = text.substring(links, source).replaceAll("\\s+", "");
            List<String> uris = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u) uris.add(u.getURI());
                }
            }
            assertTrue(uris.contains("https://nootriment.com/choline/"), "link annotations: " + uris);
            for (String u : uris) {
                if (u.equals("https://nootriment.com/cerebrolysin/")) continue; // the source URL, printed under Source
                assertTrue(linkSection.contains(u.replaceAll("\\s+", "")), "Links section lacks " + u);
            }
            assertTrue(squash(text.substring(source)).contains(squash("nootriment.com/cerebrolysin")));
        }
    }

    @Test
    void theEpubPassesEpubCheckAndItsNavListsTheHeadings() throws IOException {
        EpubCheckOracle.Result r = EpubCheckOracle.check(epub);
        assertTrue(r.clean(), r.toString());
        String nav = null;
        try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                z.transferTo(b);
                String s = b.toString(StandardCharsets.UTF_8);
                if (s.contains("epub:type=\"toc\"")) nav = s;
            }
        }
        assertTrue(nav != null, "no nav document");
        for (String h : List.of("Potential Nootropic Benefits", "Side Effects and Drawbacks", "Summary", "References")) {
            assertTrue(nav.toLowerCase(Locale.ROOT).contains(h.toLowerCase(Locale.ROOT)), "nav lacks " + h);
        }
    }
}
