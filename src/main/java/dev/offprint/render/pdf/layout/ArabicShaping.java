package dev.offprint.render.pdf.layout;

/**
 * Contextual shaping of Arabic letters for a PDF, which draws code points as they are: each basic
 * letter (U+0621..U+064A) becomes its isolated, final, initial or medial presentation form
 * (U+FE80..U+FEFC) by whether its neighbours join it, and lam followed by alef becomes the lam-alef
 * ligature. Harakat (vowel marks) are transparent: they neither join nor break a join. Letters
 * outside the basic block (Persian and Urdu additions) are left as they are. Shaping works on
 * logical order, before bidi reordering.
 */
final class ArabicShaping {

    private ArabicShaping() {}

    /** Per letter from U+0621: the isolated presentation form and the number of forms (1, 2 or 4), 0 for none. */
    private static final int[][] FORMS = new int[0x64B - 0x621][];

    static {
        int[][] t = {
            {0x621, 0xFE80, 1}, {0x622, 0xFE81, 2}, {0x623, 0xFE83, 2}, {0x624, 0xFE85, 2}, {0x625, 0xFE87, 2},
            {0x626, 0xFE89, 4}, {0x627, 0xFE8D, 2}, {0x628, 0xFE8F, 4}, {0x629, 0xFE93, 2}, {0x62A, 0xFE95, 4},
            {0x62B, 0xFE99, 4}, {0x62C, 0xFE9D, 4}, {0x62D, 0xFEA1, 4}, {0x62E, 0xFEA5, 4}, {0x62F, 0xFEA9, 2},
            {0x630, 0xFEAB, 2}, {0x631, 0xFEAD, 2}, {0x632, 0xFEAF, 2}, {0x633, 0xFEB1, 4}, {0x634, 0xFEB5, 4},
            {0x635, 0xFEB9, 4}, {0x636, 0xFEBD, 4}, {0x637, 0xFEC1, 4}, {0x638, 0xFEC5, 4}, {0x639, 0xFEC9, 4},
            {0x63A, 0xFECD, 4}, {0x641, 0xFED1, 4}, {0x642, 0xFED5, 4}, {0x643, 0xFED9, 4}, {0x644, 0xFEDD, 4},
            {0x645, 0xFEE1, 4}, {0x646, 0xFEE5, 4}, {0x647, 0xFEE9, 4}, {0x648, 0xFEED, 2}, {0x649, 0xFEEF, 2},
            {0x64A, 0xFEF1, 4}};
        for (int[] r : t) FORMS[r[0] - 0x621] = new int[] {r[1], r[2]};
    }

    private static final int TATWEEL = 0x640, LAM = 0x644;

    /** Whether {@code text} has a letter this class shapes. */
    static boolean needed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x621 && c <= 0x64A) return true;
        }
        return false;
    }

    private static int[] forms(int c) {
        return c >= 0x621 && c < 0x64B ? FORMS[c - 0x621] : null;
    }

    /** Harakat and other marks: skipped when looking for a letter's neighbours. */
    private static boolean transparent(int c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Whether {@code c} joins the letter after it (dual-joining letters and the tatweel). */
    private static boolean joinsForward(int c) {
        if (c == TATWEEL) return true;
        int[] f = forms(c);
        return f != null && f[1] == 4;
    }

    /** Whether {@code c} joins the letter before it. */
    private static boolean joinsBackward(int c) {
        if (c == TATWEEL) return true;
        int[] f = forms(c);
        return f != null && f[1] >= 2;
    }

    /** {@code text} with its basic Arabic letters in their contextual presentation forms. */
    static String shape(String text) {
        if (!needed(text)) return text;
        char[] in = text.toCharArray(); // the letters shaped are all in the BMP
        StringBuilder out = new StringBuilder(in.length);
        for (int i = 0; i < in.length; i++) {
            int c = in[i];
            int[] f = forms(c);
            if (f == null) { out.append(in[i]); continue; }
            int prev = neighbour(in, i, -1), next = neighbour(in, i, +1);
            boolean joinPrev = prev >= 0 && joinsForward(in[prev]) && joinsBackward(c);
            // lam + alef (plain, madda, hamza above, hamza below): one ligature, isolated or final
            if (c == LAM && next >= 0 && (in[next] == 0x622 || in[next] == 0x623 || in[next] == 0x625 || in[next] == 0x627)) {
                int base = in[next] == 0x622 ? 0xFEF5 : in[next] == 0x623 ? 0xFEF7 : in[next] == 0x625 ? 0xFEF9 : 0xFEFB;
                out.append((char) (base + (joinPrev ? 1 : 0)));
                for (int k = i + 1; k < next; k++) out.append(in[k]); // marks on the lam
                i = next;
                continue;
            }
            boolean joinNext = next >= 0 && joinsForward(c) && joinsBackward(in[next]);
            int form;
            if (f[1] == 1) form = 0;
            else if (f[1] == 2) form = joinPrev ? 1 : 0;
            else form = joinPrev && joinNext ? 3 : joinPrev ? 1 : joinNext ? 2 : 0;
            out.append((char) (f[0] + form));
        }
        return out.toString();
    }

    /** The index of the nearest non-mark character before (-1) or after (+1) {@code i}, or -1. */
    private static int neighbour(char[] s, int i, int step) {
        for (int k = i + step; k >= 0 && k < s.length; k += step) {
            if (!transparent(s[k])) return k;
        }
        return -1;
    }
}
