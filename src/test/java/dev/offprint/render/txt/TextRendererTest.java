package dev.offprint.render.txt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Block.ListBlock;
import dev.offprint.model.Block.Paragraph;
import dev.offprint.model.ExtractionInfo;
import dev.offprint.model.Inline;
import dev.offprint.model.Inline.Text;
import dev.offprint.model.KitchenSink;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.render.RenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    private static String render(Article a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextRenderer().render(a, Media.empty(), new RenderContext(Instant.EPOCH), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Article body(Block... blocks) {
        return new Article(Metadata.empty(), List.of(blocks), List.of(), List.of(), List.of(), ExtractionInfo.unknown());
    }

    @Test
    void kitchenSinkIsTheBodyOnlyWithoutMarkers() throws IOException {
        assertEquals("""
                Plain, emphasised, strong, struck, code(), a link, H2O, E=mc2, an icon star, a footnote and a citation
                after a line break.

                Lists and quotes

                - First bullet
                - Second bullet
                  3. Nested three
                  4. Nested four

                A quoted sentence.
                \u2014 Someone Famous

                Term
                    Its definition.

                Figures, tables and code

                A caption for the figure.
                Photo: Example

                A small table
                Name\tValue
                alpha\t1
                beta spans

                class A {
                    int x = 1;
                }

                A video

                The end.
                """, render(KitchenSink.article()));
    }

    @Test
    void noTitleNoReferencesNoNotesNoComments() throws IOException {
        String txt = render(KitchenSink.article());
        for (String absent : List.of("Every Node", "Lovelace", "footnote's text", "reader's comment", "https://")) {
            assertEquals(false, txt.contains(absent), absent);
        }
    }

    @Test
    void whitespaceCollapsesAndControlCharactersGo() throws IOException {
        assertEquals("a b c\n", render(body(new Paragraph(List.of(new Text("  a \t\n b\u0000 "), new Text(" c "))))));
        assertEquals("a\uFFFDb \uD83D\uDE00\n", render(body(new Paragraph(List.of(new Text("a\uD800b \uD83D\uDE00"))))));
    }

    @Test
    void orderedListsCountFromTheirStartAndIndentContinuationLines() throws IOException {
        Block list = new ListBlock(true, 9, List.of(
                List.of(new Paragraph(List.of(new Text("nine")))),
                List.of(new Paragraph(List.of(new Text("ten"), new Inline.LineBreak(), new Text("wrapped"))))));
        assertEquals("9. nine\n10. ten\n    wrapped\n", render(body(list)));
    }

    @Test
    void anEmptyBodyIsAnEmptyFile() throws IOException {
        assertEquals("", render(body()));
    }

    @Test
    void deeplyNestedListsDoNotOverflowTheStack() throws IOException {
        Block b = new Paragraph(List.of(new Text("core")));
        for (int i = 0; i < 20_000; i++) b = new Block.Quote(List.of(b), List.of());
        assertEquals("core\n", render(body(b)));
    }
}
