package dev.offprint.render.epub;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Name-based identifiers and content hashes: the same article always gets the same names. */
final class Identifiers {

    /** RFC 4122's namespace for URLs. */
    static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private Identifiers() {}

    /** A version 5 (SHA-1, name-based) UUID of {@code name} in {@code namespace}, per RFC 4122 §4.3. */
    static UUID uuid5(UUID namespace, String name) {
        byte[] ns = ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits()).array();
        MessageDigest sha1 = digest("SHA-1");
        sha1.update(ns);
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3F) | 0x80); // IETF variant
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    /** The first 16 hex digits of the SHA-256 of {@code bytes}: a resource name that says nothing of its origin. */
    static String shortHash(byte[] bytes) {
        return HexFormat.of().formatHex(digest("SHA-256").digest(bytes), 0, 8);
    }

    static String sha256Hex(String s) {
        return HexFormat.of().formatHex(digest("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every JDK", e);
        }
    }
}
