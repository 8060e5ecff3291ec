package dev.offprint.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile items at HOSTILE.md's full sizes, and every html5lib tree-construction case from
 * ../shared: slow, so tagged {@code hostile-large} and left out of the default suite (which runs
 * each item at a smaller size). Run with {@code make check-hostile}.
 */
@Tag("hostile-large")
class HostileLargeTest {

    @TempDir Path tmp;

    static Stream<HostilePagesTest.Case> large() {
        List<Format> books = HostilePagesTest.BOOKS;
        return Stream.of(
                HostilePagesTest.c("H21 every tag 10^5 deep", books, w -> {
                    StringBuilder b = new StringBuilder();
                    for (String t : new String[] {"div", "span", "i", "b", "a", "table", "li", "select", "font", "nobr", "svg", "math"}) {
                        b.append(("<" + t + ">").repeat(100_000)).append("x").append(t);
                    }
                    return HostilePagesTest.page(w, HostilePagesTest.article("Deep", "", b.toString()));
                }),
                HostilePagesTest.c("H21 xhtml 10^5 deep", books, w -> Files.writeString(w.site.resolve("page.xhtml"),
                        "<?xml version='1.0'?>" + HostilePagesTest.article("Deep XML", "", "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000))
                                .replaceFirst("<!doctype html>", ""))),
                HostilePagesTest.c("H23 10^6 paragraphs", books, w -> HostilePagesTest.page(w, HostilePagesTest.article("Wide", "", "<p>w</p>".repeat(1_000_000))),
                        HostilePagesTest.status("failed:too-complex", "failed:too-large")),
                HostilePagesTest.c("H23 10^5 rows", books, w -> HostilePagesTest.page(w, HostilePagesTest.article("Rows", "",
                        "<table>" + "<tr><td>1<td>2<td>3<td>4<td>5<td>6<td>7<td>8<td>9<td>10".repeat(100_000) + "</table>"))),
                HostilePagesTest.c("H23 10^5 attributes", books, w -> HostilePagesTest.page(w, HostilePagesTest.article("Attrs", "",
                        "<div" + HostilePagesTest.attrs(100_000) + ">x</div>"))),
                HostilePagesTest.c("H23 50 MB attribute", books, w -> HostilePagesTest.page(w, HostilePagesTest.article("Attr", "",
                        "<p title='" + "v".repeat(50 << 20) + "'>x</p>")), HostilePagesTest.status("failed:too-large")),
                HostilePagesTest.c("H12 50 MB data uri", books, w -> HostilePagesTest.page(w, HostilePagesTest.article("Data", "",
                        "<img src='data:image/png;base64," + "A".repeat(50 << 20) + "'>")), HostilePagesTest.status("failed:too-large")),
                HostilePagesTest.c("H26 10^6 nuls", books, w -> HostilePagesTest.page(w, HostilePagesTest.article("NUL", "",
                        "<p>" + "Words first. ".repeat(400) + "</p><p>" + "\u0000".repeat(1_000_000) + "</p><p\u0000" + "\u0000".repeat(100_000) + ">t</p>"))),
                HostilePagesTest.c("H27 10 MB line", books, w -> HostilePagesTest.page(w, HostilePagesTest.article("Line", "",
                        "<p>" + "x".repeat(10 << 20) + "</p>")), HostilePagesTest.status("ok", "partial", "failed:too-large", "failed:timeout")),
                HostilePagesTest.c("H29 10^5 zero-width alone", books, w -> HostilePagesTest.page(w, HostilePagesTest.article("ZW", "",
                        "<p>" + "\u200B".repeat(1_000_000) + "</p>"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("large")
    void largeHostilePages(HostilePagesTest.Case c) throws Exception {
        try (Oracle.World w = new Oracle.World(tmp)) {
            Path input = c.setup().write(w);
            long t0 = System.nanoTime();
            Oracle.Result r = Oracle.convert(input, c.formats(), tmp.resolve("out"), c.network());
            System.out.println("[hostile-large] " + c.id() + ": " + r.status() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            Oracle.check(r, w, false);
            if (c.expect() != null) c.expect().check(r, w);
        }
    }

    /** H22 at full size: a 200 000-deep model through every stage. */
    @Test
    void aModel200000Deep() {
        HostileUnitsTest.deepModel(200_000);
    }

    /** H25: all of html5lib's tree-construction cases (1,792 here) from ../shared, when present. */
    @Test
    void everyHtml5libTreeConstructionCase() throws IOException {
        Path dir = Path.of(System.getProperty("offprint.shared", "../shared"), "corpus/hostile/html5lib/tree-construction");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared is not here");
        List<Html5libCases.Case> all = Html5libCases.all(dir);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Html5libCases.Case c : all) {
            try {
                String o = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CorpusTest.convertHtml5lib(c, false), c.id());
                outcomes.merge(o, 1, Integer::sum);
            } catch (Throwable e) {
                bad.add(c.id() + ": " + e);
            }
        }
        System.out.println("[hostile-large] html5lib: " + all.size() + " cases in " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + outcomes);
        assertTrue(all.size() > 1700, "found " + all.size());
        assertTrue(bad.isEmpty(), bad.size() + " bad:\n" + String.join("\n", bad.subList(0, Math.min(20, bad.size()))));
    }
}
