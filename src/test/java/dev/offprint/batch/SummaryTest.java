package dev.offprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A summary's counts: kept apart from the outcome list (which large runs do not keep), and always adding up. */
class SummaryTest {

    @Test
    void countsEachKindAndSaysSoInOneLine() {
        List<Outcome> outcomes = List.of(
                new Outcome.Ok("a", "a.html", List.of(), List.of(), 5),
                new Outcome.Partial("b", "b.html", List.of(), List.of("image-blocked: x"), 5),
                new Outcome.Failed("c", "c.html", "no-article", "no text", List.of(), List.of(), 5),
                new Outcome.Skipped("d", "d.html", "not-html", "a PNG", 0),
                new Outcome.Ok("e", "e.html", List.of(), List.of(), 5));
        Summary s = Summary.of(outcomes, 2100, null);
        assertEquals(List.of(5, 2, 1, 1, 1), List.of(s.inputs(), s.ok(), s.partial(), s.failed(), s.skipped()));
        assertEquals("3 converted (1 partial), 1 failed, 1 skipped in 2.1 s", s.line());
    }

    @Test
    void countsWithoutOutcomesMustStillAddUp() {
        Summary big = new Summary(List.of(), 20_000, 19_990, 5, 3, 2, 1000, null);
        assertEquals(0, big.outcomes().size());
        assertEquals(3, big.failed());
        assertThrows(IllegalArgumentException.class, () -> new Summary(List.of(), 10, 5, 0, 0, 0, 1, null));
    }
}
