package dev.offprint.render.html;

import dev.offprint.xml.SafeXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Document;

/**
 * The renderer tests' XML reading, through the project's one hardened factory
 * ({@link SafeXml}): parsing fails on anything that is not well-formed XML.
 */
public final class XmlDocs {

    private XmlDocs() {}

    /** Parses {@code bytes}; throws when they are not well-formed XML. */
    public static Document parse(byte[] bytes) throws Exception {
        return SafeXml.documentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    public static Document parse(String xml) throws Exception {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }
}
