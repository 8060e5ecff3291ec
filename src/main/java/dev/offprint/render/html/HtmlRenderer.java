package dev.offprint.render.html;

import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Comment;
import dev.offprint.model.Inline;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.model.Note;
import dev.offprint.model.Reference;
import dev.offprint.render.RenderContext;
import dev.offprint.render.Renderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders an article as a clean, self-contained reader view: title block, body, References, Notes,
 * Source and (optionally) reader comments, styled by inline CSS. In XHTML mode its pieces
 * ({@link #fragments}) and page shell ({@link #page}) are what the EPUB renderer builds its content
 * documents from.
 */
public final class HtmlRenderer implements Renderer {

    /** The body-text media types a browser or reading system shows in {@code <img>}. */
    private static final Set<String> DISPLAYABLE = Set.of(
            "image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml", "image/avif");

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private static volatile String readerCss;

    private final HtmlOptions options;

    public HtmlRenderer(HtmlOptions options) {
        this.options = options;
    }

    public HtmlRenderer() {
        this(HtmlOptions.defaults());
    }

    public HtmlOptions options() { return options; }

    @Override
    public void render(Article article, Media media, RenderContext ctx, OutputStream out) throws IOException {
        out.write(renderToString(article, media, ctx).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole reader view as one string. */
    public String renderToString(Article article, Media media, RenderContext ctx) {
        HtmlFragments f = fragments(article, images(media, options.images()), ctx);
        StringBuilder content = new StringBuilder();
        HtmlWriter w = new HtmlWriter(content, options.xhtml());
        w.open("main").newline().open("article", "class", "article").newline();
        w.markup(f.header()).newline();
        w.open("div", "class", "body").newline().markup(f.body()).close("div").newline();
        w.close("article").newline();
        if (f.hasNotesOrReferences() || !f.source().isEmpty()) {
            w.open("footer", "class", "appendix").newline();
            w.markup(f.references()).markup(f.notes()).markup(f.links()).markup(f.source());
            w.close("footer").newline();
        }
        w.markup(f.comments());
        w.close("main").newline();
        return page(article.metadata(), displayTitle(article.metadata()), null, readerCss(), "reader", content.toString());
    }

    /**
     * A complete page around {@code content}: the root element with language and direction, a head
     * with the title and either a stylesheet link ({@code stylesheetHref}) or inline CSS, and a body.
     * In XHTML mode the result is an XML document with the XHTML and (when epub semantics are on)
     * EPUB namespaces and no DOCTYPE.
     */
    public String page(Metadata metadata, String title, String stylesheetHref, String inlineCss, String bodyClass,
                       String content) {
        StringBuilder sb = new StringBuilder(content.length() + 2048);
        HtmlWriter w = new HtmlWriter(sb, options.xhtml());
        String lang = language(metadata.language());
        String dir = direction(metadata.direction());
        if (options.xhtml()) {
            sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            if (options.epubSemantics()) {
                w.open("html", "xmlns", HtmlWriter.XHTML_NS, "xmlns:epub", HtmlWriter.EPUB_NS,
                        "lang", lang, "xml:lang", lang, "dir", dir);
            } else {
                w.open("html", "xmlns", HtmlWriter.XHTML_NS, "lang", lang, "xml:lang", lang, "dir", dir);
            }
        } else {
            sb.append("<!DOCTYPE html>\n");
            w.open("html", "lang", lang, "dir", dir);
        }
        w.newline().open("head").newline();
        w.empty("meta", "charset", "utf-8").newline();
        if (!options.epubSemantics()) {
            w.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        }
        w.element("title", title).newline();
        if (!options.epubSemantics()) {
            if (!metadata.authors().isEmpty()) w.empty("meta", "name", "author", "content", String.join(", ", metadata.authors())).newline();
            if (metadata.description() != null) w.empty("meta", "name", "description", "content", metadata.description()).newline();
            w.empty("meta", "name", "generator", "content", "offprint").newline();
        }
        if (stylesheetHref != null) w.empty("link", "rel", "stylesheet", "type", "text/css", "href", stylesheetHref).newline();
        if (inlineCss != null) w.open("style").text(inlineCss).close("style").newline();
        w.close("head").newline();
        w.open("body", "class", bodyClass).newline().markup(content).close("body").newline().close("html").newline();
        return sb.toString();
    }

    /**
     * The article's pieces, rendered in an order that lets the appendix link back to every place
     * that cites it: body and comments first, then references and notes.
     */
    public HtmlFragments fragments(Article article, ImageSource images, RenderContext ctx) {
        RenderState state = new RenderState(article, options, images, ctx);
        String header = header(article.metadata(), state);

        state.currentDocument = options.bodyDocument();
        state.inBody = true;
        String body = write(state, (w, s) -> new BlockWriter(w, s).write(article.body()));
        state.inBody = false;

        state.currentDocument = options.notesDocument();
        String comments = options.comments() ? comments(article.comments(), state) : "";
        String references = references(article.references(), state);
        String notes = notes(article.notes(), Note.Kind.FOOTNOTE, state);
        String links = notes(article.notes(), Note.Kind.LINK, state);
        String source = source(article.metadata(), ctx, state);
        return new HtmlFragments(header, body, references, notes, links, source, comments, state.outline,
                state.imagesWritten, state.imagesWithoutAlt);
    }

    private interface Writing {
        void write(HtmlWriter w, RenderState state);
    }

    private String write(RenderState state, Writing writing) {
        StringBuilder sb = new StringBuilder();
        writing.write(new HtmlWriter(sb, options.xhtml()), state);
        return sb.toString();
    }

    private String header(Metadata m, RenderState state) {
        return write(state, (w, s) -> {
            state.generatedId("title");
            w.open("header", "class", "masthead").newline();
            Labels l = s.labels;
            w.element("h1", displayTitle(m), "id", "title", "class", "title").newline();
            if (present(m.subtitle())) w.element("p", m.subtitle(), "class", "subtitle").newline();
            if (!m.authors().isEmpty()) w.element("p", l.by() + " " + joinNames(m.authors(), l.and()), "class", "byline").newline();
            // the dateline shows days as a reader writes them ("23 June 2013", "23. Juni 2013"), each in
            // a <time> carrying the full timestamp; the Source section keeps the timestamps as given
            List<String[]> facts = new ArrayList<>();
            if (present(m.siteName())) facts.add(new String[] {m.siteName(), null});
            if (present(m.published())) facts.add(new String[] {l.published() + " ", m.published()});
            if (present(m.modified()) && !m.modified().equals(m.published())) facts.add(new String[] {l.updated() + " ", m.modified()});
            if (!facts.isEmpty()) {
                w.open("p", "class", "dateline");
                for (int i = 0; i < facts.size(); i++) {
                    if (i > 0) w.text(" · ");
                    String[] f = facts.get(i);
                    if (f[1] == null) {
                        w.text(f[0]);
                        continue;
                    }
                    w.text(f[0]);
                    String day = readableDay(f[1], l.lang());
                    if (day == null) w.text(f[1]);
                    else w.element("time", day, "datetime", f[1].strip());
                }
                w.close("p").newline();
            }
            String href = Urls.safeHref(m.url());
            if (href != null) {
                w.open("p", "class", "source-link").element("a", href, "href", href).close("p").newline();
            }
            w.close("header");
        });
    }

    /**
     * The day of an ISO-8601 date or timestamp in words of {@code lang} ("2013-06-23T20:26:06Z" ->
     * "23 June 2013", in German "23. Juni 2013"), or null when the value is not such a date (it is
     * then shown as given, and no {@code <time>} claims a date it does not hold).
     */
    static String readableDay(String iso, String lang) {
        String d = iso.strip();
        if (!d.matches("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?)?")) return null;
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(d.substring(0, 10));
            DateTimeFormatter f = "en".equals(lang)
                    ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                    : DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang));
            return day.format(f);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private String references(List<Reference> refs, RenderState state) {
        if (refs.isEmpty()) return "";
        return write(state, (w, s) -> {
            section(w, s, "references", s.labels.references(), "doc-bibliography", "bibliography");
            w.open("ol", "class", "references").newline();
            for (int i = 0; i < refs.size(); i++) {
                Reference r = refs.get(i);
                int number = i + 1;
                String id = s.generatedId("ref-" + number);
                w.open("li", "id", id); // no epub:type: "biblioentry" is deprecated (EPUBCheck OPF-086b)
                w.text(r.text());
                String url = Urls.safeHref(r.url());
                if (url != null && !r.text().contains(r.url())) w.text(" ").element("a", url, "href", url);
                if (present(r.doi()) && !r.text().contains(r.doi().trim())) {
                    String doi = Urls.safeHref("https://doi.org/" + Urls.encodePath(r.doi().trim()));
                    w.text(" ");
                    if (doi != null) w.element("a", "doi:" + r.doi().trim(), "href", doi);
                    else w.text("doi:" + r.doi());
                }
                if (present(r.pmid()) && r.pmid().trim().matches("\\d{1,9}") && !r.text().contains("PMID")) {
                    String pmid = r.pmid().trim();
                    w.text(" ").element("a", "PMID " + pmid, "href", "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/");
                }
                backLinks(w, s, s.citations.getOrDefault(number, List.of()), s.labels.backToCitation());
                w.close("li").newline();
            }
            w.close("ol").newline().close("section").newline();
        });
    }

    private String notes(List<Note> all, Note.Kind kind, RenderState state) {
        if (all.stream().noneMatch(n -> n.kind() == kind)) return "";
        boolean links = kind == Note.Kind.LINK;
        return write(state, (w, s) -> {
            String heading = links ? s.labels.links() : s.labels.notes();
            if (s.epub()) {
                section(w, s, links ? "links" : "notes", heading, null, "endnotes");
            } else {
                section(w, s, links ? "links" : "notes", heading, "doc-endnotes", null);
                w.open("ol", "class", "notes").newline();
            }
            for (int i = 0; i < all.size(); i++) {
                Note note = all.get(i);
                int number = i + 1;
                if (note.kind() != kind || s.noteNumbers.get(note.id()) != number) continue;
                note(w, s, note, number);
            }
            if (!s.epub()) w.close("ol").newline();
            w.close("section").newline();
        });
    }

    private void note(HtmlWriter w, RenderState s, Note note, int number) {
        String id = s.generatedId("note-" + number);
        List<String> refs = s.noteRefs.getOrDefault(number, List.of());
        List<Block> content = noteContent(note);
        BlockWriter blocks = new BlockWriter(w, s);
        if (s.epub()) {
            // an EPUB 3 footnote: a reading system may show it as a pop-up, so it carries its own number
            w.open("aside", "id", id, "epub:type", "footnote", "role", "doc-footnote", "class", "note").newline();
            w.open("p");
            if (refs.isEmpty()) {
                w.element("span", number + ".", "class", "note-number");
            } else {
                w.element("a", number + ".", "href", s.href(s.options.bodyDocument(), anchor(refs.get(0))),
                        "role", "doc-backlink", "class", "note-number");
            }
            if (!content.isEmpty() && content.get(0) instanceof Block.Paragraph p) {
                w.text(" ");
                noteInlines(w, s, note, p, blocks);
                w.close("p").newline();
                blocks.write(content.subList(1, content.size()));
            } else {
                w.close("p").newline();
                blocks.write(content);
            }
            if (refs.size() > 1) {
                w.open("p", "class", "backlinks");
                backLinks(w, s, refs.subList(1, refs.size()), s.labels.backToText());
                w.close("p").newline();
            }
            w.close("aside").newline();
        } else {
            w.open("li", "id", id, "value", Integer.toString(number));
            if (content.size() == 1 && content.get(0) instanceof Block.Paragraph p) {
                noteInlines(w, s, note, p, blocks);
                backLinks(w, s, refs, s.labels.backToText());
            } else {
                w.newline();
                blocks.write(content);
                w.open("p", "class", "backlinks");
                backLinks(w, s, refs, s.labels.backToText());
                w.close("p");
            }
            w.close("li").newline();
        }
    }

    /** A link note whose text is just its address is written as that address, clickable. */
    private void noteInlines(HtmlWriter w, RenderState s, Note note, Block.Paragraph p, BlockWriter blocks) {
        String href = note.kind() == Note.Kind.LINK ? Urls.safeHref(note.url()) : null;
        if (href != null && PlainText.of(p.content()).equals(note.url().trim())) {
            w.element("a", note.url(), "href", href, "class", "url");
        } else {
            blocks.inline(p.content());
        }
    }

    private static List<Block> noteContent(Note note) {
        if (!note.content().isEmpty()) return note.content();
        if (note.kind() == Note.Kind.LINK) return List.of(new Block.Paragraph(List.of(new Inline.Text(note.url()))));
        return List.of();
    }

    private static void backLinks(HtmlWriter w, RenderState s, List<String> occurrences, String label) {
        for (int i = 0; i < occurrences.size(); i++) {
            String occurrence = occurrences.get(i);
            String document = occurrence.substring(0, occurrence.indexOf('#'));
            String arrow = occurrences.size() == 1 ? "↩" : "↩" + (i + 1);
            w.text(" ").element("a", arrow, "href", s.href(document, anchor(occurrence)), "role", "doc-backlink",
                    "class", "backlink", "aria-label", label + (occurrences.size() == 1 ? "" : " " + (i + 1)));
        }
    }

    private static String anchor(String occurrence) {
        return occurrence.substring(occurrence.indexOf('#') + 1);
    }

    private static void section(HtmlWriter w, RenderState s, String id, String heading, String role, String epubType) {
        String sectionId = s.generatedId(id);
        if (s.epub() && epubType != null) {
            w.open("section", "id", sectionId, "class", id, "epub:type", epubType, "role", role);
        } else {
            w.open("section", "id", sectionId, "class", id, "role", role);
        }
        w.newline().element("h2", heading, s.labelled()).newline();
    }

    private String source(Metadata m, RenderContext ctx, RenderState state) {
        return write(state, (w, s) -> {
            Labels l = s.labels;
            section(w, s, "source", l.source(), null, null);
            w.open("dl", "class", "source").newline();
            String href = Urls.safeHref(m.url());
            if (href != null) {
                w.element("dt", l.address(), s.labelled()).open("dd").element("a", href, "href", href).close("dd").newline();
            } else if (present(m.url())) {
                fact(w, s, l.address(), m.url());
            }
            if (present(m.siteName())) fact(w, s, l.site(), m.siteName());
            if (present(m.publisher()) && !m.publisher().equals(m.siteName())) fact(w, s, l.publisher(), m.publisher());
            if (!m.authors().isEmpty()) fact(w, s, m.authors().size() == 1 ? l.author() : l.authors(), joinNames(m.authors(), l.and()));
            if (present(m.published())) fact(w, s, l.published(), m.published());
            if (present(m.modified())) fact(w, s, l.updated(), m.modified());
            if (present(m.captured())) fact(w, s, l.captured(), m.captured());
            fact(w, s, l.converted(), DateTimeFormatter.ISO_INSTANT.format(ctx.converted()));
            w.close("dl").newline().close("section").newline();
        });
    }

    private static void fact(HtmlWriter w, RenderState s, String term, String value) {
        w.element("dt", term, s.labelled()).element("dd", value).newline();
    }

    private String comments(List<Comment> comments, RenderState state) {
        if (comments.isEmpty()) return "";
        return write(state, (w, s) -> {
            section(w, s, "comments", s.labels.comments(), null, null);
            BlockWriter blocks = new BlockWriter(w, s);
            for (Comment c : comments) {
                w.open("article", "class", "comment").newline();
                List<String> meta = new ArrayList<>();
                if (present(c.author())) meta.add(c.author());
                if (present(c.date())) meta.add(c.date());
                if (!meta.isEmpty()) w.element("p", String.join(" · ", meta), "class", "comment-meta").newline();
                blocks.write(c.content());
                w.close("article").newline();
            }
            w.close("section").newline();
        });
    }

    /** The images of {@code media} as the standalone page shows them, per {@code mode}. */
    public static ImageSource images(Media media, HtmlOptions.ImageMode mode) {
        return switch (mode) {
            case NONE -> ImageSource.none();
            case LINK -> src -> Optional.ofNullable(Urls.safeHref(src))
                    .map(href -> {
                        Optional<Media.Item> item = media.get(src);
                        return new ImageSource.ImageRef(href, item.map(Media.Item::width).orElse(0),
                                item.map(Media.Item::height).orElse(0));
                    });
            case EMBED -> src -> media.get(src)
                    .filter(item -> DISPLAYABLE.contains(item.mediaType().toLowerCase(Locale.ROOT)))
                    .map(item -> new ImageSource.ImageRef(
                            "data:" + item.mediaType().toLowerCase(Locale.ROOT) + ";base64,"
                                    + Base64.getEncoder().encodeToString(item.bytes()),
                            item.width(), item.height()));
        };
    }

    /** The title to show: the article's, else a placeholder, never blank. */
    public static String displayTitle(Metadata m) {
        String t = HtmlWriter.clean(m.title()).strip();
        if (!t.isEmpty()) return t;
        return Labels.forLanguage(m.language()).untitled();
    }

    /** {@code tag} when it is a well-formed BCP 47 language tag, else "und" (undetermined). */
    public static String language(String tag) {
        if (tag == null) return "und";
        String t = tag.trim().replace('_', '-');
        return t.length() <= 35 && LANGUAGE_TAG.matcher(t).matches() ? t : "und";
    }

    /** "rtl" or "ltr" from the metadata's direction, else null (leave it to the reader). */
    public static String direction(String dir) {
        if (dir == null) return null;
        String d = dir.trim().toLowerCase(Locale.ROOT);
        return d.equals("rtl") || d.equals("ltr") ? d : null;
    }

    /** "A", "A and B", "A, B and C", with {@code and} in the document's language. */
    public static String joinNames(List<String> names, String and) {
        List<String> clean = names.stream().map(n -> HtmlWriter.clean(n).strip()).filter(n -> !n.isEmpty()).toList();
        if (clean.size() <= 1) return clean.isEmpty() ? "" : clean.get(0);
        return String.join(", ", clean.subList(0, clean.size() - 1)) + " " + and + " " + clean.get(clean.size() - 1);
    }

    private static boolean present(String s) {
        return s != null && !HtmlWriter.clean(s).isBlank();
    }

    /** The reader view's stylesheet (a resource of this package). */
    public static String readerCss() {
        String css = readerCss;
        if (css == null) {
            try (InputStream in = HtmlRenderer.class.getResourceAsStream("reader.css")) {
                if (in == null) throw new IllegalStateException("reader.css missing from the class path");
                css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            readerCss = css;
        }
        return css;
    }
}
