package dev.offprint.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Picks the real address of an image (lazy-loading attributes, {@code srcset}, {@code <picture>}
 * sources) and recognises images that carry no content: tracking pixels, spacers, icons, avatars.
 */
final class Images {

    private Images() {}

    /** Attributes lazy-loading scripts keep the real address in, most specific first. */
    private static final String[] LAZY_SRC = {"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
            "data-hi-res-src", "data-full-src", "data-orig-file", "data-large-file", "data-medium-file", "data-actualsrc", "data-echo"};
    private static final String[] LAZY_SRCSET = {"data-srcset", "data-lazy-srcset", "srcset"};

    /** Placeholders lazy loaders put in {@code src} until the script runs. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^data:image/(gif|png|svg)|blank\\.(gif|png)|spacer|placeholder|lazy[-_]?load|loading\\.gif|grey\\.gif|transparent\\.(gif|png)|pixel\\.(gif|png)",
            Pattern.CASE_INSENSITIVE);

    /** Addresses of known tracking pixels and counters. */
    private static final Pattern TRACKER = Pattern.compile(
            "1x1|pixel\\.(gif|png)|/pixel[/?]|beacon|/b\\.gif|/p\\.gif|spacer\\.|blank\\.gif|doubleclick\\.net|facebook\\.com/tr|"
            + "/tr\\?|google-analytics|googletagmanager|scorecardresearch|quantserve|chartbeat|/count(er)?\\.|/stats?\\?|vg[0-9]*\\.met\\.vgwort|/track(ing)?[/?.]",
            Pattern.CASE_INSENSITIVE);

    /** Names of decorative images: icons, avatars, logos, emoji and share buttons. */
    private static final Pattern DECORATIVE = Pattern.compile(
            "avatar|gravatar|\\bicon|-icon|_icon|emoji|smiley|\\blogo|share|social|sprite|badge|rating|star-|button",
            Pattern.CASE_INSENSITIVE);

    /** The best address for {@code img}: a real {@code src}, else lazy attributes, else the largest srcset candidate. */
    static String source(Element img) {
        String src = img.attr("src").strip();
        boolean placeholder = src.isEmpty() || PLACEHOLDER.matcher(src).find();
        if (placeholder) {
            for (String a : LAZY_SRC) {
                String v = img.attr(a).strip();
                if (!v.isEmpty() && !v.startsWith("data:")) return v;
            }
        }
        for (String a : LAZY_SRCSET) {
            String v = img.attr(a).strip();
            if (!v.isEmpty() && (placeholder || !a.equals("srcset"))) {
                String best = largestCandidate(v);
                if (best != null) return best;
            }
        }
        if (placeholder) {
            Element picture = img.parent();
            if (picture != null && picture.normalName().equals("picture")) {
                for (Element s : picture.getElementsByTag("source")) {
                    String set = s.hasAttr("srcset") ? s.attr("srcset") : s.attr("data-srcset");
                    String best = largestCandidate(set);
                    if (best != null) return best;
                }
            }
        }
        return src;
    }

    /**
     * The largest "reasonable" candidate of a srcset: the widest at most 2000 px wide (or the
     * highest density at most 3x); beyond that the print gains nothing and the bytes grow.
     */
    static String largestCandidate(String srcset) {
        if (srcset == null || srcset.isBlank()) return null;
        String best = null;
        double bestScore = -1;
        String fallback = null;
        for (String part : srcset.split(",\\s+|,(?=\\S+\\s+\\d)")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            String[] bits = p.split("\\s+");
            String url = bits[0];
            if (url.isEmpty() || url.startsWith("data:")) continue;
            double score = 1; // no descriptor means 1x
            if (bits.length > 1) {
                String d = bits[1].toLowerCase(Locale.ROOT);
                try {
                    if (d.endsWith("w")) score = Double.parseDouble(d.substring(0, d.length() - 1)) / 1000.0;
                    else if (d.endsWith("x")) score = Double.parseDouble(d.substring(0, d.length() - 1));
                } catch (NumberFormatException e) {
                    score = 1;
                }
            }
            if (fallback == null) fallback = url;
            if (score > 3.0) continue;
            if (score > bestScore) { bestScore = score; best = url; }
        }
        return best != null ? best : fallback;
    }

    /** Declared pixel size from width/height attributes, or 0. */
    static int dimension(Element img, String attr) {
        String v = img.attr(attr).strip();
        int i = 0;
        while (i < v.length() && Character.isDigit(v.charAt(i))) i++;
        if (i == 0 || i > 6) return 0;
        return Integer.parseInt(v.substring(0, i));
    }

    /** Whether the image is a tracking pixel or a spacer (1×1, 2×2, or a known tracker address). */
    static boolean isTracker(Element img, String src) {
        int w = dimension(img, "width");
        int h = dimension(img, "height");
        if ((w > 0 && w <= 2) || (h > 0 && h <= 2)) return true;
        String style = img.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        if (style.contains("display:none") || style.contains("width:1px") || style.contains("height:1px")) return true;
        return src != null && !src.startsWith("data:") && TRACKER.matcher(src).find();
    }

    /** Whether the image is decoration (icon, avatar, logo, emoji, share button) rather than content. */
    static boolean isDecorative(Element img, String src) {
        int w = dimension(img, "width");
        int h = dimension(img, "height");
        String hint = img.className() + " " + img.id() + " " + (img.parent() == null ? "" : img.parent().className());
        if (DECORATIVE.matcher(hint).find()) return true;
        if (src != null && !src.startsWith("data:") && DECORATIVE.matcher(src.substring(Math.max(0, src.lastIndexOf('/')))).find()) {
            return w == 0 || w <= 100;
        }
        return w > 0 && h > 0 && w <= 32 && h <= 32;
    }

    /** Whether the image is an emoji or smiley whose alt text is the character itself. */
    static boolean isEmoji(Element img) {
        String hint = img.className().toLowerCase(Locale.ROOT);
        String alt = img.attr("alt");
        return (hint.contains("emoji") || hint.contains("smiley")) && !alt.isBlank() && alt.length() <= 8;
    }
}
