package dev.offprint.batch;

import dev.offprint.render.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses output base names (DESIGN.md): a file's name without its extension(s) ({@code x.html},
 * {@code x.html.gz} -> {@code x}); a collision gets {@code -2}, {@code -3}, ... in the order names
 * are claimed (the run claims them in sorted input order before any work starts, so names never
 * depend on thread timing). A name is taken when another item has it (compared ignoring case, for
 * case-insensitive file systems) or when one of its outputs would be an input file. Names are
 * cleaned so an output always lands directly in the output folder.
 */
final class OutputNames {

    /** Longest base name, in UTF-8 bytes (HOSTILE.md H14), leaving room for a suffix and extension. */
    static final int MAX_BYTES = 200;

    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private final Path outputDir;
    private final List<Format> formats;
    private final Set<Path> inputs;
    private final Set<String> taken = new HashSet<>();

    OutputNames(Path outputDir, List<Format> formats, Set<Path> inputs) {
        this.outputDir = outputDir.toAbsolutePath().normalize();
        this.formats = List.copyOf(formats);
        this.inputs = Set.copyOf(inputs);
    }

    /** The base name a file input starts from: its name without {@code .gz} and one more extension. */
    static String baseName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        return name;
    }

    /** Claims a unique, clean name starting from {@code wanted}. */
    synchronized String claim(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; !free(name); n++) name = base + "-" + n;
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private boolean free(String name) {
        if (taken.contains(name.toLowerCase(Locale.ROOT))) return false;
        for (Format f : formats) {
            Path target = outputDir.resolve(name + "." + f.extension());
            if (inputs.contains(target)) return false;
            if (Files.exists(target)) {
                try {
                    if (inputs.contains(target.toRealPath())) return false;
                } catch (IOException e) {
                    // a dangling link: the rename replaces the link itself, never its target
                }
            }
        }
        return true;
    }

    /** The file for {@code name}'s output in {@code format}: always directly in the output folder. */
    Path target(String name, Format format) {
        Path p = outputDir.resolve(name + "." + format.extension()).normalize();
        if (!outputDir.equals(p.getParent())) throw new IllegalStateException("output name escapes: " + name);
        return p;
    }

    /**
     * A name safe on every common file system: no separators, controls or {@code *?:"<>|}, no
     * leading or trailing dots or spaces, no Windows device names, at most {@link #MAX_BYTES}.
     */
    static String clean(String wanted) {
        String s = Normalizer.normalize(wanted, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            boolean bad = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || "/\\*?:\"<>|".indexOf(cp) >= 0
                    || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
                    || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.PRIVATE_USE;
            sb.appendCodePoint(bad ? '_' : cp);
        });
        String out = sb.toString().replaceAll("^[ .]+|[ .]+$", "");
        while (out.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            out = out.substring(0, out.offsetByCodePoints(out.length(), -1)).replaceAll("[ .]+$", "");
        }
        if (out.isEmpty()) out = "article";
        if (RESERVED.matcher(out).matches()) out = out + "_";
        return out;
    }

    /** An ASCII slug of at most 80 characters, for inputs without a file name (stdin). */
    static String slug(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (char c : folded.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                if (dash && sb.length() > 0) sb.append('-');
                dash = false;
                sb.append(Character.toLowerCase(c));
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                dash = true;
            }
            if (sb.length() >= 80) break;
        }
        return sb.length() > 80 ? sb.substring(0, 80) : sb.toString();
    }
}
