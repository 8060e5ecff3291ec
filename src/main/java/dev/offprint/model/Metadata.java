package dev.offprint.model;

import java.util.List;

/**
 * What is known about an article besides its content. Every string is {@code null} when unknown;
 * lists are empty, never null. Dates are ISO-8601: {@code yyyy-mm-dd}, or a full timestamp
 * ({@code 2018-03-13T10:00:00Z}) when the time is known.
 *
 * @param title       the article's title
 * @param subtitle    a standfirst or dek, when the page marks one
 * @param authors     people (or organisations) credited as authors, in page order
 * @param siteName    the site or publication name ("Nootriment")
 * @param publisher   the publishing organisation, when stated apart from the site name
 * @param url         the canonical URL of the article
 * @param published   first publication date
 * @param modified    last modification date
 * @param captured    when the page was saved or fetched (file time, WARC-Date)
 * @param language    BCP 47 language tag ("en", "de-AT")
 * @param direction   "ltr" or "rtl"
 * @param description a short summary
 * @param keywords    subjects and tags
 * @param leadImage   absolute URL of the lead image
 */
public record Metadata(
        String title,
        String subtitle,
        List<String> authors,
        String siteName,
        String publisher,
        String url,
        String published,
        String modified,
        String captured,
        String language,
        String direction,
        String description,
        List<String> keywords,
        String leadImage) {

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** Metadata with nothing known. */
    public static Metadata empty() {
        return new Metadata(null, null, List.of(), null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    public Metadata withTitle(String v) { return new Metadata(v, subtitle, authors, siteName, publisher, url, published, modified, captured, language, direction, description, keywords, leadImage); }
    public Metadata withUrl(String v) { return new Metadata(title, subtitle, authors, siteName, publisher, v, published, modified, captured, language, direction, description, keywords, leadImage); }
    public Metadata withCaptured(String v) { return new Metadata(title, subtitle, authors, siteName, publisher, url, published, modified, v, language, direction, description, keywords, leadImage); }
}
