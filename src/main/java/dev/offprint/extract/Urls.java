package dev.offprint.extract;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.internal.StringUtil;

/**
 * Resolves the page's link and image addresses. Links resolve against the canonical web address
 * when the page has one (a saved page's links should point at the web, not at file paths), else
 * against the page's base; only http, https and mailto targets survive. Images resolve against the
 * page's own location so a saved page's local images can be found, but a raw absolute address
 * with any scheme besides http, https and data is refused, and a local image must stay inside the
 * page's folder (DESIGN.md "Time, determinism and safety").
 */
final class Urls {

    private final String linkBase;
    private final String imageBase;
    private final Path folder;

    Urls(String linkBase, String imageBase, Path folder) {
        this.linkBase = linkBase;
        this.imageBase = imageBase;
        this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
    }

    /** The scheme of {@code url} in lower case, or "" when it has none. */
    static String scheme(String url) {
        String u = url.strip();
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == ':') return i == 0 ? "" : u.substring(0, i).toLowerCase(Locale.ROOT);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) return "";
        }
        return "";
    }

    /** An absolute http/https/mailto target for {@code href}, or null when it must become plain text. */
    String link(String href) {
        if (href == null) return null;
        String h = stripControls(href);
        if (h.isEmpty() || h.startsWith("#")) return null;
        String scheme = scheme(h);
        if (scheme.equals("mailto")) return h.length() > 7 ? h : null;
        if (!scheme.isEmpty() && !scheme.equals("http") && !scheme.equals("https")) return null;
        String abs = h.startsWith("//") ? "https:" + h : resolve(linkBase, h);
        if (abs == null) return null;
        String s = scheme(abs);
        return s.equals("http") || s.equals("https") ? abs : null;
    }

    /** An absolute address for an image {@code src}, or null when it must be dropped to its alt text. */
    String image(String src) {
        if (src == null) return null;
        String h = stripControls(src);
        if (h.isEmpty()) return null;
        String scheme = scheme(h);
        if (scheme.equals("data")) return h.regionMatches(true, 0, "data:image/", 0, 11) ? h : null;
        if (!scheme.isEmpty() && !scheme.equals("http") && !scheme.equals("https")) return null;
        String abs = h.startsWith("//") ? "https:" + h : resolve(imageBase, h);
        if (abs == null) return null;
        String s = scheme(abs);
        if (s.equals("http") || s.equals("https")) return abs;
        if (s.equals("file") && folder != null) {
            try {
                Path p = Path.of(URI.create(abs)).toAbsolutePath().normalize();
                // A relative path that climbs out of the page's folder is refused here, before any loader sees it.
                return p.startsWith(folder) ? p.toUri().toString() : null;
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static String resolve(String base, String rel) {
        try {
            String r = StringUtil.resolve(base == null ? "" : base, rel);
            return r.isEmpty() ? null : r;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String stripControls(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c < 0x20 && c != ' ') continue;
            b.append(c);
        }
        return b.toString().strip();
    }
}
