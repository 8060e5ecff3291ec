package dev.offprint.render.pdf.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Frank Liang's hyphenation (the TeX algorithm): patterns of letters with digits between them
 * give, for every gap in a word, the highest digit of the patterns that match there; odd means a
 * hyphen may go there. Only the letters of a word are hyphenated (leading and trailing punctuation
 * is kept aside); words with digits or inner punctuation are left whole. At least {@code leftMin}
 * letters stay before a hyphen and {@code rightMin} after it.
 */
public final class LiangHyphenator implements Hyphenator {

    private final Map<String, byte[]> patterns = new HashMap<>();
    /**
     * The hash codes of every proper prefix of a pattern, in an open-addressing table: the scan at
     * a position stops as soon as the letters from there are no pattern's beginning, rather than
     * trying every length up to the longest pattern. Hashes rather than strings keep it small (for
     * the 77,000 German patterns about 4 MB, against 24 MB as a set of strings); two strings
     * sharing a hash only make the scan go on a step longer, never change the result.
     */
    private int[] prefixHashes;
    private boolean prefixHashZero;
    private final int leftMin;
    private final int rightMin;
    private int maxLength;

    /** Builds from patterns such as {@code .ach4} or {@code 4b1l}; later duplicates keep the higher digits. */
    public LiangHyphenator(List<String> patternList, int leftMin, int rightMin) {
        this.leftMin = Math.max(1, leftMin);
        this.rightMin = Math.max(1, rightMin);
        IntList hashes = new IntList();
        for (String p : patternList) add(p, hashes);
        buildPrefixTable(hashes);
    }

    /** A growable list of ints, for the prefix hashes while the patterns are read. */
    private static final class IntList {
        int[] a = new int[1024];
        int n;

        void add(int v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }
    }

    private void buildPrefixTable(IntList hashes) {
        int[] sorted = java.util.Arrays.copyOf(hashes.a, hashes.n);
        java.util.Arrays.sort(sorted);
        int unique = 0;
        for (int k = 0; k < sorted.length; k++) if (k == 0 || sorted[k] != sorted[k - 1]) sorted[unique++] = sorted[k];
        // at most half full, so that probes stay short
        int size = Integer.highestOneBit(Math.max(16, unique * 2 - 1)) << 1;
        prefixHashes = new int[size];
        for (int k = 0; k < unique; k++) {
            int h = sorted[k];
            if (h == 0) { prefixHashZero = true; continue; } // 0 marks an empty slot
            int i = mix(h) & (size - 1);
            while (prefixHashes[i] != 0 && prefixHashes[i] != h) i = (i + 1) & (size - 1);
            prefixHashes[i] = h;
        }
    }

    private boolean maybePrefix(String s) {
        int h = s.hashCode();
        if (h == 0) return prefixHashZero;
        int mask = prefixHashes.length - 1;
        for (int i = mix(h) & mask; prefixHashes[i] != 0; i = (i + 1) & mask) if (prefixHashes[i] == h) return true;
        return false;
    }

    private static int mix(int h) { return h ^ (h >>> 16) ^ (h >>> 7); }

    private void add(String p, IntList prefixes) {
        StringBuilder letters = new StringBuilder();
        byte[] values = new byte[p.length() + 1];
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c >= '0' && c <= '9') values[letters.length()] = (byte) (c - '0');
            else letters.append(Character.toLowerCase(c));
        }
        if (letters.length() == 0) return;
        String key = letters.toString();
        byte[] v = java.util.Arrays.copyOf(values, key.length() + 1);
        byte[] old = patterns.get(key);
        if (old != null) for (int i = 0; i < v.length; i++) v[i] = (byte) Math.max(v[i], old[i]);
        patterns.put(key, v);
        maxLength = Math.max(maxLength, key.length());
        // String.hashCode of each prefix, computed as it grows (s[0]*31^(n-1) + ... + s[n-1])
        int h = 0;
        for (int k = 0; k < key.length() - 1; k++) {
            h = 31 * h + key.charAt(k);
            prefixes.add(h);
        }
    }

    /** How many patterns were loaded. */
    public int size() { return patterns.size(); }

    /** Words repeat: results are memoised, up to a bound so a hostile page cannot grow it without limit. */
    private static final int CACHE_LIMIT = 50_000;
    private final java.util.concurrent.ConcurrentHashMap<String, int[]> cache = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public int[] points(String word) {
        if (word.length() > 64) return compute(word);
        int[] hit = cache.get(word);
        if (hit != null) return hit.clone();
        int[] r = compute(word);
        if (cache.size() < CACHE_LIMIT) cache.put(word, r.clone());
        return r;
    }

    private int[] compute(String word) {
        int start = 0, end = word.length();
        while (start < end && !Character.isLetter(word.charAt(start))) start++;
        while (end > start && !Character.isLetter(word.charAt(end - 1))) end--;
        int n = end - start;
        if (n < leftMin + rightMin) return new int[0];
        for (int i = start; i < end; i++) if (!Character.isLetter(word.charAt(i))) return new int[0];
        String core = word.substring(start, end).toLowerCase(Locale.ROOT);
        if (core.length() != n) return new int[0];
        String w = "." + core + ".";
        byte[] points = new byte[w.length() + 1];
        for (int i = 0; i < w.length(); i++) {
            for (int j = i + 1; j <= Math.min(w.length(), i + maxLength); j++) {
                String sub = w.substring(i, j);
                byte[] v = patterns.get(sub);
                if (v == null) {
                    if (!maybePrefix(sub)) break;
                    continue;
                }
                for (int m = 0; m < v.length; m++) if (v[m] > points[i + m]) points[i + m] = v[m];
            }
        }
        int[] out = new int[n];
        int count = 0;
        for (int k = leftMin; k <= n - rightMin; k++) {
            if ((points[k + 1] & 1) == 1) out[count++] = start + k;
        }
        return java.util.Arrays.copyOf(out, count);
    }
}
