package dev.offprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final long[] now = {0};
    private final List<String> inner = new ArrayList<>();

    private Progress progress(Progress.Mode mode, StringWriter sink) {
        return new Progress(o -> inner.add(o.id()), new PrintWriter(sink), mode, 10_000_000_000L, () -> now[0]);
    }

    private static Outcome ok(String id) { return new Outcome.Ok(id, id, List.of(), List.of(), 1); }

    private static Outcome failed(String id) { return new Outcome.Failed(id, id, "x", "y", List.of(), List.of(), 1); }

    @Test
    void plainLinesComeEveryIntervalWithRateEtaAndFailuresButNotAtTheEnd() {
        StringWriter sink = new StringWriter();
        Progress p = progress(Progress.Mode.LINES, sink);
        p.started(4);
        now[0] = 2_000_000_000L;
        p.finished(ok("a"));
        assertEquals("", sink.toString(), "not before the interval");
        now[0] = 10_000_000_000L;
        p.finished(failed("b"));
        now[0] = 12_000_000_000L;
        p.finished(ok("c"));
        now[0] = 21_000_000_000L;
        p.finished(ok("d"));
        String[] lines = sink.toString().split("\n");
        assertEquals(1, lines.length, sink.toString());
        assertEquals("offprint: 2/4 50% 0.2/s ETA 10s 1 failed", lines[0]);
        assertEquals(List.of("a", "b", "c", "d"), inner, "the inner listener hears every outcome");
    }

    @Test
    void aBarIsDrawnInPlaceAndClearedBeforeTheInnerListenerPrints() {
        StringWriter sink = new StringWriter();
        Progress p = progress(Progress.Mode.BAR, sink);
        p.started(2);
        now[0] = 1_000_000_000L;
        p.finished(ok("a"));
        String s = sink.toString();
        assertTrue(s.startsWith("\r[........................] 0/2 0%"), s);
        assertTrue(s.contains("\r\033[K"), "cleared before the item's own line");
        assertTrue(s.endsWith("\r[############............] 1/2 50% 1.0/s ETA 1s"), s);
        p.finished(ok("b"));
        assertTrue(sink.toString().endsWith("2/2 100% 2.0/s in 1s\n"), sink.toString());
    }

    @Test
    void quietShowsNothing() {
        StringWriter sink = new StringWriter();
        Progress p = progress(Progress.modeFor(true, true), sink);
        p.started(1);
        p.finished(ok("a"));
        assertEquals("", sink.toString());
        assertEquals(Progress.Mode.LINES, Progress.modeFor(false, false));
        assertEquals("2m05s", Progress.duration(125));
        assertEquals("1h01m", Progress.duration(3660));
    }
}
