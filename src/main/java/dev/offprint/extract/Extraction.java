package dev.offprint.extract;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import java.util.List;

/** The result of extraction: the article and what extraction has to say about it. */
public record Extraction(Article article, List<Diagnostic> diagnostics) {
    public Extraction { diagnostics = List.copyOf(diagnostics); }
}
