package dev.offprint.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.offprint.source.warc.WarcArchive;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The batch report (DESIGN.md): {@code report.jsonl}, one JSON object per item appended and flushed
 * as the item finishes (a rerun appends; the last line for an id wins), and
 * {@code report-summary.json}, the run's totals, replaced atomically at the end.
 */
final class Report implements Closeable {

    static final String LINES = "report.jsonl";
    static final String SUMMARY = "report-summary.json";

    private static final JsonFactory JSON = new JsonFactory();

    private final Path dir;
    private final FileChannel channel;
    private final OutputStream out;

    Report(Path dir) throws IOException {
        this.dir = dir;
        this.channel = FileChannel.open(dir.resolve(LINES), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        this.out = Channels.newOutputStream(channel);
    }

    Path path() { return dir.resolve(LINES); }

    /** Appends {@code o}'s line and flushes it to the file (one write per line, so lines never interleave). */
    synchronized void write(Outcome o) throws IOException { write(o, null); }

    /** Appends {@code o}'s line, with the WARC record it came from when {@code warc} is not null. */
    synchronized void write(Outcome o, WarcArchive.Entry warc) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(line, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("id", o.id());
            g.writeStringField("source", o.source());
            if (warc == null) {
                g.writeNullField("warc");
            } else {
                g.writeObjectFieldStart("warc");
                g.writeStringField("file", warc.file().toString());
                g.writeNumberField("offset", warc.offset());
                g.writeStringField("recordId", warc.recordId());
                g.writeEndObject();
            }
            g.writeStringField("status", o.status());
            g.writeStringField("reason", o.reason());
            g.writeArrayFieldStart("outputs");
            for (Outcome.Output out : o.outputs()) {
                g.writeStartObject();
                g.writeStringField("path", out.path().toString());
                g.writeStringField("sha256", out.sha256());
                g.writeNumberField("bytes", out.bytes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (String w : o.warnings()) g.writeString(w);
            g.writeEndArray();
            g.writeNumberField("ms", o.ms());
            g.writeEndObject();
        }
        line.write('\n');
        out.write(line.toByteArray());
        out.flush();
    }

    /** Writes {@code report-summary.json} (atomically) and flushes the lines to disk. */
    void summary(Summary s, ConvertRequest request) throws IOException {
        AtomicWriter.write(dir.resolve(SUMMARY), o -> {
            try (JsonGenerator g = JSON.createGenerator(o, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeNumberField("inputs", s.inputs());
                g.writeNumberField("ok", s.ok());
                g.writeNumberField("partial", s.partial());
                g.writeNumberField("failed", s.failed());
                g.writeNumberField("skipped", s.skipped());
                g.writeNumberField("ms", s.ms());
                g.writeNumberField("perSecond", Math.round(s.inputs() * 10000.0 / Math.max(1, s.ms())) / 10.0);
                g.writeArrayFieldStart("formats");
                for (var f : request.formats()) g.writeString(f.extension());
                g.writeEndArray();
                g.writeStringField("outputDir", request.outputDir().toString());
                g.writeEndObject();
            }
            o.write('\n');
        }, AtomicWriter.Gate.OPEN);
        channel.force(true);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
