package dev.offprint.render.pdf.layout;

/** Small operations on {@link Op}s. */
final class Ops {

    private Ops() {}

    static Op shift(Op op, float dx, float dy) {
        if (op instanceof Op.Text t) {
            return new Op.Text(t.x() + dx, t.baseline() + dy, t.style(), t.segments(), t.width(), t.link(), t.node());
        } else if (op instanceof Op.Rect r) {
            return new Op.Rect(r.x() + dx, r.y() + dy, r.width(), r.height(), r.rgb());
        } else if (op instanceof Op.Line l) {
            return new Op.Line(l.x1() + dx, l.y1() + dy, l.x2() + dx, l.y2() + dy, l.lineWidth(), l.rgb());
        } else if (op instanceof Op.Image i) {
            return new Op.Image(i.x() + dx, i.y() + dy, i.width(), i.height(), i.src(), i.node());
        } else if (op instanceof Op.Modules m) {
            return new Op.Modules(m.x() + dx, m.y() + dy, m.module(), m.dark());
        }
        return op;
    }
}
