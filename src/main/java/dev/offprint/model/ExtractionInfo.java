package dev.offprint.model;

import java.util.Objects;

/**
 * How the article's content was located: {@code method} names the rung of the fallback ladder that
 * found it ("schema-articleBody", "article-element", "scoring", "body"), {@code confidence} is in 0..1.
 */
public record ExtractionInfo(String method, double confidence) {
    public ExtractionInfo {
        Objects.requireNonNull(method, "method");
        if (Double.isNaN(confidence)) confidence = 0;
        confidence = Math.max(0, Math.min(1, confidence));
    }

    public static ExtractionInfo unknown() { return new ExtractionInfo("unknown", 0); }
}
