package dev.offprint.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.ExtractionInfo;
import dev.offprint.model.Inline;
import dev.offprint.model.KitchenSink;
import dev.offprint.model.Metadata;
import dev.offprint.model.Media;
import dev.offprint.render.RenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    /** The checked-in expected output; rewrite it with {@code -Doffprint.golden.update=true}. */
    private static final Path GOLDEN = Path.of("src/test/resources/golden/render/json/kitchen-sink.json");

    static String render(Article a, RenderContext ctx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonRenderer().render(a, Media.empty(), ctx, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void kitchenSinkMatchesTheGoldenFile() throws IOException {
        String actual = render(KitchenSink.article(), new RenderContext(Instant.EPOCH));
        if (Boolean.getBoolean("offprint.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
                "json differs from the golden file; review and rerun with -Doffprint.golden.update=true");
    }

    @Test
    void everyNodeTypeIsWrittenWithItsLowerCamelName() throws IOException {
        Set<String> types = new HashSet<>();
        try (JsonParser p = new JsonFactory().createParser(render(KitchenSink.article(), new RenderContext(Instant.EPOCH)))) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("type")) {
                    p.nextToken();
                    types.add(p.getText());
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (Class<?> c : Block.class.getPermittedSubclasses()) expected.add(JsonRenderer.typeName(c));
        for (Class<?> c : Inline.class.getPermittedSubclasses()) expected.add(JsonRenderer.typeName(c));
        assertEquals(new HashSet<>(expected), types);
        assertTrue(types.containsAll(Arrays.asList("listBlock", "definitionList", "codeBlock", "lineBreak", "noteRef", "citationRef")));
    }

    @Test
    void anEmptyArticleHasNullScalarsAndEmptyArrays() throws IOException {
        Article empty = new Article(Metadata.empty(), List.of(), List.of(), List.of(), List.of(), ExtractionInfo.unknown());
        String json = render(empty, new RenderContext(Instant.EPOCH));
        assertEquals("""
                {
                  "version": 1,
                  "metadata": {
                    "title": null,
                    "subtitle": null,
                    "authors": [],
                    "siteName": null,
                    "publisher": null,
                    "url": null,
                    "published": null,
                    "modified": null,
                    "captured": null,
                    "language": null,
                    "direction": null,
                    "description": null,
                    "keywords": [],
                    "leadImage": null
                  },
                  "body": [],
                  "references": [],
                  "notes": [],
                  "comments": [],
                  "extraction": {
                    "method": "unknown",
                    "confidence": 0.0
                  }
                }
                """, json);
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() throws IOException {
        Article a = new Article(Metadata.empty().withTitle("x\uDC00y"), List.of(new Block.Paragraph(List.of(
                new Inline.Text("a\uD800b \uD83D\uDE00 c\uD800")))), List.of(), List.of(), List.of(), null);
        String json = render(a, new RenderContext(Instant.EPOCH));
        assertTrue(json.contains("\"title\": \"x\uFFFDy\""), json);
        assertTrue(json.contains("\"text\": \"a\uFFFDb \uD83D\uDE00 c\uFFFD\""), json);
        assertEquals("ok", JsonRenderer.wellFormed("ok"));
    }

    @Test
    void contentDeeperThanTheBoundIsFlattenedNotOverflowed() throws IOException {
        Inline deep = new Inline.Text("bottom words");
        for (int i = 0; i < 50_000; i++) deep = new Inline.Emphasis(List.of(deep));
        Article a = new Article(Metadata.empty(), List.of(new Block.Paragraph(List.of(deep))), List.of(), List.of(), List.of(), null);
        RenderContext ctx = new RenderContext(Instant.EPOCH);
        String json = render(a, ctx);
        assertTrue(json.contains("\"text\": \"bottom words\""));
        assertEquals("depth-flattened", ctx.diagnostics().get(0).code());
    }
}
