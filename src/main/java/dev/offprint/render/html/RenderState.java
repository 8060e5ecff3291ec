package dev.offprint.render.html;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import dev.offprint.model.Note;
import dev.offprint.model.Reference;
import dev.offprint.render.RenderContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one rendering of one article remembers while its visitors run: numbering of notes and
 * references, where each was pointed at (for back-links), the ids already used, the outline, and
 * which images were missing.
 */
final class RenderState {

    /** Nesting deeper than this is written as plain text: the visitors recurse, the model may not be shallow. */
    static final int MAX_DEPTH = 48;

    /** The ids of the appendix sections, kept free so a table of contents can link to them by name. */
    static final Set<String> SECTION_IDS = Set.of("references", "notes", "links", "source", "comments", "toc", "landmarks");

    final HtmlOptions options;
    final Labels labels;
    final ImageSource images;
    final RenderContext ctx;
    final Map<String, Integer> noteNumbers = new HashMap<>();
    final Map<String, Integer> referenceNumbers = new HashMap<>();
    /** Note number -> hrefs of each place in the text that points at it. */
    final Map<Integer, List<String>> noteRefs = new LinkedHashMap<>();
    /** Reference number -> hrefs of each citation. */
    final Map<Integer, List<String>> citations = new LinkedHashMap<>();
    final Set<String> ids = new HashSet<>();
    final List<OutlineEntry> outline = new ArrayList<>();
    private final Set<String> reportedImages = new HashSet<>();
    private final Set<String> reportedNotes = new HashSet<>();
    int imagesWritten;
    int imagesWithoutAlt;
    int depth;
    /** The document the markup being written will live in ("" = the one document). */
    String currentDocument = "";
    /** True while writing the body, whose headings make the outline. */
    boolean inBody;

    RenderState(Article article, HtmlOptions options, ImageSource images, RenderContext ctx) {
        this.options = options;
        this.labels = Labels.forLanguage(article.metadata().language());
        this.images = images;
        this.ctx = ctx;
        List<Note> notes = article.notes();
        for (int i = 0; i < notes.size(); i++) noteNumbers.putIfAbsent(notes.get(i).id(), i + 1);
        List<Reference> refs = article.references();
        for (int i = 0; i < refs.size(); i++) referenceNumbers.putIfAbsent(refs.get(i).id(), i + 1);
        // ids offprint generates itself: reserve their prefixes so a heading cannot take one
        ids.add("title");
    }

    boolean epub() { return options.epubSemantics() && options.xhtml(); }

    /** {@code attributes} plus the lang marking of an element holding only offprint's own words. */
    String[] labelled(String... attributes) {
        String[] lang = labels.langAttributes(options.xhtml());
        String[] all = java.util.Arrays.copyOf(attributes, attributes.length + lang.length);
        System.arraycopy(lang, 0, all, attributes.length, lang.length);
        return all;
    }

    /** A fresh id: {@code wanted} made XML-safe, or {@code fallback}, made unique with a suffix. */
    String uniqueId(String wanted, String fallback) {
        String base = sanitizeId(wanted);
        if (base.isEmpty() || reserved(base)) base = fallback;
        String id = base;
        for (int n = 2; !ids.add(id); n++) id = base + "-" + n;
        return id;
    }

    /** Registers an id offprint generated itself (note-3, ref-2...). */
    String generatedId(String id) {
        String unique = id;
        for (int n = 2; !ids.add(unique); n++) unique = id + "-" + n;
        return unique;
    }

    private static boolean reserved(String id) {
        return id.startsWith("note-") || id.startsWith("noteref-") || id.startsWith("ref-")
                || id.startsWith("cite-") || id.equals("title") || id.startsWith("section-")
                || id.startsWith("sec-") || SECTION_IDS.contains(id);
    }

    /** Keeps ASCII letters, digits, '-' and '_'; the result starts with a letter (an XML NCName). */
    static String sanitizeId(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 64; i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                sb.append(c);
            } else if (Character.isWhitespace(c) && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && !Character.isLetter(sb.charAt(0))) sb.deleteCharAt(0);
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The href of {@code id} in {@code document}, seen from {@link #currentDocument}. */
    String href(String document, String id) {
        return (document.equals(currentDocument) ? "" : document) + "#" + id;
    }

    void imageMissing(String src, String alt) {
        if (images.reportsMissing() && reportedImages.add(src)) {
            String reason = images.unavailableReason(src);
            if (reason != null) {
                ctx.report(Diagnostic.warning("image-unusable", "image left out, its alt text stands in: "
                        + shorten(src) + ": " + reason));
                return;
            }
            ctx.report(Diagnostic.warning("image-missing",
                    "image not available, its alt text stands in: " + shorten(src)
                            + (alt.isEmpty() ? "" : " (\"" + shorten(alt) + "\")")));
        }
    }

    void noteMissing(String noteId) {
        if (reportedNotes.add(noteId)) {
            ctx.report(Diagnostic.warning("note-missing", "a note reference points at no note: " + shorten(noteId)));
        }
    }

    void referenceMissing(String referenceId) {
        if (reportedNotes.add("ref\u0000" + referenceId)) {
            ctx.report(Diagnostic.warning("reference-missing", "a citation points at no reference: " + shorten(referenceId)));
        }
    }

    static String shorten(String s) {
        String c = HtmlWriter.clean(s);
        return c.length() <= 200 ? c : c.substring(0, 200) + "…";
    }
}
