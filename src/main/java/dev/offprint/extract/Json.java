package dev.offprint.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small lenient JSON reader for JSON-LD blocks: objects become {@code Map}, arrays {@code List},
 * strings, numbers ({@code Double}), booleans and null. Nesting is bounded (64) and errors give
 * null rather than an exception, because pages ship broken JSON-LD often.
 */
final class Json {

    private static final int MAX_DEPTH = 64;
    private final String s;
    private int i;

    private Json(String s) { this.s = s; }

    /** The parsed value, or null when the text is not JSON. */
    static Object parse(String text) {
        Json j = new Json(text);
        try {
            j.ws();
            Object v = j.value(0);
            return v;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void ws() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF') i++;
            else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end + 1;
            } else break;
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) throw new IllegalStateException("too deep");
        ws();
        if (i >= s.length()) throw new IllegalStateException("eof");
        char c = s.charAt(i);
        switch (c) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': expect("true"); return Boolean.TRUE;
            case 'f': expect("false"); return Boolean.FALSE;
            case 'n': expect("null"); return null;
            default: return number();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        ws();
        if (peek() == '}') { i++; return m; }
        while (true) {
            ws();
            String key = string();
            ws();
            if (peek() != ':') throw new IllegalStateException("colon");
            i++;
            Object v = value(depth + 1);
            m.putIfAbsent(key, v);
            ws();
            char c = peek();
            i++;
            if (c == '}') return m;
            if (c != ',') throw new IllegalStateException("comma");
            ws();
            if (peek() == '}') { i++; return m; } // trailing comma
        }
    }

    private List<Object> array(int depth) {
        List<Object> l = new ArrayList<>();
        i++;
        ws();
        if (peek() == ']') { i++; return l; }
        while (true) {
            l.add(value(depth + 1));
            ws();
            char c = peek();
            i++;
            if (c == ']') return l;
            if (c != ',') throw new IllegalStateException("comma");
            ws();
            if (peek() == ']') { i++; return l; }
        }
    }

    private String string() {
        if (peek() != '"') throw new IllegalStateException("string");
        i++;
        StringBuilder b = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') return b.toString();
            if (c == '\\' && i < s.length()) {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (i + 4 <= s.length()) {
                            try {
                                b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            } catch (NumberFormatException x) {
                                b.append('\uFFFD');
                            }
                            i += 4;
                        }
                    }
                    default -> b.append(e);
                }
            } else b.append(c);
        }
        throw new IllegalStateException("unterminated string");
    }

    private Object number() {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
        if (start == i) throw new IllegalStateException("unexpected " + s.charAt(i));
        try {
            return Double.parseDouble(s.substring(start, i));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void expect(String word) {
        if (!s.startsWith(word, i)) throw new IllegalStateException("expected " + word);
        i += word.length();
    }

    private char peek() {
        if (i >= s.length()) throw new IllegalStateException("eof");
        return s.charAt(i);
    }
}
