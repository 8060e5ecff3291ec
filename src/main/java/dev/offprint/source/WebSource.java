package dev.offprint.source;

import dev.offprint.diag.OffprintException;
import dev.offprint.source.net.FetchException;
import dev.offprint.source.net.HttpFetcher;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a page from an {@code http(s)} URL (an input given only with {@code --allow-network}),
 * through an {@link HttpFetcher}: the address policy, redirects, time limits and the input size
 * limit on decoded bytes (over it the input fails, never truncated). The transport charset of
 * {@code Content-Type} goes through the WHATWG label table. Failures are {@link OffprintException}s
 * with the codes {@code bad-input}, {@code blocked}, {@code too-large}, {@code timeout} and
 * {@code fetch-failed}, plus FileSource's page checks.
 */
public final class WebSource {

    private final HttpFetcher fetcher;
    private final long maxBytes;

    public WebSource(HttpFetcher fetcher, long maxBytes) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.maxBytes = maxBytes;
    }

    /** Whether {@code input} is written as a web address (scheme compared case-insensitively). */
    public static boolean isUrl(String input) {
        String s = input.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** Fetches {@code url} into a page whose base URI is the final URL after redirects. */
    public Page read(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new OffprintException("bad-input", url + ": not a valid URL");
        }
        HttpFetcher.Response r;
        try {
            r = fetcher.fetch(uri, maxBytes);
        } catch (FetchException e) {
            String code = switch (e.code()) {
                case "blocked" -> "blocked";
                case "too-large" -> "too-large";
                case "timeout" -> "timeout";
                default -> "fetch-failed";
            };
            throw new OffprintException(code, url + ": " + e.getMessage(), e);
        }
        return new FileSource(maxBytes).fromBytes(url, r.body(), charset(r.contentType()), r.uri().toString(), null, null);
    }

    /** The charset parameter of a Content-Type value, or null. */
    static String charset(String contentType) {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) return p.substring(8).replace("\"", "").replace("'", "").strip();
        }
        return null;
    }
}
