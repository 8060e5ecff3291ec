/**
 * The command line: picocli commands that only parse options, build a
 * {@link dev.offprint.batch.ConvertRequest}, hand it to {@link dev.offprint.batch.BatchJob} and
 * turn the result into messages and an exit code ({@link dev.offprint.cli.ExitCodes}).
 *
 * <p>The only package that imports picocli. Holds no conversion logic; prints only through
 * picocli's writers, so tests can capture everything.
 */
package dev.offprint.cli;
