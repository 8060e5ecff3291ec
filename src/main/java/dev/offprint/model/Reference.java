package dev.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the article's own bibliography: the raw {@code text} as printed, plus what could be
 * parsed from it. Field meanings follow CSL-JSON ({@code container} = container-title, {@code year}
 * = issued year). Unparsed fields are {@code null}; {@code authors} is empty when none were found.
 * Link notes are never References: see {@link Note}.
 */
public record Reference(
        String id,
        String text,
        List<String> authors,
        String title,
        String container,
        Integer year,
        String volume,
        String issue,
        String pages,
        String doi,
        String pmid,
        String url) {

    public Reference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A reference known only by its text. */
    public static Reference unparsed(String id, String text) {
        return new Reference(id, text, List.of(), null, null, null, null, null, null, null, null, null);
    }
}
