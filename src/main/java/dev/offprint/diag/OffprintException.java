package dev.offprint.diag;

/**
 * A real failure of one input (not a bug): it cannot be read, is not HTML, has no article, exceeds a
 * limit. {@code code} is the report's reason code ("not-found", "not-html", "no-article",
 * "too-large", ...); the message names the reason in words. The CLI prints
 * {@code input: message} and maps the failure to exit code 1.
 */
public class OffprintException extends RuntimeException {

    private final String code;

    public OffprintException(String code, String message) {
        super(message);
        this.code = code;
    }

    public OffprintException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() { return code; }
}
