package dev.offprint.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The images an article refers to, fetched before rendering (pandoc's MediaBag): absolute URL to
 * bytes, media type and intrinsic pixel size. Renderers read from here and never fetch. A URL
 * absent from the bag renders as its alt text.
 */
public record Media(Map<String, Item> items) {

    /** One resource. {@code width}/{@code height} are the checked pixel dimensions. */
    public record Item(byte[] bytes, String mediaType, int width, int height) {
        public Item {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(mediaType, "mediaType");
        }
    }

    public Media { items = Map.copyOf(items); }

    public static Media empty() { return new Media(Map.of()); }

    public Optional<Item> get(String url) { return Optional.ofNullable(items.get(url)); }
}
