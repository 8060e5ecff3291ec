package dev.offprint.render.pdf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The PDF renderer's import rules, checked on the sources: PDFBox, fontbox and zxing are used only
 * under render/pdf; layout imports none of them (it is pure and tested without PDF bytes); and
 * render/pdf never imports extract or source.
 */
class PdfBoundariesTest {

    private static final Path MAIN = Path.of("src", "main", "java", "dev", "offprint");

    private static List<String> offenders(Path root, java.util.function.Predicate<Path> where, String... prefixes) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).filter(where).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("import ")) continue;
                    for (String p : prefixes) if (line.contains(" " + p) || line.contains("static " + p)) out.add(f + ": " + line);
                }
            }
        }
        return out;
    }

    @Test
    void onlyRenderPdfImportsPdfboxFontboxAndZxing() throws IOException {
        Path pdf = MAIN.resolve("render").resolve("pdf");
        assertEquals(List.of(), offenders(MAIN, p -> !p.startsWith(pdf), "org.apache.pdfbox", "org.apache.fontbox", "com.google.zxing"));
    }

    @Test
    void layoutIsPureAndRenderPdfStaysOffExtractAndSource() throws IOException {
        Path pdf = MAIN.resolve("render").resolve("pdf");
        assertEquals(List.of(), offenders(pdf.resolve("layout"), p -> true, "org.apache", "com.google", "java.awt", "javax.imageio"));
        assertEquals(List.of(), offenders(pdf, p -> true, "dev.offprint.extract", "dev.offprint.source"));
    }
}
