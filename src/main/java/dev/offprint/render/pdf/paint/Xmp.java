package dev.offprint.render.pdf.paint;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes the document's XMP packet: Dublin Core title, creator, description, subjects and
 * language; PDF producer and keywords; XMP dates and creator tool; the PDF/A-2u and PDF/UA-1
 * identification, with the PDF/A extension schema that declares the pdfuaid namespace. The values
 * mirror the document information dictionary, as PDF/A requires.
 */
final class Xmp {

    private Xmp() {}

    static byte[] packet(String title, String author, String subject, String keywords, String lang,
                         Instant created, Instant modified, Instant metadataDate) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        x.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        x.append("<dc:format>application/pdf</dc:format>\n");
        x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(title)).append("</rdf:li></rdf:Alt></dc:title>\n");
        if (author != null) x.append("<dc:creator><rdf:Seq><rdf:li>").append(esc(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (subject != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(subject))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(esc(lang)).append("</rdf:li></rdf:Bag></dc:language>\n");
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        x.append("<pdf:Producer>offprint</pdf:Producer>\n");
        if (keywords != null) x.append("<pdf:Keywords>").append(esc(keywords)).append("</pdf:Keywords>\n");
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        x.append("<xmp:CreatorTool>offprint</xmp:CreatorTool>\n");
        x.append("<xmp:CreateDate>").append(date(created)).append("</xmp:CreateDate>\n");
        x.append("<xmp:ModifyDate>").append(date(modified)).append("</xmp:ModifyDate>\n");
        x.append("<xmp:MetadataDate>").append(date(metadataDate)).append("</xmp:MetadataDate>\n");
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
        x.append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n");
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        x.append("<pdfuaid:part>1</pdfuaid:part>\n");
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
        x.append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n");
        x.append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n");
        x.append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n");
        x.append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n");
        x.append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n");
        x.append("<pdfaProperty:name>part</pdfaProperty:name>\n");
        x.append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n");
        x.append("<pdfaProperty:category>internal</pdfaProperty:category>\n");
        x.append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n");
        x.append("</rdf:li></rdf:Seq></pdfaSchema:property>\n");
        x.append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
        x.append("</rdf:Description>\n");
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String date(Instant i) {
        return i.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code s} without the characters XML 1.0 cannot carry (controls, lone surrogates), or null for null. */
    static String clean(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** XML text escaping, dropping the characters XML 1.0 cannot carry. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '<') b.append("&lt;");
            else if (cp == '>') b.append("&gt;");
            else if (cp == '&') b.append("&amp;");
            else if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                if (!(cp >= 0xD800 && cp <= 0xDFFF)) b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }
}
