package dev.offprint.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Hardened XML parsing and XML-legal text. Parsers come from the JDK's own factory (not whatever
 * else is on the class path) with DOCTYPE declarations refused outright, so neither external
 * entities ({@code SYSTEM "file:..."}, {@code "http://..."}) nor internal entity expansion (billion
 * laughs) can happen; external DTD and schema access, XInclude and entity expansion are off as a
 * second line, secure processing on. Errors are thrown, never printed.
 */
public final class SafeXml {

    private SafeXml() {}

    /** A new namespace-aware DOM builder, hardened. */
    public static DocumentBuilder documentBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> {
            throw new SAXParseException("external entities are never loaded: " + systemId, null);
        });
        b.setErrorHandler(new DefaultHandler() {
            @Override public void warning(SAXParseException e) { }
            @Override public void error(SAXParseException e) throws SAXParseException { throw e; }
            @Override public void fatalError(SAXParseException e) throws SAXParseException { throw e; }
        });
        return b;
    }

    /**
     * {@code s} with every character outside XML 1.0's Char production removed (C0 controls but tab,
     * LF and CR; U+FFFE and U+FFFF) and every lone surrogate replaced by U+FFFD.
     */
    public static String legal(String s) {
        if (s == null) return null;
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            boolean skip = false;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) out.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
                replacement = "\uFFFD";
            } else if (Character.isLowSurrogate(c)) {
                replacement = "\uFFFD";
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                skip = true;
            }
            if (replacement == null && !skip) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (replacement != null) out.append(replacement);
        }
        return out == null ? s : out.toString();
    }
}
