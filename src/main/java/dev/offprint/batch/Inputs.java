package dev.offprint.batch;

import dev.offprint.source.warc.WarcArchive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into the items of a run: a file is itself; a directory is
 * every {@code .html .htm .xhtml .html.gz} file below it (symlinked folders not entered, so no loops);
 * {@code @list.txt} is one input a line (blank lines and {@code #} comments skipped, relative paths
 * taken from the list's folder); {@code -} is stdin; an {@code http(s)} URL is fetched (the batch
 * refuses it unless the network is allowed). Files come out sorted by path, each once;
 * inputs that cannot be expanded come out as problems, to be reported as failed items.
 */
final class Inputs {

    /**
     * One item to convert. {@code path} is null for stdin and for a URL; {@code explicit} when the
     * user named it (a file argument, a list line, stdin, a URL) rather than a folder search finding it.
     */
    record Item(String label, Path path, boolean explicit, WarcArchive.Entry warc, WarcArchive archive) {
        Item(String label, Path path, boolean explicit) { this(label, path, explicit, null, null); }

        boolean stdin() { return path == null && label.equals(STDIN_LABEL); }

        /** A web address, read through the network (only with --allow-network). */
        boolean url() { return path == null && !label.equals(STDIN_LABEL); }
    }

    /** An input that names nothing convertible. */
    record Problem(String label, String code, String message) {}

    /** The expansion: items in sorted order, then the problems in command-line order. */
    record Expansion(List<Item> items, List<Problem> problems) {}

    /** The label of standard input in messages. */
    static final String STDIN_LABEL = "<stdin>";

    /** Entries read from one list file at most; lists do not nest (a line naming a list is a problem). */
    private static final int MAX_LIST_LINES = 1_000_000;

    private Inputs() {}

    static boolean isPageName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".html.gz");
    }

    /** {@link #expand(List, Path)} with nothing excluded. */
    static Expansion expand(List<String> args) { return expand(args, null); }

    /**
     * Expands {@code args}. Folder searches skip {@code exclude} (the output folder, so a rerun
     * never takes last run's {@code .html} outputs for inputs); files named explicitly are kept.
     */
    static Expansion expand(List<String> args, Path exclude) {
        Path skip = exclude == null ? null : identity(exclude);
        List<Item> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Item> urls = new ArrayList<>();
        List<Item> warcs = new ArrayList<>();
        Set<Path> warcFiles = new HashSet<>();
        boolean stdin = false;
        for (String arg : args) {
            if (arg.equals("-")) {
                stdin = true;
            } else if (dev.offprint.source.WebSource.isUrl(arg)) {
                urls.add(new Item(arg.strip(), null, true));
            } else if (arg.startsWith("@") && arg.length() > 1) {
                Path list = Path.of(arg.substring(1));
                List<String> lines;
                try {
                    lines = Files.readAllLines(list, StandardCharsets.UTF_8);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(new Problem(arg, Files.exists(list) ? "unreadable" : "not-found",
                            Files.exists(list) ? "cannot read the list file" : "no such list file"));
                    continue;
                }
                Path base = list.toAbsolutePath().getParent();
                int n = 0;
                for (String line : lines) {
                    String entry = line.strip();
                    if (entry.isEmpty() || entry.startsWith("#")) continue;
                    if (++n > MAX_LIST_LINES) break;
                    if (entry.startsWith("@") || entry.equals("-")) {
                        problems.add(new Problem(entry, "bad-input", "lists name files and folders, not lists or stdin (in " + arg + ")"));
                        continue;
                    }
                    if (dev.offprint.source.WebSource.isUrl(entry)) {
                        urls.add(new Item(entry, null, true));
                        continue;
                    }
                    Path p = Path.of(entry);
                    String named = p.isAbsolute() ? entry : base.resolve(p).normalize().toString();
                    if (!warc(named, warcs, warcFiles, problems)) path(named, files, problems, skip);
                }
            } else if (!warc(arg, warcs, warcFiles, problems)) {
                path(arg, files, problems, skip);
            }
        }
        // sorted by path; of two entries for one file, the explicit one comes first and is kept
        files.sort(Comparator.comparing((Item i) -> i.path().toAbsolutePath().normalize().toString())
                .thenComparing(i -> !i.explicit()));
        List<Item> items = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Item i : files) if (seen.add(identity(i.path()))) items.add(i);
        items.addAll(warcs); // in command-line order, each file's records in file order
        Set<String> seenUrls = new HashSet<>();
        for (Item u : urls) if (seenUrls.add(u.label())) items.add(u);
        if (stdin) items.add(new Item(STDIN_LABEL, null, true));
        return new Expansion(items, problems);
    }

    /**
     * When {@code arg} names an existing WARC file, scans it and adds one item per record (pages to
     * convert, the rest to report as skipped or failed) and returns true; else false.
     */
    private static boolean warc(String arg, List<Item> warcs, Set<Path> seen, List<Problem> problems) {
        Path p;
        try {
            p = Path.of(arg);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
        if (p.getFileName() == null || !WarcArchive.isWarcName(p.getFileName().toString()) || !Files.isRegularFile(p)) return false;
        if (!seen.add(identity(p))) return true;
        List<WarcArchive.Entry> entries = new ArrayList<>();
        WarcArchive archive;
        try {
            archive = WarcArchive.scan(p, entries::add);
        } catch (dev.offprint.diag.OffprintException e) {
            problems.add(new Problem(arg, e.code(), "cannot read the WARC file"));
            return true;
        }
        for (WarcArchive.Entry e : entries) {
            String label = e.target() != null ? e.target() : arg + "#" + e.offset();
            warcs.add(new Item(label, p, true, e, archive));
        }
        if (entries.isEmpty()) problems.add(new Problem(arg, "no-input", "the WARC file holds no record"));
        return true;
    }

    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static void path(String arg, List<Item> files, List<Problem> problems, Path skip) {
        Path p;
        try {
            p = Path.of(arg);
        } catch (java.nio.file.InvalidPathException e) {
            problems.add(new Problem(arg, "not-found", "not a valid path"));
            return;
        }
        if (Files.isDirectory(p)) {
            List<Item> found = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(f -> Files.isRegularFile(f) && isPageName(f.getFileName().toString())
                                && (skip == null || !identity(f).startsWith(skip)))
                        .forEach(f -> found.add(new Item(f.toString(), f, false)));
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(new Problem(arg, "unreadable", "cannot list the folder"));
                return;
            }
            if (found.isEmpty()) {
                problems.add(new Problem(arg, "no-input", "folder holds no .html, .htm, .xhtml or .html.gz file"));
            }
            files.addAll(found);
        } else if (Files.exists(p)) {
            files.add(new Item(arg, p, true)); // named explicitly: converted (or refused) whatever its extension
        } else {
            problems.add(new Problem(arg, "not-found", "no such file or folder"));
        }
    }
}
