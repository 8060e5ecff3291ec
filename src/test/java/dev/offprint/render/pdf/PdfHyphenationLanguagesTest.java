package dev.offprint.render.pdf;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.ExtractionInfo;
import dev.offprint.model.Inline;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.render.RenderContext;
import dev.offprint.render.pdf.layout.Hyphenator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A justified Spanish article is hyphenated with the Spanish patterns, at the points they give. */
class PdfHyphenationLanguagesTest {

    private static final String SPANISH = "La administración municipal presentó ayer una propuesta extraordinariamente "
            + "ambiciosa para la rehabilitación de los edificios históricos, la modernización del transporte "
            + "público y la descentralización de los servicios sociales. Los representantes vecinales "
            + "consideran imprescindible una planificación participativa y transparente, mientras que las "
            + "organizaciones empresariales reclaman simplificación administrativa e infraestructuras "
            + "tecnológicas. Según el ayuntamiento, la internacionalización de la economía local depende "
            + "de la profesionalización del sector turístico y de la conservación del patrimonio arquitectónico.";

    private static Article spanish(String language) {
        Metadata m = new Metadata("Rehabilitación urbana", null, List.of(), null, null, null, null, null, null,
                language, null, null, List.of(), null);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 3; i++) blocks.add(new Block.Paragraph(List.of(new Inline.Text(SPANISH))));
        return new Article(m, blocks, List.of(), List.of(), List.of(), ExtractionInfo.unknown());
    }

    private static List<String> lines(Article a) throws IOException {
        PdfOptions options = PdfOptions.defaults().withPageSize(PdfOptions.PageSize.A5);
        byte[] pdf = TestArticles.render(options, a, Media.empty(), new RenderContext(TestArticles.CONVERTED));
        TestArticles.keep("hyphenation-" + a.metadata().language() + ".pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Arrays.stream(new PDFTextStripper().getText(doc).split("\\R")).map(String::strip).toList();
        }
    }

    private static long hyphenatedLineEnds(List<String> lines) {
        return lines.stream().filter(l -> l.matches(".*\\p{L}-")).count();
    }

    @Test
    void aJustifiedSpanishParagraphEndsLinesWithSpanishHyphens() throws IOException {
        List<String> lines = lines(spanish("es-AR"));
        // the same text in a language without patterns breaks only between words
        assertEquals(0, hyphenatedLineEnds(lines(spanish("ja"))));
        Hyphenator es = Hyphenation.forLanguage("es");
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.matches(".*\\p{L}-")) continue;
            String[] before = line.split(" ");
            String head = before[before.length - 1];
            head = head.substring(0, head.length() - 1);
            String tail = lines.get(i + 1).split(" ")[0].replaceAll("[^\\p{L}]+$", "");
            String word = head + tail;
            assertTrue(SPANISH.contains(word), () -> word + " is not a word of the text: " + lines);
            int point = head.length();
            assertTrue(Arrays.stream(es.points(word)).anyMatch(p -> p == point),
                    () -> word + " broken after " + point + " letters, not at a Spanish hyphenation point " + Arrays.toString(es.points(word)));
        }
        assertTrue(hyphenatedLineEnds(lines) >= 3, () -> "only " + hyphenatedLineEnds(lines) + " hyphenated line ends in " + lines);
    }
}
