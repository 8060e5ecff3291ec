package dev.offprint.render.html;

/**
 * One heading of the rendered body, for a table of contents: its level (1–6), the id written on it
 * (unique, XML-safe) and its plain text.
 */
public record OutlineEntry(int level, String id, String text) {}
