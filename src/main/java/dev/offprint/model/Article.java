package dev.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * An article: the one model that every renderer reads.
 *
 * @param metadata   title, authors, dates, source
 * @param body       the article's content, in reading order
 * @param references the article's own bibliography (never link notes)
 * @param notes      footnotes and link notes, referred to by {@link Inline.NoteRef}
 * @param comments   reader comments, kept apart from the body
 * @param extraction how the content was found
 */
public record Article(
        Metadata metadata,
        List<Block> body,
        List<Reference> references,
        List<Note> notes,
        List<Comment> comments,
        ExtractionInfo extraction) {

    /** The json format's model version; bump when the catalogue changes. */
    public static final int MODEL_VERSION = 1;

    public Article {
        Objects.requireNonNull(metadata, "metadata");
        body = List.copyOf(body);
        references = List.copyOf(references);
        notes = List.copyOf(notes);
        comments = List.copyOf(comments);
        extraction = extraction == null ? ExtractionInfo.unknown() : extraction;
    }

    public Article withBody(List<Block> b) { return new Article(metadata, b, references, notes, comments, extraction); }
    public Article withNotes(List<Note> n) { return new Article(metadata, body, references, n, comments, extraction); }
    public Article withMetadata(Metadata m) { return new Article(m, body, references, notes, comments, extraction); }
}
