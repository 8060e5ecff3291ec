package dev.offprint.batch;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it either appears whole or not at all: the content goes to a temporary file
 * in the same folder, is flushed to disk ({@code force}), and is renamed over the target with
 * {@code ATOMIC_MOVE}; then the folder itself is flushed. If writing throws anything (a renderer
 * failing midway included), the temporary file is deleted and the target is untouched, so a good
 * earlier output is never replaced by a broken one (HOSTILE.md, "nothing lost" 3).
 */
final class AtomicWriter {

    /** Prefix and suffix of temporary files, so that orphans of a killed run can be recognised. */
    static final String TEMP_PREFIX = ".offprint-";
    static final String TEMP_SUFFIX = ".tmp";

    /** Produces the content. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Decides, at the last moment, whether the rename may happen: an item that ran out of time must
     * not publish outputs after its failure was reported. Runs {@code move} and returns true, or
     * returns false without running it.
     */
    @FunctionalInterface
    interface Gate {
        boolean pass(IoAction move) throws IOException;

        Gate OPEN = move -> { move.run(); return true; };
    }

    /** An I/O step. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }

    private AtomicWriter() {}

    /** Writes {@code target} atomically; returns its digest and size, or throws (and leaves nothing). */
    static Outcome.Output write(Path target, Body body, Gate gate) throws IOException {
        Outcome.Output out = writeUnsynced(target, body, gate);
        syncDirectory(target.toAbsolutePath().getParent());
        return out;
    }

    /**
     * {@link #write} without flushing the folder afterwards: for a caller that writes several files
     * into one folder and flushes it once after the last ({@link #syncDirectory}). The file's own
     * content is flushed before the rename either way; until the folder is flushed only the rename's
     * durability across a power cut is pending (a killed process cannot leave a partial file).
     */
    static Outcome.Output writeUnsynced(Path target, Body body, Gate gate) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve(TEMP_PREFIX + PID + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        MessageDigest sha = sha256();
        long[] count = {0};
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(ch)) {
                    @Override public void write(int b) throws IOException { sha.update((byte) b); count[0]++; super.out.write(b); }
                    @Override public void write(byte[] b, int off, int len) throws IOException {
                        sha.update(b, off, len);
                        count[0] += len;
                        super.out.write(b, off, len);
                    }
                    @Override public void close() { /* the channel is closed by its own try */ }
                };
                java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
                body.writeTo(buffered);
                buffered.flush();
                ch.force(true);
            }
            moved = gate.pass(() -> Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
            if (!moved) throw new IOException("cancelled before the output was published");
        } finally {
            if (!moved) Files.deleteIfExists(temp);
        }
        return new Outcome.Output(target, HexFormat.of().formatHex(sha.digest()), count[0]);
    }

    /** Flushes a folder's entries to disk, where the platform allows it (Linux does). */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported here (Windows): the rename is still atomic, only its durability is weaker
        }
    }

    /**
     * Age after which a temporary file is taken for an orphan: younger ones may belong to another
     * offprint process writing to the same folder right now.
     */
    static final java.time.Duration ORPHAN_AGE = java.time.Duration.ofMinutes(15);

    /** This process's id, part of every temporary file's name so a later run can tell whose it is. */
    private static final long PID = ProcessHandle.current().pid();

    /**
     * Whether the temporary file {@code name} belongs to a process that no longer runs (a run killed
     * with SIGKILL): its name carries the writer's process id. Names without one are judged by age alone.
     */
    static boolean writerGone(String name) {
        String rest = name.substring(TEMP_PREFIX.length());
        int dash = rest.indexOf('-');
        if (dash <= 0) return false;
        try {
            long pid = Long.parseLong(rest.substring(0, dash));
            return pid != PID && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Deletes temporary files a killed earlier run left in {@code dir}; returns how many. */
    static int removeOrphans(Path dir) {
        int n = 0;
        long cutoff = System.currentTimeMillis() - ORPHAN_AGE.toMillis();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && (writerGone(p.getFileName().toString())
                            || Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis() < cutoff)
                        && Files.deleteIfExists(p)) {
                    n++;
                }
            }
        } catch (IOException e) {
            // best effort: an orphan is harmless, it only takes space
        }
        return n;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
