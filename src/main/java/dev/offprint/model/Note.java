package dev.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * A note of the article, pointed at by {@link Inline.NoteRef}s: either one of the page's own
 * footnotes ({@link Kind#FOOTNOTE}, content from the page), or a link note made by the link-notes
 * transform ({@link Kind#LINK}: {@code url} holds the link's target and {@code content} prints it).
 * Notes are numbered by their order in {@link Article#notes()}.
 */
public record Note(String id, Kind kind, List<Block> content, String url) {

    public enum Kind { FOOTNOTE, LINK }

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        content = List.copyOf(content);
        if (kind == Kind.LINK) Objects.requireNonNull(url, "url of a link note");
    }
}
