package dev.offprint.render.epub;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.model.Article;
import dev.offprint.model.KitchenSink;
import dev.offprint.model.Media;
import dev.offprint.render.RenderContext;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EpubRendererTest {

    static final Instant T = Instant.parse("2026-11-26T12:00:00Z");

    static byte[] epub(Article a, Media m, RenderContext ctx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(a, m, ctx, out);
        return out.toByteArray();
    }

    @Test
    void kitchenSinkPassesEpubCheck() throws Exception {
        byte[] b = epub(KitchenSink.article(), Media.empty(), new RenderContext(T));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/kitchen-sink.epub"), b);
        EpubCheckOracle.Result r = EpubCheckOracle.check(b);
        assertTrue(r.clean(), r.toString());
    }
}
