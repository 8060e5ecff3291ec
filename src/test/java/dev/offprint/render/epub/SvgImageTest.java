package dev.offprint.render.epub;

import dev.offprint.model.Media;
import dev.offprint.render.RenderContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SVG as drawing programs write it (extra namespaces, metadata, internal references) is kept and valid. */
class SvgImageTest {
    @Test
    void anInkscapeSvgIsKeptAndPassesEpubCheck() throws Exception {
        String svg = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!-- Created with Inkscape (http://www.inkscape.org/) -->
            <svg xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#"
               xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:svg="http://www.w3.org/2000/svg"
               xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
               xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
               xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
               width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg8" inkscape:version="0.92.4" sodipodi:docname="x.svg">
              <defs id="defs2"><linearGradient id="g"><stop offset="0" style="stop-color:#000"/></linearGradient></defs>
              <sodipodi:namedview id="base" pagecolor="#ffffff" inkscape:zoom="0.35"/>
              <metadata id="metadata5"><rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format></cc:Work></rdf:RDF></metadata>
              <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1" data-name="x" class="a b">
                <rect style="fill:url(#g);stroke:none" id="rect10" width="100" height="50" x="10" y="10" />
                <use xlink:href="#rect10" x="5"/>
                <text xml:space="preserve" x="20" y="30" aria-label="hi">hi</text>
              </g>
            </svg>
            """;
        byte[] b = EpubRendererTest.epub(EpubRendererTest.withFigures(List.<String[]>of(new String[] {"https://e.org/x.svg", "x"})),
                new Media(Map.of("https://e.org/x.svg", new Media.Item(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml", 0, 0))),
                new RenderContext(EpubRendererTest.T));
        String body = new String(EpubRendererTest.entries(b).get("EPUB/body.xhtml"), StandardCharsets.UTF_8);
        assertTrue(body.matches("(?s).*<img src=\"images/[0-9a-f]{16}\\.svg\" alt=\"x\" width=\"210\" height=\"297\"/>.*")
                || body.matches("(?s).*<img src=\"images/[0-9a-f]{16}\\.svg\" alt=\"x\"/>.*"), body);
        EpubRendererTest.assertClean(b, "inkscape svg");
    }
}
