/**
 * Network fetching for {@code --allow-network} only: an address policy that denies every private,
 * loopback, link-local and special address in all its spellings, and an HTTP client that resolves a
 * host once, connects to the checked address, follows redirects itself with the policy re-checked at
 * every hop, and holds time and decoded-size limits (HOSTILE.md (d)).
 */
package dev.offprint.source.net;
