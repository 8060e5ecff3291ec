package dev.offprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the logical structure that layout builds beside the boxes (Document, H1, P, L, LI,
 * Table, Link, Figure, ...): the painter turns it into the PDF structure tree, so reading order
 * and roles survive pagination. Text drawn for a node is its marked content; drawing with no node
 * is an artifact (running headers, rules, borders).
 */
public final class StructNode {

    private final String type;
    private final StructNode parent;
    private final List<StructNode> children = new ArrayList<>();
    private String alt;
    private String scope;
    private String id;
    private String actualText;
    private int colSpan = 1;
    private String noteRef;
    private String lang;

    public StructNode(String type, StructNode parent) {
        this.type = type;
        this.parent = parent;
        if (parent != null) parent.children.add(this);
    }

    /** The root of a document's structure. */
    public static StructNode document() { return new StructNode("Document", null); }

    public StructNode child(String childType) { return new StructNode(childType, this); }

    public String type() { return type; }

    public StructNode parent() { return parent; }

    public List<StructNode> children() { return children; }

    /** Alternate description (Figure, Formula, Link). */
    public String alt() { return alt; }

    public StructNode alt(String a) { this.alt = a; return this; }

    /** Header cell scope: "Column" or "Row". */
    public String scope() { return scope; }

    public StructNode scope(String s) { this.scope = s; return this; }

    /** Table cell column span (1 when the cell spans one column). */
    public int colSpan() { return colSpan; }

    public StructNode colSpan(int n) { this.colSpan = Math.max(1, n); return this; }

    /** For a Reference element: the id of the note it points to. */
    public String noteRef() { return noteRef; }

    public StructNode noteRef(String id) { this.noteRef = id; return this; }

    /** Element identifier (Note needs one). */
    public String id() { return id; }

    public StructNode id(String i) { this.id = i; return this; }

    /** The natural language of the element's content (BCP 47), when it differs from the document's or may. */
    public String lang() { return lang; }

    public StructNode lang(String l) { this.lang = l; return this; }

    /** Replacement text (for spans whose glyphs were substituted). */
    public String actualText() { return actualText; }

    public StructNode actualText(String t) { this.actualText = t; return this; }

    @Override public String toString() { return type; }
}
