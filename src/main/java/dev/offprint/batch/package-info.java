/**
 * The pipeline over many inputs ({@link dev.offprint.batch.BatchJob}): input expansion, output
 * naming, read -> extract -> transform -> load images -> render -> atomic write per item, with one
 * {@link dev.offprint.batch.Outcome} per item, bounded parallelism, per-item time limits, and the
 * {@code report.jsonl} batch report.
 *
 * <p>Depends on {@code source}, {@code extract}, {@code transform}, {@code render.*}, {@code model},
 * {@code diag} and jackson-core (for the report). Must not import picocli: the command line is
 * {@code cli}'s, and it talks to this package through {@link dev.offprint.batch.ConvertRequest}.
 */
package dev.offprint.batch;
