/**
 * The one place XML parsers are made: hardened against XXE and entity expansion (HOSTILE.md
 * finding 6, H19–H20), and the filter that keeps written XML to legal characters (H18, H26).
 * JDK only, so every stage may use it.
 */
package dev.offprint.xml;
