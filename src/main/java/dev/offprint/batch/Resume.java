package dev.offprint.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which items a resumed run may skip, from the {@code report.jsonl} an earlier run left in
 * the output folder (HOSTILE.md, "nothing lost" 4): the last line for the item's id says ok or
 * partial for the same source, lists exactly the outputs asked for now, each still exists with the
 * recorded SHA-256, and the input is not newer than them. Because outputs are written atomically,
 * "exists with its hash" means "complete". Lines that do not parse are ignored (a killed run may
 * leave a torn last line).
 */
final class Resume {

    /** What the report says about one id. */
    record Entry(String source, String status, List<Outcome.Output> outputs) {}

    private static final JsonFactory JSON = new JsonFactory();

    private Resume() {}

    /** The last entry per id of {@code report}, or nothing when it does not exist. */
    static Map<String, Entry> read(Path report) {
        Map<String, Entry> out = new HashMap<>();
        if (!Files.isRegularFile(report)) return out;
        List<String> lines;
        try {
            lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return out;
        }
        for (String line : lines) {
            try (JsonParser p = JSON.createParser(line)) {
                if (p.nextToken() != JsonToken.START_OBJECT) continue;
                String id = null, source = null, status = null;
                List<Outcome.Output> outputs = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken v = p.nextToken();
                    switch (field) {
                        case "id" -> id = p.getValueAsString();
                        case "source" -> source = p.getValueAsString();
                        case "status" -> status = p.getValueAsString();
                        case "outputs" -> {
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                String path = null, sha = null;
                                long bytes = -1;
                                while (p.nextToken() == JsonToken.FIELD_NAME) {
                                    String f = p.currentName();
                                    p.nextToken();
                                    if (f.equals("path")) path = p.getValueAsString();
                                    else if (f.equals("sha256")) sha = p.getValueAsString();
                                    else if (f.equals("bytes")) bytes = p.getValueAsLong(-1);
                                    else p.skipChildren();
                                }
                                if (path != null && sha != null) outputs.add(new Outcome.Output(Path.of(path), sha, bytes));
                            }
                        }
                        default -> { if (v.isStructStart()) p.skipChildren(); }
                    }
                }
                if (id != null) out.put(id, new Entry(source, status, outputs));
            } catch (IOException | RuntimeException e) {
                // a torn or foreign line: ignore it, the item is simply converted again
            }
        }
        return out;
    }

    /** True when the last run's {@code entry} for {@code source} says anything but failed (for --retry-failed). */
    static boolean notFailed(Entry entry, String source) {
        return entry != null && source.equals(entry.source()) && entry.status() != null && !"failed".equals(entry.status());
    }

    /** True when {@code entry} proves the outputs {@code targets} of {@code input} are complete and current. */
    static boolean upToDate(Entry entry, String source, Path input, List<Path> targets) {
        if (entry == null || !source.equals(entry.source())) return false;
        if (!"ok".equals(entry.status()) && !"partial".equals(entry.status())) return false;
        Set<Path> recorded = new HashSet<>();
        for (Outcome.Output o : entry.outputs()) recorded.add(o.path().toAbsolutePath().normalize());
        Set<Path> wanted = new HashSet<>();
        for (Path t : targets) wanted.add(t.toAbsolutePath().normalize());
        if (!recorded.equals(wanted)) return false;
        try {
            FileTime inputTime = Files.getLastModifiedTime(input);
            for (Outcome.Output o : entry.outputs()) {
                Path p = o.path();
                if (!Files.isRegularFile(p) || Files.size(p) != o.bytes()) return false;
                if (Files.getLastModifiedTime(p).compareTo(inputTime) < 0) return false;
                if (!sha256(p).equalsIgnoreCase(o.sha256())) return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String sha256(Path p) throws IOException {
        var md = AtomicWriter.sha256();
        try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
