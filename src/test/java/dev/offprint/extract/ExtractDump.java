package dev.offprint.extract;

import dev.offprint.model.Article;
import dev.offprint.model.Comment;
import dev.offprint.model.Reference;
import dev.offprint.source.FileSource;
import java.nio.file.Path;

/** Test-scope tool: prints what the extractor makes of one page (metadata, body text, references, comments). */
public final class ExtractDump {

    public static void main(String[] args) {
        Extraction x = new Extractor().extract(FileSource.readFile(Path.of(args[0])));
        Article a = x.article();
        System.out.println("META " + a.metadata());
        System.out.println("EXTRACTION " + a.extraction());
        System.out.println("----");
        System.out.print(PlainText.of(a.body()));
        System.out.println("----");
        for (Reference r : a.references()) System.out.println("REF " + r.id() + " " + r.year() + " " + r.authors() + " | " + r.container() + " | " + r.text());
        for (Comment c : a.comments()) System.out.println("COMMENT " + c.author() + " " + c.date() + " " + PlainText.of(c.content()).strip());
        a.notes().forEach(n -> System.out.println("NOTE " + n.id() + " " + PlainText.of(n.content()).strip()));
        x.diagnostics().forEach(d -> System.out.println("DIAG " + d));
    }
}
