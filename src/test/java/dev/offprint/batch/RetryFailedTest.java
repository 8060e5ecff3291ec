package dev.offprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offprint.render.Format;
import dev.offprint.source.warc.WarcFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --retry-failed}: a rerun converts only what failed last time (and what is new). */
class RetryFailedTest {

    @TempDir Path tmp;

    private Map<String, String> run(Path in, Path out, boolean retryFailed) {
        ConvertRequest r = ConvertRequest.of(List.of(in.toString()), List.of(Format.TXT), out).withJobs(2)
                .withTimeLimit(Duration.ofSeconds(60)).withReport(ConvertRequest.ReportMode.ON)
                .withRerun(retryFailed ? ConvertRequest.Rerun.RETRY_FAILED : ConvertRequest.Rerun.ALL);
        Summary s = new BatchJob(r, new ByteArrayInputStream(new byte[0]), o -> { }).run();
        Map<String, String> byId = new TreeMap<>();
        for (Outcome o : s.outcomes()) byId.put(o.id(), o.status() + (o.reason() == null ? "" : " " + o.reason().split(":")[0]));
        return byId;
    }

    @Test
    void onlyTheFailuresAndNewInputsAreConvertedAgain() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.html"), WarcFixtures.article("Good", 3));
        Files.writeString(in.resolve("bad.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        Path out = tmp.resolve("out");
        assertEquals(Map.of("bad", "failed no-article", "good", "ok"), run(in, out, false));

        Files.writeString(in.resolve("bad.html"), WarcFixtures.article("Fixed", 3));
        Files.writeString(in.resolve("new.html"), WarcFixtures.article("New", 3));
        Files.delete(out.resolve("good.txt")); // not retried all the same: it did not fail
        assertEquals(Map.of("bad", "ok", "good", "skipped not-failed", "new", "ok"), run(in, out, true));
        assertEquals(false, Files.exists(out.resolve("good.txt")));
        assertEquals(true, Files.readString(out.resolve("bad.txt")).contains("Fixed"));
    }
}
