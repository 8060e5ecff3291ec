package dev.offprint.extract;

import dev.offprint.diag.Diagnostic;
import dev.offprint.diag.OffprintException;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Comment;
import dev.offprint.model.ExtractionInfo;
import dev.offprint.model.Inline;
import dev.offprint.model.Metadata;
import dev.offprint.model.Note;
import dev.offprint.model.Reference;
import dev.offprint.source.Page;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a {@link Page} into an {@link dev.offprint.model.Article}: locates the article, drops the
 * boilerplate, converts the DOM to the model, reads metadata, references, notes and comments.
 *
 * <p>The steps, in order: parse (jsoup, HTML parser, the page's base URI); read comments out of
 * the page; read metadata (and the visible byline and date lines it used); collect footnotes;
 * clean the page; locate the content (ContentLocator's ladder); detect the reference list; tidy
 * the content; convert it; normalise the outline. When a first pass finds too little text, it is
 * run again with the boilerplate filters relaxed (Readability's retry).
 */
public final class Extractor {

    /** Below this many characters of body text a pass is retried with gentler cleaning. */
    private static final int MIN_TEXT = 1000;
    /** Elements deeper than this are flattened to their text before anything else looks at them. */
    static final int MAX_DEPTH = 120;
    /** A page with more elements than this fails as too complex (HOSTILE.md (d), "DOM size"). */
    static final int MAX_ELEMENTS = 200_000;

    /**
     * Extracts the article of {@code page}.
     *
     * @throws OffprintException with code {@code no-article} when the page has no article text
     */
    public Extraction extract(Page page) {
        Document parsed = Parser.htmlParser().parseInput(page.html(), page.baseUri());
        if (Nodes.countElements(parsed, MAX_ELEMENTS + 1) > MAX_ELEMENTS) {
            throw new OffprintException("too-complex", page.label() + ": has more than " + MAX_ELEMENTS + " elements");
        }
        Nodes.flattenDeep(parsed, MAX_DEPTH);
        // Metadata, comments and bylines do not depend on a pass's flags: read them once, and let
        // every pass start from a copy of the page without them.
        Prepared prepared = prepare(page, parsed);
        Attempt best = null;
        // Pass 1 strips unlikely boxes, weighs class names and cleans conditionally; later passes relax that.
        boolean[][] passes = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
        for (boolean[] flags : passes) {
            Attempt a = attempt(prepared, prepared.doc.clone(), flags[0], flags[1], flags[2]);
            // A gentler pass replaces the first only when it finds far more text: the first pass's
            // filters are usually right, and a little text may be all the page has.
            if (best == null || a.textLength > 2 * best.textLength) best = a;
            if (best.textLength >= MIN_TEXT) break;
        }
        if (best.textLength == 0 && best.article.body().isEmpty()) {
            throw new OffprintException("no-article", page.label() + ": has no article text");
        }
        return new Extraction(best.article, best.diagnostics);
    }

    private record Attempt(Article article, List<Diagnostic> diagnostics, int textLength) {}

    /** The page with its comments and visible bylines taken out, and what was read from it. */
    private record Prepared(Document doc, Metadata metadata, Urls urls, List<Comment> comments) {}

    /** Reads metadata and comments out of {@code doc} (changing it): the steps every pass shares. */
    private static Prepared prepare(Page page, Document doc) {
        MetadataReader.Result meta0 = MetadataReader.read(doc, page.captured());
        Urls urls = new Urls(linkBase(page, meta0.metadata(), doc), page.baseUri(), page.folder());
        // The side converter's maps stay empty: comments are converted before notes or citations are known.
        DomConverter side = new DomConverter(urls, new IdentityHashMap<>(), new IdentityHashMap<>(), new ArrayList<>());
        int before = Nodes.countElements(doc, Integer.MAX_VALUE);
        List<Comment> comments = CommentReader.extract(doc, side);
        // Re-read after the comments are gone, so a commenter's name is never taken for the byline.
        // CommentReader only removes elements: with the count unchanged the page is unchanged, and
        // reading it again would give the same result.
        MetadataReader.Result meta = Nodes.countElements(doc, Integer.MAX_VALUE) == before ? meta0 : MetadataReader.read(doc, page.captured(), meta0);
        for (Element e : meta.bylines()) if (e.parent() != null && !insideProse(e)) e.remove();
        return new Prepared(doc, meta.metadata(), urls, comments);
    }

    private Attempt attempt(Prepared prepared, Document doc, boolean stripUnlikely, boolean weightClasses, boolean conditional) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Metadata metadata = prepared.metadata();
        Urls urls = prepared.urls();
        List<Comment> comments = prepared.comments();
        Map<Element, String> noteRefs = new IdentityHashMap<>();
        Map<Element, String> citationRefs = new IdentityHashMap<>();

        NoteCollector notes = NoteCollector.collect(doc);
        noteRefs.putAll(notes.pointers);

        Cleaner.prepare(doc, stripUnlikely);
        ContentLocator.Located located = ContentLocator.locate(doc, weightClasses);
        Element root = located.root();

        ReferenceListDetector refs = ReferenceListDetector.detect(root);
        if (refs.references.isEmpty()) refs = trailingReferences(root);
        citationRefs.putAll(refs.citationPointers);

        Cleaner.tidy(root, conditional);
        DomConverter converter = new DomConverter(urls, noteRefs, citationRefs, diagnostics);
        List<Block> body = converter.convert(root);
        body = Outline.normalise(body, metadata.title());

        List<Note> noteList = new ArrayList<>();
        Set<String> used = usedNotes(body);
        for (NoteCollector.Found f : notes.found()) {
            if (!used.contains(f.id())) continue;
            noteList.add(new Note(f.id(), Note.Kind.FOOTNOTE, converter.blocksOf(f.content()), null));
        }
        List<Reference> references = refs.references;
        if (metadata.title() == null) diagnostics.add(Diagnostic.info("metadata-missing", "no title found"));
        int textLength = textLength(body);
        Article article = new Article(metadata, body, references, noteList, comments,
                new ExtractionInfo(located.method(), textLength == 0 ? 0 : located.confidence()));
        return new Attempt(article, diagnostics, textLength);
    }

    /**
     * References that sit just after the located content (a citations box below the article's
     * container): look at the next siblings of the content and of its parents.
     */
    private static ReferenceListDetector trailingReferences(Element root) {
        Element at = root;
        for (int up = 0; up < 3 && at != null && at.parent() != null; up++, at = at.parent()) {
            Element sib = at.nextElementSibling();
            for (int k = 0; k < 3 && sib != null; k++, sib = sib.nextElementSibling()) {
                Element wrap = new Element("div");
                Element clone = sib.clone();
                wrap.appendChild(clone);
                ReferenceListDetector d = ReferenceListDetector.detect(wrap);
                if (!d.references.isEmpty()) {
                    // Detect again on the real element so its entries leave the page too.
                    return ReferenceListDetector.detect(sib);
                }
            }
        }
        return ReferenceListDetector.detect(new Element("div"));
    }

    /** Whether a byline element sits inside a paragraph that holds more than the byline (keep it then). */
    private static boolean insideProse(Element e) {
        Element block = e.closest("p, li, td, blockquote");
        if (block == null || block == e) return false;
        return e.text().length() < 0.6 * block.text().length();
    }

    /** Links resolve against the canonical web address when known, then a web {@code <base href>}, then the page. */
    private static String linkBase(Page page, Metadata metadata, Document doc) {
        if (metadata.url() != null) return metadata.url();
        Element base = doc.selectFirst("base[href]");
        if (base != null) {
            String b = base.attr("href").strip();
            if (b.matches("(?i)https?://.+")) return b;
        }
        return page.baseUri();
    }

    private static Set<String> usedNotes(List<Block> body) {
        Set<String> used = new LinkedHashSet<>();
        BlockTexts.visit(body, inline -> { if (inline instanceof Inline.NoteRef n) used.add(n.noteId()); });
        return used;
    }

    private static int textLength(List<Block> body) {
        int[] n = {0};
        BlockTexts.visit(body, inline -> {
            if (inline instanceof Inline.Text t) n[0] += t.text().length();
            else if (inline instanceof Inline.Code c) n[0] += c.text().length();
        });
        for (Block b : body) if (b instanceof Block.CodeBlock c) n[0] += c.text().length();
        return n[0];
    }
}
