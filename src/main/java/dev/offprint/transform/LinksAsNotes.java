package dev.offprint.transform;

import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Block.Paragraph;
import dev.offprint.model.Inline;
import dev.offprint.model.Inline.Link;
import dev.offprint.model.Inline.NoteRef;
import dev.offprint.model.Inline.Text;
import dev.offprint.model.Note;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes every web link of the body followable on paper: after each {@code http}, {@code https} or
 * {@code mailto} {@link Link} it appends a {@link NoteRef} to a link {@link Note} ({@link Note.Kind#LINK})
 * holding the URL. One note per distinct URL: a repeated URL reuses its note (and so its number).
 * Then it orders {@link Article#notes()} by first reference, footnotes and link notes together,
 * since renderers number notes by position; notes nothing refers to go last, in their old order.
 *
 * <p>Inside footnotes it prints the URL inline, {@code text (https://…)}, instead of making a
 * note of a note (pandoc#665: nested notes cannot be typeset). A link whose visible text already
 * is its URL gets no note: printing the URL twice helps nobody. Running it twice changes nothing:
 * a link already followed by a reference to a link note is left alone.
 *
 * <p>Used for the formats where {@code Format.linkNotes()} holds (PDF, EPUB).
 */
public final class LinksAsNotes implements Transform {

    /** Prefix of the ids of the notes this transform makes: {@code link-1}, {@code link-2}, ... */
    static final String ID_PREFIX = "link-";

    @Override
    public Article apply(Article article) {
        Map<String, Note> byId = new HashMap<>();
        Map<String, String> idByUrl = new LinkedHashMap<>();
        for (Note n : article.notes()) {
            byId.put(n.id(), n);
            if (n.kind() == Note.Kind.LINK) idByUrl.putIfAbsent(n.url(), n.id());
        }
        // ids share one space in HTML and EPUB: new note ids also avoid heading and reference ids
        Set<String> otherIds = new HashSet<>();
        for (dev.offprint.model.Reference r : article.references()) otherIds.add(r.id());
        ModelWalk.forEachNode(article.body(), node -> {
            if (node instanceof Block.Heading h && !h.id().isEmpty()) otherIds.add(h.id());
        });
        List<Note> made = new ArrayList<>();
        int[] counter = {0};

        ModelWalk.Rewriter body = new ModelWalk.Rewriter() {
            @Override
            protected List<Inline> onInlines(List<Inline> in) {
                List<Inline> out = new ArrayList<>(in.size() + 2);
                for (int i = 0; i < in.size(); i++) {
                    Inline node = in.get(i);
                    out.add(node);
                    if (!(node instanceof Link link) || !printable(link) || selfDescribing(link)) continue;
                    if (i + 1 < in.size() && in.get(i + 1) instanceof NoteRef next
                            && byId.containsKey(next.noteId()) && byId.get(next.noteId()).kind() == Note.Kind.LINK) {
                        continue; // already annotated (the transform ran before)
                    }
                    String id = idByUrl.get(link.target());
                    if (id == null) {
                        do { id = ID_PREFIX + (++counter[0]); } while (byId.containsKey(id) || otherIds.contains(id));
                        Note note = new Note(id, Note.Kind.LINK,
                                List.of(new Paragraph(List.of(new Text(link.target())))), link.target());
                        byId.put(id, note);
                        idByUrl.put(link.target(), id);
                        made.add(note);
                    }
                    out.add(new NoteRef(id));
                }
                return out;
            }
        };
        ModelWalk.Rewriter inNotes = new ModelWalk.Rewriter() {
            @Override
            protected List<Inline> onInlines(List<Inline> in) {
                List<Inline> out = new ArrayList<>(in.size() + 2);
                for (int i = 0; i < in.size(); i++) {
                    Inline node = in.get(i);
                    out.add(node);
                    if (node instanceof Link link && printable(link) && !selfDescribing(link)
                            && !(i + 1 < in.size() && in.get(i + 1) instanceof Text t && t.text().contains(link.target()))) {
                        out.add(new Text(" (" + link.target() + ")"));
                    }
                }
                return out;
            }
        };

        List<Block> newBody = body.blocks(article.body());
        List<Note> notes = new ArrayList<>(article.notes().size() + made.size());
        for (Note n : article.notes()) {
            notes.add(n.kind() == Note.Kind.FOOTNOTE
                    ? new Note(n.id(), n.kind(), inNotes.blocks(n.content()), n.url()) : n);
        }
        notes.addAll(made);
        return article.withBody(newBody).withNotes(orderByFirstReference(newBody, notes));
    }

    /** True for the schemes a reader can follow from paper: http, https, mailto (case-insensitive). */
    static boolean printable(Link link) {
        String t = link.target().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("mailto:");
    }

    /** True when the link's visible text already shows its target (with or without the scheme). */
    static boolean selfDescribing(Link link) {
        String text = ModelWalk.plainText(link.content()).strip();
        if (text.isEmpty()) return false;
        String target = link.target();
        String bare = target.replaceFirst("(?i)^(https?://|mailto:)", "");
        return text.equals(target) || text.equals(bare) || text.equals(stripSlash(bare));
    }

    private static String stripSlash(String s) { return s.endsWith("/") ? s.substring(0, s.length() - 1) : s; }

    /**
     * Notes in order of first reference: the body first, then (breadth-first) notes referred to only
     * from other notes, then the notes nothing refers to, each group keeping its relative order.
     */
    static List<Note> orderByFirstReference(List<Block> body, List<Note> notes) {
        Map<String, Note> byId = new LinkedHashMap<>();
        for (Note n : notes) byId.putIfAbsent(n.id(), n);
        Set<String> ordered = new LinkedHashSet<>();
        Deque<List<Block>> todo = new ArrayDeque<>();
        todo.add(body);
        while (!todo.isEmpty()) {
            List<Block> blocks = todo.poll();
            List<String> found = new ArrayList<>();
            ModelWalk.forEachNode(blocks, node -> {
                if (node instanceof NoteRef r && byId.containsKey(r.noteId())) found.add(r.noteId());
            });
            for (String id : found) {
                if (ordered.add(id)) todo.add(byId.get(id).content());
            }
        }
        Set<String> seen = new HashSet<>(ordered);
        List<Note> out = new ArrayList<>(notes.size());
        for (String id : ordered) out.add(byId.get(id));
        for (Note n : notes) if (seen.add(n.id())) out.add(n);
        return out;
    }
}
