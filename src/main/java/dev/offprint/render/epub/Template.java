package dev.offprint.render.epub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A package template from this package's resources ({@code package.opf}, {@code nav.xhtml},
 * {@code toc.ncx}...) with {@code {{name}}} slots. Slot values are markup already escaped by
 * {@link dev.offprint.render.html.HtmlWriter}; a slot left unfilled is a bug and throws.
 */
final class Template {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Template() {}

    static String resource(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try (InputStream in = Template.class.getResourceAsStream(n)) {
                if (in == null) throw new IllegalStateException("template missing from the class path: " + n);
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The template {@code name} with every slot replaced by its (pre-escaped) value. */
    static String fill(String name, Map<String, String> values) {
        Matcher m = SLOT.matcher(resource(name));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) throw new IllegalStateException("template " + name + ": no value for " + m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
