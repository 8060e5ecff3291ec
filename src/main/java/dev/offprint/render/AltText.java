package dev.offprint.render;

/** Alt text beside a caption, the same for every format. */
public final class AltText {

    private AltText() {}

    /**
     * Whether {@code text} says the same as {@code words}: the same letters and digits, ignoring
     * case, spacing and punctuation (a caption that only contains the alt text may add to it, or
     * say something else: "Caption of a map" and "a map").
     */
    public static boolean saysAlready(String text, String words) {
        String w = lettersAndDigits(words);
        return !w.isEmpty() && lettersAndDigits(text).equals(w);
    }

    private static String lettersAndDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
