package dev.offprint.transform;

import dev.offprint.model.Article;
import java.util.Objects;

/**
 * A pure rewrite of an {@link Article} into another: no I/O, no clock, same input gives the same
 * output. Content changes (ids, link notes) are transforms; presentation choices are renderer options.
 */
@FunctionalInterface
public interface Transform {

    /** Returns the rewritten article; {@code article} itself is never modified (the model is immutable). */
    Article apply(Article article);

    /** This transform, then {@code next}. */
    default Transform andThen(Transform next) {
        Objects.requireNonNull(next, "next");
        return a -> next.apply(apply(a));
    }
}
