package dev.offprint.render.epub;

import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.domain.TOCReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one class that touches epub4j: it keeps the book being assembled in epub4j's model (resources,
 * spine, table of contents, Dublin Core metadata) and reads it back as offprint's own plain values
 * for the package writer. epub4j's own writer is never used: it writes EPUB 2 with an empty guide,
 * hides failed resources as empty entries and lets control characters into the OPF (HOSTILE 2).
 */
final class BookAdapter {

    /** A manifest item as the package writer sees it. */
    record Item(String id, String href, String mediaType, String properties, byte[] data) {}

    /** A table-of-contents entry: label, href (with fragment) and children. */
    record TocNode(String title, String href, List<TocNode> children) {
        TocNode { children = List.copyOf(children); }
    }

    /** A spine entry. */
    record SpineItem(String id, boolean linear) {}

    private final Book book = new Book();
    /** epub4j keeps resources in a hash map; the manifest keeps insertion order. */
    private final List<String> order = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();

    /** Adds a resource; {@code href} is relative to the package document and always offprint's own name. */
    void add(String id, String href, String mediaType, String props, byte[] data) {
        if (book.getResources().containsId(id) || book.getResources().containsByHref(href)) {
            throw new IllegalStateException("duplicate resource " + id + " " + href);
        }
        String extension = href.substring(href.lastIndexOf('.'));
        Resource r = new Resource(id, data, href, new MediaType(mediaType, extension));
        book.getResources().add(r);
        order.add(id);
        if (props != null && !props.isEmpty()) properties.put(id, props);
    }

    void addToSpine(String id, boolean linear) {
        book.getSpine().addSpineReference(new SpineReference(resource(id), linear));
    }

    void insertIntoSpine(int index, String id, boolean linear) {
        List<SpineReference> refs = new ArrayList<>(book.getSpine().getSpineReferences());
        refs.add(index, new SpineReference(resource(id), linear));
        book.getSpine().setSpineReferences(refs);
    }

    /** Adds a top-level table-of-contents entry (with its children) pointing into resource {@code id}. */
    void addToc(TocNode node) {
        book.getTableOfContents().addTOCReference(toReference(node));
    }

    private TOCReference toReference(TocNode node) {
        String href = node.href();
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? null : href.substring(hash + 1);
        Resource r = book.getResources().getByHref(file);
        if (r == null) throw new IllegalStateException("toc entry points at no resource: " + href);
        List<TOCReference> children = new ArrayList<>();
        for (TocNode child : node.children()) children.add(toReference(child));
        return new TOCReference(node.title(), r, fragment, children);
    }

    void identifier(String value) {
        Identifier id = new Identifier(Identifier.Scheme.UUID, value);
        id.setBookId(true);
        book.getMetadata().addIdentifier(id);
    }

    void title(String title) { book.getMetadata().addTitle(title); }

    void author(String name) {
        // epub4j splits names into first and last; keep the whole name in one field, unsplit
        book.getMetadata().addAuthor(new Author("", name));
    }

    void language(String tag) { book.getMetadata().setLanguage(tag); }

    void publisher(String name) { book.getMetadata().addPublisher(name); }

    void description(String text) { book.getMetadata().addDescription(text); }

    void subject(String subject) {
        List<String> subjects = new ArrayList<>(book.getMetadata().getSubjects());
        subjects.add(subject);
        book.getMetadata().setSubjects(subjects);
    }

    // ---- read back, as plain values, for the package writer ----

    String identifier() { return book.getMetadata().getIdentifiers().get(0).getValue(); }

    List<String> titles() { return List.copyOf(book.getMetadata().getTitles()); }

    List<String> authors() {
        return book.getMetadata().getAuthors().stream().map(Author::getLastname).toList();
    }

    String language() { return book.getMetadata().getLanguage(); }

    List<String> publishers() { return List.copyOf(book.getMetadata().getPublishers()); }

    List<String> descriptions() { return List.copyOf(book.getMetadata().getDescriptions()); }

    List<String> subjects() { return List.copyOf(book.getMetadata().getSubjects()); }

    List<Item> manifest() {
        List<Item> items = new ArrayList<>();
        for (String id : order) {
            Resource r = resource(id);
            items.add(new Item(id, r.getHref(), r.getMediaType().getName(), properties.get(id), data(r)));
        }
        return items;
    }

    List<SpineItem> spine() {
        List<SpineItem> items = new ArrayList<>();
        for (SpineReference ref : book.getSpine().getSpineReferences()) {
            items.add(new SpineItem(ref.getResource().getId(), ref.isLinear()));
        }
        return items;
    }

    List<TocNode> toc() {
        List<TocNode> nodes = new ArrayList<>();
        for (TOCReference ref : book.getTableOfContents().getTocReferences()) nodes.add(fromReference(ref));
        return nodes;
    }

    private static TocNode fromReference(TOCReference ref) {
        List<TocNode> children = new ArrayList<>();
        for (TOCReference child : ref.getChildren()) children.add(fromReference(child));
        return new TocNode(ref.getTitle(), ref.getCompleteHref(), children);
    }

    private Resource resource(String id) {
        Resource r = book.getResources().getById(id);
        if (r == null) throw new IllegalStateException("no resource " + id);
        return r;
    }

    private static byte[] data(Resource r) {
        try {
            byte[] data = r.getData();
            // never write an empty entry silently, as epub4j's writer does (HOSTILE 2)
            if (data == null || data.length == 0) throw new IllegalStateException("empty resource " + r.getHref());
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
