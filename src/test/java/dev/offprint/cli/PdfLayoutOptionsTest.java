package dev.offprint.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The PDF layout options of {@code convert} reach the PDF: page size and columns read back with PDFBox. */
class PdfLayoutOptionsTest {

    @TempDir Path tmp;

    private static final Path PAGE = Path.of("source/harbour-ferries.html");

    private static int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return exit;
    }

    /** How many text lines of page 1 start right of the page's middle (the second column's lines). */
    private static int linesStartingRightOfMiddle(PDDocument doc) throws IOException {
        float middle = doc.getPage(0).getMediaBox().getWidth() / 2;
        int[] n = {0};
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (!positions.isEmpty() && positions.get(0).getXDirAdj() > middle + 5) n[0]++;
                super.writeString(text, positions);
            }
        };
        s.setStartPage(1);
        s.setEndPage(1);
        s.getText(doc);
        return n[0];
    }

    private PDDocument convert(String dir, String... options) throws IOException {
        Path out = tmp.resolve(dir);
        String[] args = new String[options.length + 6];
        args[0] = "convert"; args[1] = "-f"; args[2] = "pdf"; args[3] = "-o"; args[4] = out.toString();
        System.arraycopy(options, 0, args, 5, options.length);
        args[args.length - 1] = PAGE.toString();
        assertEquals(0, run(args));
        try (var files = Files.list(out)) {
            Path pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            return Loader.loadPDF(pdf.toFile());
        }
    }

    @Test
    void columnsAndPageSizeReachThePdf() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(PAGE), "no " + PAGE);
        try (PDDocument two = convert("two", "--columns", "2", "--page-size", "Letter");
             PDDocument one = convert("one", "--font-size", "11", "--margins", "25", "--ragged-right", "--no-hyphenate",
                     "--link-notes", "none", "--footnotes", "end")) {
            PDRectangle letter = two.getPage(0).getMediaBox();
            assertEquals(612, letter.getWidth(), 0.5);
            assertEquals(792, letter.getHeight(), 0.5);
            assertEquals(595.3, one.getPage(0).getMediaBox().getWidth(), 0.5); // A4, the default
            assertTrue(linesStartingRightOfMiddle(two) >= 10, "two columns: lines in the right half of page 1");
            assertTrue(linesStartingRightOfMiddle(one) < 3, "one column: no line starts in the right half");
        }
    }

    @Test
    void outOfRangeValuesAreUsageErrors() {
        assertEquals(2, run("convert", "--columns", "3", "-o", tmp.resolve("x").toString(), "x.html"));
        assertEquals(2, run("convert", "--font-size", "2", "-o", tmp.resolve("x").toString(), "x.html"));
        assertEquals(2, run("convert", "--link-notes", "inline", "-o", tmp.resolve("x").toString(), "x.html"));
    }
}
