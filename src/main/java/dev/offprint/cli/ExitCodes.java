package dev.offprint.cli;

/** The process exit codes (DESIGN.md), in one place. */
public final class ExitCodes {

    /** Every input converted (warnings allowed). */
    public static final int OK = 0;

    /** At least one input failed; the others were converted. */
    public static final int SOME_FAILED = 1;

    /** The command line is wrong: an unknown option or format, no inputs. Nothing was done. */
    public static final int USAGE = 2;

    /** The run itself failed: the output folder cannot be created or written. */
    public static final int RUN_FAILED = 3;

    private ExitCodes() {}
}
