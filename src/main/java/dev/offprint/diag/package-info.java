/** Diagnostics (warnings as values) and the failure type that stages throw. Depends on nothing. */
package dev.offprint.diag;
