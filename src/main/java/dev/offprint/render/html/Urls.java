package dev.offprint.render.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Decides which link targets may appear in output as clickable addresses. */
final class Urls {

    /** Longer addresses are printed as text but never linked (H27: a 10^6-character href). */
    static final int MAX_LENGTH = 4096;

    private Urls() {}

    /**
     * {@code url} when it is an absolute http, https or mailto address that parses as a URI, else
     * null: {@code javascript:}, {@code file:}, {@code data:} and the like never become links, and
     * an address a strict parser rejects is left as text rather than handed to a reading system.
     */
    static String safeHref(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_LENGTH) return null;
        if (!HtmlWriter.clean(url).equals(url)) return null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\') return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null) return null;
            switch (scheme.toLowerCase(Locale.ROOT)) {
                case "http", "https" -> {
                    // getHost() is null for internationalised host names, which are fine: ask for an authority
                    if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) return null;
                }
                case "mailto" -> { }
                default -> { return null; }
            }
            return url;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** {@code s} percent-encoded (UTF-8) except for characters safe in a URL path: for DOIs like "10.1002/(SICI)...<187::AID>". */
    static String encodePath(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/:;()".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
