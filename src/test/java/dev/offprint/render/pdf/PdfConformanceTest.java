package dev.offprint.render.pdf;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.model.Media;
import dev.offprint.render.RenderContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The rendered PDFs conform to PDF/A-2u and PDF/UA-1, as veraPDF judges them. */
class PdfConformanceTest {

    private static void assertConforms(byte[] pdf) throws Exception {
        List<String> a = VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U);
        List<String> ua = VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1);
        assertTrue(a.isEmpty() && ua.isEmpty(), "PDF/A-2u: " + a + "\nPDF/UA-1: " + ua);
    }

    @Test
    void theKitchenSinkIsPdfA2uAndPdfUa1() throws Exception {
        assertConforms(TestArticles.render(PdfOptions.defaults(), TestArticles.kitchenSink(), TestArticles.kitchenMedia(),
                new RenderContext(TestArticles.CONVERTED)));
    }

    @Test
    void theKitchenSinkWithoutItsImageIsPdfA2uAndPdfUa1() throws Exception {
        assertConforms(TestArticles.render(PdfOptions.defaults().withColumns(2).withPageSize(PdfOptions.PageSize.LETTER),
                TestArticles.kitchenSink(), Media.empty(), new RenderContext(TestArticles.CONVERTED)));
    }

    @Test
    void aLongArticleIsPdfA2uAndPdfUa1() throws Exception {
        assertConforms(TestArticles.render(PdfOptions.defaults(), TestArticles.longArticle(40), Media.empty(),
                new RenderContext(TestArticles.CONVERTED)));
    }

    @Test
    void hostileTextStillConforms() throws Exception {
        var a = new dev.offprint.model.Article(dev.offprint.model.Metadata.empty().withTitle("Hostile \u0000 title"),
                List.of(new dev.offprint.model.Block.Paragraph(List.of(new dev.offprint.model.Inline.Text(
                        "tab\there zero\u200Bwidth CJK \u4E2D\u6587 emoji \uD83D\uDE00 Hebrew \u05E9\u05DC\u05D5\u05DD soft\u00ADhyphen")))),
                List.of(), List.of(), List.of(), null);
        assertConforms(TestArticles.render(PdfOptions.defaults(), a, Media.empty(), new RenderContext(TestArticles.CONVERTED)));
    }
}
