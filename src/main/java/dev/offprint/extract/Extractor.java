package dev.offprint.extract;

import dev.offprint.diag.OffprintException;
import dev.offprint.source.Page;

/**
 * Reads a {@link Page} into an {@link dev.offprint.model.Article}: locates the article, drops the
 * boilerplate, converts the DOM to the model, reads metadata, references, notes and comments.
 */
public final class Extractor {

    /**
     * Extracts the article of {@code page}.
     *
     * @throws OffprintException with code {@code no-article} when the page has no article text
     */
    public Extraction extract(Page page) {
        throw new OffprintException("no-article", "extraction is not built yet");
    }
}
