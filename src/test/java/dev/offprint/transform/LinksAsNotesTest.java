package dev.offprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Block.ListBlock;
import dev.offprint.model.Block.Paragraph;
import dev.offprint.model.ExtractionInfo;
import dev.offprint.model.Inline;
import dev.offprint.model.Inline.Emphasis;
import dev.offprint.model.Inline.Link;
import dev.offprint.model.Inline.NoteRef;
import dev.offprint.model.Inline.Text;
import dev.offprint.model.KitchenSink;
import dev.offprint.model.Metadata;
import dev.offprint.model.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Model in, model out: each test states the article before and the article expected after. */
class LinksAsNotesTest {

    private static Article article(List<Block> body, List<Note> notes) {
        return new Article(Metadata.empty(), body, List.of(), notes, List.of(), ExtractionInfo.unknown());
    }

    private static Paragraph p(Inline... in) { return new Paragraph(List.of(in)); }

    private static Link link(String url, String text) { return new Link(url, "", List.of(new Text(text))); }

    private static Note linkNote(String id, String url) {
        return new Note(id, Note.Kind.LINK, List.of(p(new Text(url))), url);
    }

    private static Note footnote(String id, Inline... in) { return new Note(id, Note.Kind.FOOTNOTE, List.of(p(in)), null); }

    @Test
    void eachWebLinkGetsANoteAndARepeatedUrlReusesIt() {
        Article in = article(List.of(
                p(new Text("See "), link("https://a.org/x", "this"), new Text(" and "), link("mailto:me@b.org", "me")),
                p(link("https://a.org/x", "again"), new Text(", "), link("HTTP://C.ORG/", "shout"))), List.of());
        Article expected = article(List.of(
                p(new Text("See "), link("https://a.org/x", "this"), new NoteRef("link-1"), new Text(" and "),
                        link("mailto:me@b.org", "me"), new NoteRef("link-2")),
                p(link("https://a.org/x", "again"), new NoteRef("link-1"), new Text(", "),
                        link("HTTP://C.ORG/", "shout"), new NoteRef("link-3"))),
                List.of(linkNote("link-1", "https://a.org/x"), linkNote("link-2", "mailto:me@b.org"),
                        linkNote("link-3", "HTTP://C.ORG/")));
        assertEquals(expected, new LinksAsNotes().apply(in));
    }

    @Test
    void linksThatPaperCannotFollowOrThatShowTheirUrlGetNoNote() {
        Article in = article(List.of(p(link("#section-2", "below"), link("javascript:alert(1)", "js"),
                link("ftp://f.org/file", "ftp"), link("https://d.org/", "d.org"), link("https://e.org/p", "https://e.org/p"))),
                List.of());
        assertEquals(in, new LinksAsNotes().apply(in));
    }

    @Test
    void linksInsideFootnotesPrintTheirUrlInlineInsteadOfNestingNotes() {
        Article in = article(List.of(p(new Text("Claim"), new NoteRef("fn-1"))),
                List.of(footnote("fn-1", new Text("See "), link("https://src.org/paper", "the paper"), new Text("."))));
        Article expected = article(List.of(p(new Text("Claim"), new NoteRef("fn-1"))),
                List.of(footnote("fn-1", new Text("See "), link("https://src.org/paper", "the paper"),
                        new Text(" (https://src.org/paper)"), new Text("."))));
        assertEquals(expected, new LinksAsNotes().apply(in));
    }

    @Test
    void notesAreOrderedByFirstReferenceWithUnreferencedFootnotesLast() {
        Article in = article(List.of(
                p(new Text("a"), new NoteRef("fn-2"), link("https://x.org/", "x")),
                new ListBlock(false, 1, List.of(List.of(p(new Emphasis(List.of(new NoteRef("fn-1")))))))),
                List.of(footnote("fn-1", new Text("one"), new NoteRef("fn-3")), footnote("fn-2", new Text("two")),
                        footnote("fn-3", new Text("three, only from fn-1")), footnote("orphan", new Text("never cited"))));
        List<String> ids = new LinksAsNotes().apply(in).notes().stream().map(Note::id).toList();
        assertEquals(List.of("fn-2", "link-1", "fn-1", "fn-3", "orphan"), ids);
    }

    @Test
    void newNoteIdsNeverCollideWithTheArticlesOwn() {
        Article in = article(List.of(p(new NoteRef("link-1"), link("https://y.org/", "y"))),
                List.of(footnote("link-1", new Text("the page's own note called link-1"))));
        Article out = new LinksAsNotes().apply(in);
        assertEquals(List.of("link-1", "link-2"), out.notes().stream().map(Note::id).toList());
        assertEquals(Note.Kind.FOOTNOTE, out.notes().get(0).kind());
        assertEquals("https://y.org/", out.notes().get(1).url());
    }

    @Test
    void newNoteIdsAvoidHeadingIds() {
        Article in = article(List.of(new Block.Heading(2, List.of(new Text("Link 1")), "link-1"), p(link("https://z.org/", "z"))),
                List.of());
        assertEquals("link-2", new LinksAsNotes().apply(in).notes().get(0).id());
    }

    @Test
    void runningTwiceChangesNothingMore() {
        Article in = article(List.of(p(link("https://a.org/", "a"), new Text(" "), link("https://b.org/", "b"))),
                List.of(footnote("fn", link("https://c.org/", "c"))));
        Article once = new LinksAsNotes().apply(in);
        assertEquals(once, new LinksAsNotes().apply(once));
        // the kitchen sink is already annotated the way this transform leaves an article
        assertEquals(KitchenSink.article(), new LinksAsNotes().apply(KitchenSink.article()));
    }

    @Test
    void aModelDeeperThanTheBoundDoesNotOverflowTheStack() {
        Inline deep = link("https://deep.org/", "deep");
        for (int i = 0; i < 100_000; i++) deep = new Emphasis(List.of(deep));
        Article in = article(List.of(p(link("https://top.org/", "top"), deep)), List.of());
        Article out = new LinksAsNotes().apply(in);
        assertEquals("https://top.org/", out.notes().get(0).url());
        // below the bound the subtree is kept as it was: the deep link gets no note (and nothing overflows)
        assertEquals(1, out.notes().size());
        assertEquals(3, ((Paragraph) out.body().get(0)).content().size());
    }
}
