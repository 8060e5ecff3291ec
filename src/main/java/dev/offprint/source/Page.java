package dev.offprint.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input page as read by the source stage.
 *
 * @param label    how to name this input in messages (the path or URL as the user gave it)
 * @param html     the decoded text (charset found in the WHATWG order; bad bytes are U+FFFD)
 * @param charset  the charset used to decode
 * @param baseUri  the URI relative links and images resolve against
 * @param folder   for a local file, the folder whose tree its images may be read from; else null
 * @param captured when the page was saved or fetched (ISO-8601), or null
 */
public record Page(String label, String html, String charset, String baseUri, Path folder, String captured) {
    public Page {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(baseUri, "baseUri");
    }
}
