package dev.offprint.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What became of one input: {@link Ok}, {@link Partial} (written, but something the page had could
 * not be rendered), {@link Failed} or {@link Skipped}. Every input of a run gets exactly one.
 */
public sealed interface Outcome {

    /** The item's id in the report: its output base name (unique in the run). */
    String id();

    /** The input as the user gave it (or as found in a directory). */
    String source();

    /** Outputs written, in format order. */
    List<Output> outputs();

    /** Warnings as {@code code: message}. */
    List<String> warnings();

    /** Wall-clock time spent on the item. */
    long ms();

    /** The report's status word. */
    default String status() {
        if (this instanceof Ok) return "ok";
        if (this instanceof Partial) return "partial";
        if (this instanceof Failed) return "failed";
        return "skipped";
    }

    /** {@code code: message} for failed and skipped items, else null. */
    default String reason() {
        if (this instanceof Failed f) return f.code() + ": " + f.message();
        if (this instanceof Skipped s) return s.code() + ": " + s.message();
        return null;
    }

    /** One file written: where, its SHA-256 (hex) and its size. */
    record Output(Path path, String sha256, long bytes) {
        public Output { Objects.requireNonNull(path, "path"); Objects.requireNonNull(sha256, "sha256"); }
    }

    /** Every output written; warnings allowed (an image not available offline, say). */
    record Ok(String id, String source, List<Output> outputs, List<String> warnings, long ms) implements Outcome {
        public Ok { outputs = List.copyOf(outputs); warnings = List.copyOf(warnings); }
    }

    /** Every output written, but something the page had could not be rendered. */
    record Partial(String id, String source, List<Output> outputs, List<String> warnings, long ms) implements Outcome {
        public Partial { outputs = List.copyOf(outputs); warnings = List.copyOf(warnings); }
    }

    /**
     * The item failed: {@code code} is the reason code ("not-found", "not-html", "no-article",
     * "timeout", ...), {@code message} says it in words. Outputs written before the failure stay.
     */
    record Failed(String id, String source, String code, String message, List<Output> outputs, List<String> warnings, long ms)
            implements Outcome {
        public Failed {
            Objects.requireNonNull(code, "code");
            message = message == null ? "" : message;
            outputs = List.copyOf(outputs);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Deliberately not converted, with a reason code ("not-html", "empty", ...) and words: a file a
     * folder search found that is no web page. (A file the user named explicitly fails instead.)
     */
    record Skipped(String id, String source, String code, String message, long ms) implements Outcome {
        public Skipped {
            Objects.requireNonNull(code, "code");
            message = message == null ? "" : message;
        }

        public List<Output> outputs() { return List.of(); }
        public List<String> warnings() { return List.of(); }
    }
}
