package dev.offprint.model;

import java.util.List;

/** A reader comment, kept apart from the body. {@code author} and {@code date} are null when unknown. */
public record Comment(String author, String date, List<Block> content) {
    public Comment { content = List.copyOf(content); }
}
