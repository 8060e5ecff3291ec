package dev.offprint.batch;

/** The run itself cannot go on (the output folder cannot be created or written): no item is tried. */
public final class RunFailure extends RuntimeException {
    public RunFailure(String message, Throwable cause) { super(message, cause); }
}
