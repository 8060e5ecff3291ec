package dev.offprint.diag;

import java.util.Objects;

/**
 * A warning or note about one article, as a value (never a log line): the batch report and the CLI
 * print these. {@code code} is a short kebab-case word ("image-missing", "glyph-substituted").
 */
public record Diagnostic(Severity severity, String code, String message) {

    public enum Severity { INFO, WARNING }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
    }

    public static Diagnostic warning(String code, String message) { return new Diagnostic(Severity.WARNING, code, message); }

    public static Diagnostic info(String code, String message) { return new Diagnostic(Severity.INFO, code, message); }

    /** The report's form: {@code code: message}. */
    @Override public String toString() { return code + ": " + message; }
}
