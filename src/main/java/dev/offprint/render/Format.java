package dev.offprint.render;

import java.util.Locale;
import java.util.Optional;

/** The output formats: the one place mapping a format name to its file extension and media type. */
public enum Format {
    PDF("pdf", "application/pdf", true),
    EPUB("epub", "application/epub+zip", true),
    HTML("html", "text/html", false),
    JSON("json", "application/json", false),
    TXT("txt", "text/plain", false);

    private final String extension;
    private final String mediaType;
    private final boolean linkNotes;

    Format(String extension, String mediaType, boolean linkNotes) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.linkNotes = linkNotes;
    }

    public String extension() { return extension; }

    public String mediaType() { return mediaType; }

    /** True for the formats meant for paper and e-readers, which get every link as a numbered note. */
    public boolean linkNotes() { return linkNotes; }

    public static Optional<Format> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Format f : values()) if (f.extension.equals(n)) return Optional.of(f);
        return Optional.empty();
    }
}
