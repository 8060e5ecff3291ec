package dev.offprint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offprint.model.Inline;
import dev.offprint.model.Inline.Emphasis;
import dev.offprint.model.Inline.LineBreak;
import dev.offprint.model.Inline.Strong;
import dev.offprint.model.Inline.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "These appends give this list": the builder keeps inlines canonical. */
class InlineBuilderTest {

    @Test
    void adjacentTextMergesAndWhitespaceCollapses() {
        assertEquals(List.of(new Text("a b c")), new InlineBuilder().text("  a \n\t b").text("  c  ").build());
    }

    @Test
    void adjacentEmphasisMerges() {
        List<Inline> got = new InlineBuilder().add(new Emphasis(List.of(new Text("a")))).add(new Emphasis(List.of(new Text(" b")))).build();
        assertEquals(List.of(new Emphasis(List.of(new Text("a b")))), got);
    }

    @Test
    void emptyWrappersVanishAndSpaceOnlyWrappersLeaveOneSpace() {
        assertEquals(List.of(new Text("a")), new InlineBuilder().text("a").add(new Strong(List.of())).build());
        assertEquals(List.of(new Text("foo bar")),
                new InlineBuilder().text("foo").add(new Strong(List.of(new Text(" ")))).text("bar").build());
    }

    @Test
    void spaceIsTrimmedAtEdgesAndAroundLineBreaks() {
        List<Inline> got = new InlineBuilder().text(" a ").add(new LineBreak()).text(" b ").add(new LineBreak()).build();
        assertEquals(List.of(new Text("a"), new LineBreak(), new Text("b")), got);
    }

    @Test
    void spaceAcrossWrapperBoundariesIsNotDoubled() {
        List<Inline> got = new InlineBuilder().text("a ").add(new Emphasis(List.of(new Text(" b ")))).text(" c").build();
        assertEquals(List.of(new Text("a "), new Emphasis(List.of(new Text("b "))), new Text("c")), got);
    }

    @Test
    void codeKeepsItsWhitespace() {
        List<Inline> got = new InlineBuilder().text("x ").add(new Inline.Code("a  =  b")).build();
        assertEquals(List.of(new Text("x "), new Inline.Code("a  =  b")), got);
    }
}
