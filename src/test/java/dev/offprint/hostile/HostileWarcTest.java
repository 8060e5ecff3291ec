package dev.offprint.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.batch.Outcome;
import dev.offprint.batch.Summary;
import dev.offprint.render.Format;
import dev.offprint.source.warc.WarcFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H44's last part: a WARC whose records are the earlier hostile pages (file: and loopback
 * references, CSS vectors, every URL attribute, XXE, NULs), plus an image record stored under a
 * loopback URL. Every record gets one outcome and one report line; the universal oracle holds for
 * each (the archive answers for the loopback image, the network is never asked). H41–H43 and the
 * bombs of H44 are tested by the WARC reader's own tests (source.warc.WarcArchiveTest).
 */
class HostileWarcTest {

    @TempDir Path tmp;

    @Test
    void hostilePagesInsideAWarcMeetTheOracleH44() throws Exception {
        List<String> ids = List.of("H01", "H04", "H19 xxe inline", "H26 nuls");
        try (Oracle.World w = new Oracle.World(tmp)) {
            WarcFixtures warc = WarcFixtures.create(tmp.resolve("hostile.warc.gz"), true);
            int n = 0;
            for (HostilePagesTest.Case c : HostilePagesTest.all().filter(c -> ids.stream().anyMatch(c.id()::startsWith)).toList()) {
                Path page = c.setup().write(w);
                warc.html("https://example.org/p" + (n++) + ".html", Files.readString(page, StandardCharsets.UTF_8));
            }
            String loopImage = w.loop.base() + "/archived.png";
            warc.html("https://example.org/archived.html", HostilePagesTest.article("Archived image", "",
                    "<figure><img src='" + loopImage + "'><figcaption>from the archive</figcaption></figure>"));
            warc.http(loopImage, 200, "image/png", HostileImages.real("png", 6, 6));
            Path file = warc.close();
            Summary s = Oracle.convertAll(List.of(file.toString()), HostilePagesTest.BOOKS, tmp.resolve("out"));
            List<String> lines = Files.readAllLines(tmp.resolve("out/report.jsonl"));
            assertEquals(s.outcomes().size(), lines.size(), "one report line per record");
            assertTrue(s.outcomes().size() >= n + 1, s.outcomes().size() + " outcomes for " + (n + 1) + " pages");
            for (Outcome o : s.outcomes()) {
                assertFalse(o instanceof Outcome.Failed f && Oracle.BUG_CODES.contains(f.code()), o.toString());
                Oracle.checkOutcome(o, tmp.resolve("out"), w);
            }
            for (String l : lines) assertFalse(l.contains(w.canary), "canary in the report");
            assertEquals(List.of(), w.loop.hits, "requests reached the loopback server");
            Outcome archived = s.outcomes().stream().filter(o -> o.source().contains("archived")).findFirst().orElseThrow();
            assertFalse(String.join(" ", archived.warnings()).contains("archived.png"), "the archived image was not served: " + archived);
        }
    }
}
