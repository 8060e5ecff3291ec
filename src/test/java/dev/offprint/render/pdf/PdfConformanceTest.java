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

    @Test
    void transparentGreyAndJpegFiguresConform() throws Exception {
        java.awt.image.BufferedImage grey = new java.awt.image.BufferedImage(50, 40, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.image.BufferedImage rgb = new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(5, 5, 0x00FF00);
        java.io.ByteArrayOutputStream g = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream j = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(grey, "png", g);
        javax.imageio.ImageIO.write(rgb, "jpeg", j);
        Media media = new Media(java.util.Map.of(
                "https://example.org/a.png", new Media.Item(TestArticles.png(80, 60, java.awt.Color.BLUE, true), "image/png", 80, 60),
                "https://example.org/g.png", new Media.Item(g.toByteArray(), "image/png", 50, 40),
                "https://example.org/j.jpg", new Media.Item(j.toByteArray(), "image/jpeg", 60, 40)));
        List<dev.offprint.model.Block> body = new java.util.ArrayList<>();
        for (String src : List.of("https://example.org/a.png", "https://example.org/g.png", "https://example.org/j.jpg")) {
            body.add(new dev.offprint.model.Block.Figure(src, "alt of " + src, 0, 0, List.of(), List.of()));
        }
        var a = new dev.offprint.model.Article(dev.offprint.model.Metadata.empty().withTitle("Images"), body, List.of(), List.of(), List.of(), null);
        RenderContext ctx = new RenderContext(TestArticles.CONVERTED);
        assertConforms(TestArticles.render(PdfOptions.defaults(), a, media, ctx));
        assertTrue(ctx.diagnostics().isEmpty(), ctx.diagnostics()::toString);
    }
}
