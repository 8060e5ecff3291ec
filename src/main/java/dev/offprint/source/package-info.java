/**
 * The source stage: turns an input into a {@link dev.offprint.source.Page} — bounded reading
 * ({@link dev.offprint.source.FileSource}), the not-HTML check, and charset decoding in the WHATWG order
 * ({@link dev.offprint.source.Charsets}).
 *
 * <p>The only stage that reads input files. Must not import extract, render, batch or cli; charset
 * labels are mapped here and never passed raw to jsoup or the JDK.
 */
package dev.offprint.source;
