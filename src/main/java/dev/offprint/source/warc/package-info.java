/**
 * Web archives as inputs: reading WARC and WARC.gz files record by record (jwarc lives here and
 * nowhere else), turning HTML {@code response} and {@code resource} records into
 * {@link dev.offprint.source.Page}s and serving the archive's image records to the
 * {@link dev.offprint.source.ResourceLoader}, so an archived page's images never come from the
 * live web.
 */
package dev.offprint.source.warc;
