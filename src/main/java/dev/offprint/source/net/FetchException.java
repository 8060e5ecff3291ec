package dev.offprint.source.net;

import java.io.IOException;

/**
 * A fetch that did not deliver, with a code: {@code blocked} (scheme or address policy),
 * {@code too-large} (decoded bytes over the cap), {@code timeout}, {@code failed} (anything else).
 */
public final class FetchException extends IOException {

    private final String code;

    public FetchException(String code, String message) {
        super(message);
        this.code = code;
    }

    public FetchException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** {@code blocked}, {@code too-large}, {@code timeout} or {@code failed}. */
    public String code() { return code; }
}
