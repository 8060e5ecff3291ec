/**
 * The extract stage: reads a {@link dev.offprint.source.Page} into a {@link dev.offprint.model.Article}.
 *
 * <p>{@link dev.offprint.extract.Extractor} is the one public entry; the steps are package-private
 * classes: ContentLocator (the fallback ladder), Cleaner (boilerplate), DomConverter (one block and one
 * inline switchboard) with InlineBuilder (canonical inlines), MetadataReader and Dates, NoteCollector,
 * ReferenceListDetector (with {@link dev.offprint.extract.ReferenceParser}), CommentReader and Outline.
 * Every DOM walk is iterative or depth-bounded.
 *
 * <p>The only package that imports jsoup. Must not import render, batch or cli, and never reads files
 * or the network: a page's images and links are resolved, never fetched.
 */
package dev.offprint.extract;
