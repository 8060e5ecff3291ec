package dev.offprint.batch;

import dev.offprint.source.warc.WarcArchive;
import java.util.List;
import java.util.Locale;

/**
 * The batch's rules for items that are WARC records: a page record's output name is a slug of its
 * target URL (known before conversion, so names are claimed in record order whatever the thread
 * order, and a rerun finds the same name to resume from); a record that is no page, or is broken,
 * is settled at once as skipped or failed with its reason, and its report id is the WARC file's
 * base name and the record's offset.
 */
final class WarcItems {

    private WarcItems() {}

    /** Claims the output name of a page record; null for records that produce no output. */
    static String claim(Inputs.Item item, OutputNames names) {
        WarcArchive.Entry e = item.warc();
        if (e.kind() != WarcArchive.Kind.PAGE) return null;
        String slug = urlSlug(e.target());
        return names.claim(slug.isEmpty() ? "record-" + e.offset() : slug);
    }

    /** The outcome of a record settled by the scan (skipped or failed), or null for a page to convert. */
    static Outcome settled(Inputs.Item item, String name) {
        WarcArchive.Entry e = item.warc();
        if (e == null || e.kind() == WarcArchive.Kind.PAGE) return null;
        String id = OutputNames.baseName(e.file()) + "@" + e.offset();
        if (e.kind() == WarcArchive.Kind.SKIPPED) return new Outcome.Skipped(id, item.label(), e.code(), e.message(), 0);
        return new Outcome.Failed(id, item.label(), e.code(), e.message() + " (at byte " + e.offset() + ")", List.of(), List.of(), 0);
    }

    /**
     * A slug of a URL for a file name: host without {@code www.} and path, the scheme, query
     * markers and a page extension dropped ({@code https://www.example.org/2020/a-title.html} ->
     * {@code example-org-2020-a-title}); ASCII, at most 80 characters.
     */
    static String urlSlug(String url) {
        if (url == null) return "";
        String u = url.strip().replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "").replaceFirst("(?i)^www\\.", "");
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        u = u.replaceFirst("(?i)\\.(html?|xhtml|php|aspx?|jsp)(?=$|\\?)", "");
        if (u.toLowerCase(Locale.ROOT).endsWith("/index")) u = u.substring(0, u.length() - 6);
        return OutputNames.slug(u);
    }
}
