package dev.offprint.render.pdf;
import dev.offprint.model.*;
import java.nio.file.Path;
public class DbgTable {
    public static void main(String[] a) throws Exception {
        var prep = CorpusPages.prepare(Path.of("/work/shared/corpus/readability/wikipedia-2/source.html"));
        for (Block b : prep.withNotes().body()) if (b instanceof Block.Table t) {
            System.out.println("TABLE header=" + t.header().size() + " body=" + t.body().size());
            for (Block.Row r : t.body().subList(0, Math.min(3, t.body().size()))) {
                StringBuilder sb = new StringBuilder();
                for (Block.Cell c : r.cells()) sb.append("[").append(c.colspan()).append(":").append(c.content().toString(), 0, Math.min(150, c.content().toString().length())).append("] ");
                System.out.println(sb);
            }
        }
    }
}
