package dev.offprint.transform;

import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Block.Heading;
import dev.offprint.model.Note;
import dev.offprint.model.Reference;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives every heading of the body an id that is unique in the article and stable (derived from the
 * heading's text and its position among equal texts, never from the clock): "Side effects" becomes
 * {@code side-effects}, a second one {@code side-effects-2}. Headings that already have an id keep
 * it, except a later duplicate, which gets a suffix. Ids are ASCII {@code [a-z0-9-]} and start with
 * a letter, so they are valid in HTML, XHTML (EPUB) and as PDF named destinations.
 */
public final class AssignHeadingIds implements Transform {

    /** Longest slug kept before a uniqueness suffix; long headings are cut at a word boundary. */
    static final int MAX_SLUG = 60;

    @Override
    public Article apply(Article article) {
        Set<String> taken = new HashSet<>();
        // note and reference ids share the document's id space in HTML/EPUB output
        for (Note n : article.notes()) taken.add(n.id());
        for (Reference r : article.references()) taken.add(r.id());
        // first pass: ids the page gave, so that a generated slug never steals one further down
        Set<String> given = new HashSet<>();
        ModelWalk.forEachNode(article.body(), node -> {
            if (node instanceof Heading h && !h.id().isEmpty()) given.add(h.id());
        });
        ModelWalk.Rewriter rewriter = new ModelWalk.Rewriter() {
            @Override
            protected Block onHeading(Heading h) {
                String id = h.id();
                if (!id.isEmpty() && !taken.contains(id)) {
                    taken.add(id);
                    return h;
                }
                String base = id.isEmpty() ? slug(ModelWalk.plainText(h.content())) : id;
                String unique = base;
                for (int n = 2; taken.contains(unique) || given.contains(unique); n++) {
                    unique = base + "-" + n;
                }
                taken.add(unique);
                return new Heading(h.level(), h.content(), unique);
            }
        };
        return article.withBody(rewriter.blocks(article.body()));
    }

    /** The slug of a heading's text: lower-case ASCII letters and digits joined by single dashes. */
    static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue; // é -> e after NFKD
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (dash && sb.length() > 0) sb.append('-');
                dash = false;
                sb.append(Character.toLowerCase(c));
            } else if (c == '\'' || c == '\u2019') {
                // "Drug's" -> "drugs": apostrophes join, they do not separate
            } else {
                dash = true;
            }
        }
        String s = sb.toString();
        if (s.length() > MAX_SLUG) {
            int cut = s.lastIndexOf('-', MAX_SLUG);
            s = s.substring(0, cut > MAX_SLUG / 2 ? cut : MAX_SLUG);
        }
        if (s.isEmpty()) return "section"; // e.g. a heading in a script with no ASCII transliteration
        if (!Character.isLetter(s.charAt(0))) s = "h-" + s;
        return s.toLowerCase(Locale.ROOT);
    }
}
